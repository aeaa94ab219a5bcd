package plandoc.render;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a citation of another document of the site links from a file that leaves the site. Compute links it from the
 * plan's folder ({@code ../slug/index.html}), right for the page and for the PDF and Word copy opened on the portal;
 * a downloaded copy is read elsewhere, so when the site has an address ({@code url:}, {@code PLANDOC_SITE_URL}) the PDF
 * and Word copy link the portal's page itself.
 */
public final class CitedAddress {
    /** A page of another plan's folder, as compute.CitedDocuments writes it. */
    private static final Pattern SITE_PAGE = Pattern.compile("\\.\\./[^/?#\\s]+/index\\.html");

    private CitedAddress() {
    }

    /** {@code href} as a downloaded file links it: absolute under {@code site} when it is a page of the site. */
    public static String of(String href, Optional<URI> site) {
        if (site.isEmpty() || !SITE_PAGE.matcher(href).matches()) {
            return href;
        }
        return site.get().resolve(href.substring("../".length())).toString();
    }
}

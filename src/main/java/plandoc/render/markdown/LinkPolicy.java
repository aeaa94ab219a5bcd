package plandoc.render.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which link targets written in Markdown survive as links. Everything else is shown as its
 * text: a published decision must not carry {@code javascript:}, {@code data:} or {@code file:} links,
 * and protocol-relative {@code //host} links would point somewhere else when the page is opened from
 * disk.
 */
public final class LinkPolicy {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /** Whether {@code url} may be rendered as a link. */
    public boolean allows(String url) {
        // Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any control character or a
        // backslash makes the target suspect rather than relative.
        if (url.isBlank() || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return false;
        }
        String target = url.strip();
        if (target.startsWith("#")) {
            return true;
        }
        if (target.startsWith("//")) {
            return false;
        }
        var scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            return ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
        }
        return true;
    }
}

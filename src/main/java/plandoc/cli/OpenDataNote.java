package plandoc.cli;

import java.nio.file.Path;
import plandoc.render.RenderSettings;

/**
 * What a site made without {@code data_licence:} or {@code url:} in province.yaml goes without (s36 review M4): an
 * open data package with no licence is not legally reusable, and a site with no address has no sitemap. Said once,
 * as a note, on the build that makes the site (as what to upload is): not a warning, since a province may publish
 * so on purpose.
 */
final class OpenDataNote {
    private OpenDataNote() {
    }

    /**
     * The note, when {@code settings} (after the kept address) lack either; not the address when province.yaml's
     * {@code url:} has an error, which its own note says.
     */
    static void print(RenderSettings settings, Path content, Console console) {
        boolean noLicence = settings.dataLicence().isEmpty();
        boolean noAddress = settings.siteUrl().isEmpty() && !ContentProvince.wrongAddress(content);
        if (!noLicence && !noAddress) {
            return;
        }
        Path province = KeptSiteAddress.provinceFile(content);
        // No province.yaml at all (the bundled content): to create it, not to add lines to it (s36 review L5).
        String key = !java.nio.file.Files.exists(province)
                ? noAddress ? "build.open-data-no-file" : "build.open-data-no-file-licence"
                : noLicence && noAddress ? "build.open-data-unset" : noLicence ? "build.open-data-no-licence"
                : "build.open-data-no-address";
        console.err().println(console.text("severity.note") + ": " + console.text(key, province));
    }
}

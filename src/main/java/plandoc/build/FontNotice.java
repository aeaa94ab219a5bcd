package plandoc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import plandoc.publish.StateFolder;
import plandoc.render.AtomicFileWriter;
import plandoc.render.pdf.PdfFonts;

/**
 * Whether a build says that its PDFs embed Liberation Serif in place of Times New Roman. An officer
 * needs to read it once per site, not on every build: the site remembers in {@value #FILE} which fonts
 * its PDFs were last printed with, and the notice comes again for a new site folder, after the fonts
 * change (Times New Roman installed, then removed), on {@code --clean} and on {@code -v}.
 */
public final class FontNotice {
    /** Beside the check record; not a page of the site. */
    public static final String FILE = ".plandoc/fonts";

    private FontNotice() {
    }

    /**
     * Records the fonts a render printed with in {@code out} and answers whether to print the notice:
     * the stand-in was used and either {@code always} or the site did not know it yet. The caller holds
     * the site's lock.
     */
    public static boolean due(Path out, PdfFonts fonts, boolean always) throws IOException {
        Path file = StateFolder.resolve(out, FILE);
        String known = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String now = fonts.source() + "\n";
        if (!known.equals(now)) {
            new AtomicFileWriter().write(file, now.getBytes(StandardCharsets.UTF_8));
        }
        return fonts.fallback() && (always || !known.equals(now));
    }
}

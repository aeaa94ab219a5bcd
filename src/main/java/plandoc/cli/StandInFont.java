package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.render.pdf.PdfFonts;

/**
 * The warning that an issued plan's PDF would embed Liberation Serif in place of the Times New Roman Decree 30 names
 * (s27 review M2: one closing line of build, not counted, and check --strict passed). Counted like a template's
 * warning, at the templates' fonts/ folder where the fix goes; a draft-only build keeps the closing line instead.
 */
final class StandInFont {
    private StandInFont() {
    }

    /** The warning when the fonts found are the stand-in and {@code issued}: the output holds an issued plan's PDF. */
    static List<Problem> warning(Path authorTemplates, boolean issued) {
        if (!issued) {
            return List.of();
        }
        PdfFonts fonts;
        try {
            fonts = PdfFonts.load(authorTemplates);
        } catch (IOException | RuntimeException e) {
            return List.of(); // an office's broken fonts folder: render says what is wrong with it
        }
        if (!fonts.fallback()) {
            return List.of();
        }
        String folder = authorTemplates.resolve("fonts").toString();
        return List.of(new Problem(Severity.WARNING, SourcePosition.startOf(folder),
                Message.of("fonts.stand-in", folder)));
    }
}

package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.render.pdf.PdfFonts;

/**
 * The warning that issued plans' PDFs would embed the bundled Liberation Serif in place of the Times New Roman Decree
 * 30 names (§3, §13 F1; s27 review M2: it was one closing line of build, not counted, and check --strict passed).
 * Counted as a template's warning is, at the templates' fonts/ folder where the fix goes, by every build and check
 * that holds an issued plan. An office's own serif files (templates/fonts/serif-*.ttf, or in the folder
 * PLANDOC_FONTS names) are its choice and no warning: the decree allows a metric-compatible font where licensing
 * requires one. A draft-only build keeps the closing line.
 */
final class StandInFont {
    private StandInFont() {
    }

    /**
     * The warning when {@code issued} (the run checks or prints an issued plan) and the fonts found in
     * {@code authorTemplates}' fonts/, the office's folder in {@code environment}, or the system's are the stand-in.
     */
    static List<Problem> warning(Path authorTemplates, java.util.Map<String, String> environment, boolean issued) {
        if (!issued) {
            return List.of();
        }
        Optional<Path> office = plandoc.render.RenderSettings.fromEnvironment(environment).fonts();
        try {
            if (!PdfFonts.standIn(authorTemplates, office)) {
                return List.of();
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable font folder: render says what is wrong with it
        }
        String folder = authorTemplates.resolve("fonts").toString();
        Message message = office.map(o -> Message.of("fonts.stand-in-office", folder, o.toString()))
                .orElse(Message.of("fonts.stand-in", folder));
        return List.of(new Problem(Severity.WARNING, SourcePosition.startOf(folder), message));
    }
}

package plandoc.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * {@code plandoc templates diff}: a unified diff from the template packaged in this plandoc to the
 * province's copy, so an officer sees what plandoc added since the copy was made ({@code -} lines) beside
 * the province's own edits ({@code +} lines) before carrying them over to a fresh export. The diff is JGit's
 * (histogram algorithm, git's format), already on the class path for plandoc's history.
 */
public final class TemplateDiff {
    private TemplateDiff() {
    }

    /**
     * The packaged template a province's file stands for: the longest packaged path its path ends with
     * ({@code templates/partials/document.ftlh} → {@code partials/document.ftlh}).
     */
    public static Optional<String> templateOf(Path file) throws IOException {
        Path normal = file.normalize();
        return TemplateFolder.packagedNames().stream().filter(name -> normal.endsWith(Path.of(name)))
                .max(java.util.Comparator.comparingInt(String::length));
    }

    /** The packaged names, for a message listing them. */
    public static java.util.Set<String> templates() throws IOException {
        return TemplateFolder.packagedNames();
    }

    /**
     * Writes the diff of each file under {@code folder} that is a packaged template and differs from it
     * (trailing white space and line endings aside: an editor's CRLF is not a change); returns how many
     * files differ.
     */
    public static int folder(Path folder, OutputStream out) throws IOException {
        Map<String, byte[]> packaged = TemplateFolder.packaged();
        int differing = 0;
        for (Map.Entry<String, byte[]> entry : packaged.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            if (Files.isRegularFile(file) && file(entry.getKey(), entry.getValue(), file, out)) {
                differing++;
            }
        }
        return differing;
    }

    /** Writes the diff of one province's file against the packaged {@code template}; whether they differ. */
    public static boolean file(String template, Path file, OutputStream out) throws IOException {
        byte[] packaged = TemplateFolder.packaged().get(template);
        return file(template, packaged, file, out);
    }

    private static boolean file(String template, byte[] packaged, Path file, OutputStream out) throws IOException {
        byte[] province = Files.readAllBytes(file);
        if (RawText.isBinary(packaged) || RawText.isBinary(province)) {
            return false; // fonts, images: nothing a line diff can show
        }
        RawText a = new RawText(packaged);
        RawText b = new RawText(province);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.WS_IGNORE_TRAILING, a, b);
        if (edits.isEmpty()) {
            return false;
        }
        out.write(("--- plandoc/" + template + "\n+++ " + file.toString().replace('\\', '/') + "\n")
                .getBytes(StandardCharsets.UTF_8));
        DiffFormatter formatter = new DiffFormatter(out);
        formatter.setContext(3);
        formatter.format(edits, a, b);
        formatter.flush();
        return true;
    }
}

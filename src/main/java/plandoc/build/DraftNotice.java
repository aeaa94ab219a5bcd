package plandoc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import plandoc.publish.StateFolder;
import plandoc.render.AtomicFileWriter;

/**
 * Whether a build that leaves a draft ({@code draft: true}) out of the site tells how to publish it in full, or in one
 * line: the full instruction is for the first build that withholds the draft and the first after its sources changed,
 * not for every build (s29 tryout F16). The output folder's bookkeeping remembers in {@value #FILE} each draft told,
 * with a digest of its folder; {@code -v} tells them all again. Read before the lines are printed and written after,
 * so a build killed in between tells again rather than never: the one-line notice is printed whatever the record says.
 */
public final class DraftNotice {
    /** Beside the check record and the fonts notice; not a page of the site. */
    public static final String FILE = ".plandoc/drafts";

    private final Path file;
    private final Map<String, String> told;
    private final Map<String, String> now = new TreeMap<>();

    private DraftNotice(Path file, Map<String, String> told) {
        this.file = file;
        this.told = told;
    }

    /** The drafts the output folder {@code out} was last told about; none when the record is missing or unreadable. */
    public static DraftNotice of(Path out) {
        Path file = StateFolder.resolve(out, FILE);
        Map<String, String> told = new TreeMap<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        told.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            told.clear(); // a record that cannot be read tells everything again: never less
        }
        return new DraftNotice(file, told);
    }

    /** Whether the draft in {@code folder}, withheld by this build, is told in full: new, or its sources changed. */
    public boolean inFull(Path folder) throws IOException {
        String slug = folder.getFileName().toString();
        String digest = new Digest().addTree(folder).hex();
        now.put(slug, digest);
        return !digest.equals(told.get(slug));
    }

    /**
     * Keeps what this build told: the drafts it withheld, and the earlier entries of plans it did not build (a build of
     * one plan leaves the others' as they were). A plan it built that is no longer a draft is dropped, so that it is told
     * in full again if it becomes one. The caller holds the site's lock.
     */
    public void remember(Collection<String> built) throws IOException {
        Map<String, String> kept = new TreeMap<>(told);
        kept.keySet().removeAll(built);
        kept.putAll(now);
        if (kept.equals(told)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        kept.forEach((slug, digest) -> text.append(slug).append('\t').append(digest).append('\n'));
        new AtomicFileWriter().write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}

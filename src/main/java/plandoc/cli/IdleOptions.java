package plandoc.cli;

import java.util.List;
import java.util.Optional;

/**
 * {@code build --reissue} or {@code --unpublish} given to a build that had nothing for it to do: said in a note (exit
 * unchanged), so the officer does not take the flag for what changed the site, nor keep typing it (s34 review L1: the
 * build accepted it silently).
 */
final class IdleOptions {
    /** The folder of the site where a re-issued document's previous PDF is kept ({@code IssuedFreeze.ARCHIVE}). */
    private static final String REISSUED = "ban-da-thay-the/";

    private IdleOptions() {
    }

    /**
     * @param written     what the build changed in the site (paths from its root), empty when nothing was written
     * @param unpublished the plans it took off the site
     * @param kept        whether the build kept an edited issued document as published, saying how to re-issue
     *                    it ({@code publish.issued-unprinted}): its note answers the flag, which then did something
     */
    static void print(Console console, boolean reissue, boolean unpublish, Optional<List<String>> written,
                      List<String> unpublished, boolean kept, java.nio.file.Path out, java.nio.file.Path content) {
        boolean reissued = written.orElse(List.of()).stream().anyMatch(p -> p.replace('\\', '/').startsWith(REISSUED));
        if (reissue && !reissued && !kept) {
            console.err().println(console.text("severity.note") + ": " + console.text("build.reissue-idle", out));
        }
        if (unpublish && unpublished.isEmpty()) {
            console.err().println(console.text("severity.note") + ": " + console.text("build.unpublish-idle", out,
                    content));
        }
    }
}

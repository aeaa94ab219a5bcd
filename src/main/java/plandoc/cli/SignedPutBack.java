package plandoc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import plandoc.build.ArchivedSigned;
import plandoc.publish.SignedFiles;

/**
 * What a build or a merge says of the site's archive of signed PDFs: each file it archived, and each it put back in a
 * plan's folder (taken out of the archive, or copied from a once secret plan's folder beside the site), said as such
 * rather than as archived (s24 review H2).
 */
final class SignedPutBack {
    private SignedPutBack() {
    }

    /**
     * @param written  the site paths the build's transaction wrote or removed
     * @param restored the signed PDFs it put back, by plan
     */
    static void print(Console console, PrintStream out, Path site, List<String> written,
                      Map<String, List<ArchivedSigned.Restored>> restored) {
        Set<String> putBack = new HashSet<>();
        restored.values().forEach(list -> list.stream().filter(r -> !r.fromSecret()).forEach(r -> putBack.add(r.archived())));
        written.stream().filter(p -> p.startsWith(SignedFiles.ARCHIVE + "/") && p.endsWith(".pdf"))
                .filter(p -> !putBack.contains(p))
                .forEach(p -> out.println(console.text("cli.signed-archived", site.resolve(p))));
        // A re-issued document's previous PDF (build --reissue), kept where its page links it.
        // One that went with its withdrawn document is no longer there: BuildReportPrinter says that.
        written.stream().filter(p -> p.startsWith(plandoc.build.SiteBuild.REISSUED_ARCHIVE + "/") && p.endsWith(".pdf"))
                .filter(p -> java.nio.file.Files.isRegularFile(site.resolve(p)))
                .forEach(p -> out.println(console.text("cli.reissued-archived", site.resolve(p))));
        new TreeMap<>(restored).forEach((slug, list) -> list.forEach(r -> out.println(console.text(
                r.fromSecret() ? "cli.signed-restored-secret" : "cli.signed-restored", slug, r.name(), r.from(site)))));
    }
}

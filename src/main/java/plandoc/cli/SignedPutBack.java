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
     * @param words    the words the pages link earlier versions with, by path ({@link
     *                 plandoc.build.BuildReport#versionWords}): quoted, or the file is said to be linked from no page
     */
    static void print(Console console, PrintStream out, Path site, List<String> written,
                      Map<String, List<ArchivedSigned.Restored>> restored, Map<String, String> words) {
        Set<String> putBack = new HashSet<>();
        restored.values().forEach(list -> list.stream().filter(r -> !r.fromSecret()).forEach(r -> putBack.add(r.archived())));
        written.stream().filter(p -> p.startsWith(SignedFiles.ARCHIVE + "/") && p.endsWith(".pdf"))
                .filter(p -> !putBack.contains(p))
                .forEach(p -> out.println(archived(console, "cli.signed-archived", site, p, words)));
        // A re-issued document's previous PDF (build --reissue), kept where its page links it.
        // One that went with its withdrawn document is no longer there: BuildReportPrinter says that.
        written.stream().filter(p -> p.startsWith(plandoc.build.SiteBuild.REISSUED_ARCHIVE + "/") && p.endsWith(".pdf"))
                .filter(p -> java.nio.file.Files.isRegularFile(site.resolve(p)))
                .forEach(p -> out.println(archived(console, "cli.reissued-archived", site, p, words)));
        new TreeMap<>(restored).forEach((slug, list) -> list.forEach(r -> out.println(console.text(
                r.fromSecret() ? "cli.signed-restored-secret" : "cli.signed-restored", slug, r.name(), r.from(site)))));
    }

    /**
     * The line on a version archived: with the words its page links it with (s35 review L3: the line quoted "…, bị
     * thay thế ngày …"), or saying no page links it (a signed appendix, an old name's copy, a document taken out).
     */
    private static String archived(Console console, String key, Path site, String path, Map<String, String> words) {
        String linked = words.get(path);
        return linked == null ? console.text(key + "-unlinked", site.resolve(path))
                : console.text(key, site.resolve(path), linked);
    }
}

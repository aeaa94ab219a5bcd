package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} passes, {@code build} renders: every case of the error corpus is built as a
 * one-plan content folder. A case {@code check} accepts is published; a case it rejects fails the build
 * with exit 1 and publishes nothing; no case is a fault of plandoc (exit 3). And the whole corpus,
 * checked with {@code --lang en}, prints no Vietnamese message text.
 */
class CorpusBuildTest {
    /** Letters only Vietnamese uses: a message in English has none outside the quoted content. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", Pattern.CASE_INSENSITIVE);
    /** What a message quotes from the plan, a path, or a plan's own title: content, not message text. */
    private static final Pattern CONTENT = Pattern.compile("\"[^\"]*\"|“[^”]*”|\\S+/\\S+|\\([^()]*\\)|: .*$");

    @TempDir
    Path temp;

    @Test
    void everyCaseCheckAcceptsIsBuiltAndEveryCaseItRejectsFailsCleanly() throws Exception {
        assertEquals(List.of(), eachCase(this::failures));
    }

    /** What is wrong with the case in {@code dir} checked and built as a one-plan content folder, if anything. */
    private List<String> failures(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Path content = temp.resolve("content-" + name);
        plandoc.TestFiles.copyTree(dir, content.resolve(name), f -> !f.getFileName().toString().startsWith("expected"));
        Cli.Result check = Cli.run("check", content.toString());
        Path out = temp.resolve("site-" + name);
        Cli.Result build = Cli.run("build", "-q", "--content", content.toString(), "--out", out.toString());
        boolean published = Files.isRegularFile(out.resolve(name).resolve("index.html"));
        if (build.exit() == 3 || check.exit() == 3) {
            return List.of(name + ": fault of plandoc\n" + build.errText());
        } else if (check.exit() == 0 && (build.exit() != 0 || !published)) {
            return List.of(name + ": check passed but build gave " + build.exit() + "\n" + build.errText());
        } else if (check.exit() == 1 && (build.exit() != 1 || published)) {
            return List.of(name + ": check failed but build gave " + build.exit() + " published=" + published);
        }
        return List.of();
    }

    @Test
    void theCorpusInEnglishPrintsNoVietnameseMessageText() throws Exception {
        assertEquals(List.of(), eachCase(CorpusBuildTest::vietnamese));
    }

    /** The lines of the case's {@code --lang en check} that hold Vietnamese message text. */
    private static List<String> vietnamese(Path dir) {
        List<String> vietnamese = new ArrayList<>();
        Cli.Result result = Cli.run("--lang", "en", "check", dir.toString());
        for (String line : result.err()) {
            String message = line.replaceFirst("^\\S+:\\d+:\\d+: ", "");
            String words = CONTENT.matcher(message).replaceAll(" ");
            if (VIETNAMESE.matcher(words).find()) {
                vietnamese.add(dir.getFileName() + ": " + line);
            }
        }
        if (VIETNAMESE.matcher(result.outText()).find()) {
            vietnamese.add(dir.getFileName() + ": " + result.outText());
        }
        return vietnamese;
    }

    @Test
    void theEnglishSummaryUsesADecimalPoint() throws IOException {
        Path content = temp.resolve("content");
        plandoc.TestFiles.copyTree(ErrorCasesTest.ERRORS.resolve("warnings"), content.resolve("warnings"));
        Cli.Result build = Cli.run("--lang", "en", "build", "--content", content.toString(), "--out",
                temp.resolve("site").toString());
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().matches("(?s).*in \\d+\\.\\d s\\..*"), build.outText());
    }

    /** What a check of one case finds wrong with it: nothing when empty. */
    @FunctionalInterface
    private interface CaseCheck {
        List<String> of(Path dir) throws IOException;
    }

    /**
     * What {@code check} finds wrong with each case, in the corpus's order. The cases share nothing (each is read from
     * its own folder, and built in a content and site folder of its own): two at a time.
     */
    private static List<String> eachCase(CaseCheck check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> found = new ArrayList<>();
            for (Path dir : cases()) {
                found.add(pool.submit(() -> check.of(dir)));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> each : found) {
                all.addAll(each.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ErrorCasesTest.ERRORS)) {
            return dirs.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted()
                    .toList();
        }
    }

}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        // The cases share nothing (each its own content and site folder): two at a time, as a build renders its plans.
        ExecutorService cases = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<String>>> outcomes = new ArrayList<>();
            for (Path dir : cases()) {
                outcomes.add(cases.submit(() -> failure(dir)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<Optional<String>> outcome : outcomes) {
                outcome.get().ifPresent(failures::add);
            }
            assertEquals(List.of(), failures);
        } finally {
            cases.shutdownNow();
        }
    }

    /** What is wrong with the case in {@code dir} checked and built as a one-plan content folder, if anything. */
    private Optional<String> failure(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Path content = temp.resolve("content-" + name);
        plandoc.TestFiles.copyTree(dir, content.resolve(name), f -> !f.getFileName().toString().startsWith("expected"));
        Cli.Result check = Cli.run("check", content.toString());
        Path out = temp.resolve("site-" + name);
        Cli.Result build = Cli.run("build", "-q", "--content", content.toString(), "--out", out.toString());
        boolean published = Files.isRegularFile(out.resolve(name).resolve("index.html"));
        if (build.exit() == 3 || check.exit() == 3) {
            return Optional.of(name + ": fault of plandoc\n" + build.errText());
        } else if (check.exit() == 0 && (build.exit() != 0 || !published)) {
            return Optional.of(name + ": check passed but build gave " + build.exit() + "\n" + build.errText());
        } else if (check.exit() == 1 && (build.exit() != 1 || published)) {
            return Optional.of(name + ": check failed but build gave " + build.exit() + " published=" + published);
        }
        return Optional.empty();
    }

    @Test
    void theCorpusInEnglishPrintsNoVietnameseMessageText() throws IOException {
        List<String> vietnamese = new ArrayList<>();
        for (Path dir : cases()) {
            Cli.Result result = Cli.run("--lang", "en", "check", dir.toString());
            for (String line : result.err()) {
                String message = line.replaceFirst("^\\S+:\\d+:\\d+: ", "");
                String words = CONTENT.matcher(message).replaceAll(" ");
                if (VIETNAMESE.matcher(words).find()) {
                    vietnamese.add(dir.getFileName() + ": " + line);
                }
            }
            assertFalse(VIETNAMESE.matcher(result.outText()).find(), result.outText());
        }
        assertEquals(List.of(), vietnamese);
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

    private static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ErrorCasesTest.ERRORS)) {
            return dirs.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted()
                    .toList();
        }
    }

}

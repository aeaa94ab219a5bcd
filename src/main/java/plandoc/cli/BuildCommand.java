package plandoc.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plandoc.Generator;
import plandoc.render.BuildResult;
import plandoc.render.RenderProblem;
import plandoc.render.RenderSettings;
import plandoc.render.SiteBuilder;
import plandoc.resolved.ResolvedPlan;

/**
 * {@code plandoc build}: checks every plan, then renders the ones without errors into the site.
 * A plan with errors is not rendered, so its previously published files stay as they were.
 */
@Command(name = "build", resourceBundle = "plandoc.cli")
final class BuildCommand implements Callable<Integer> {
    static final String LOCK_FILE = ".plandoc.lock";

    private final Console console;

    @Option(names = "--content", paramLabel = "DIR", descriptionKey = "option.content")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.out")
    Path out = Path.of("site");

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "option.lang")
    String lang = "vi";

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        for (Path dir : List.of(content, templates)) {
            if (!Files.isDirectory(dir)) {
                console.err().println(console.text("cli.no-directory", dir));
                return ExitCode.USAGE;
            }
        }
        long start = System.nanoTime();
        List<Generator.PlanOutcome> outcomes = new Generator(Path.of("")).resolveAll(content);
        if (outcomes.isEmpty()) {
            console.err().println(console.text("cli.no-plans", content));
            return ExitCode.CONTENT;
        }
        boolean failed = new ProblemReport(console).print(outcomes, strict);
        List<ResolvedPlan> plans = outcomes.stream().map(Generator.PlanOutcome::resolved).flatMap(Optional::stream)
                .toList();
        Files.createDirectories(out);
        try (FileChannel channel = FileChannel.open(out.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                console.err().println(console.text("cli.locked", out));
                return ExitCode.CONTENT;
            }
            BuildResult result = new SiteBuilder(RenderSettings.fromEnvironment(System.getenv()))
                    .build(plans, templates, out);
            for (RenderProblem p : result.problems()) {
                console.err().println(console.text("severity.error") + ": " + p);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            console.out().println(console.text("cli.built", plans.size(), outcomes.size(), result.written().size(),
                    out, VietnameseSeconds.format(millis)));
            return failed || !result.ok() ? ExitCode.CONTENT : ExitCode.OK;
        }
    }

    /** Another build of the same site holds the lock: two builds must not interleave their files. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}

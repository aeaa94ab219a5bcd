package plandoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import plandoc.diagnostic.Messages;
import plandoc.load.PlanLoader;

/**
 * The representative run the {@code ./plandoc} wrapper records its class-data archive from (issue 17):
 * in a temporary folder it starts both kinds of plan with {@code new} (with a province, so an agency
 * register is read), copies in up to {@value #SAMPLES} real plans of the project's content when given
 * (budget tables, appendices, warnings: paths the starters do not take), commits them to a fresh git
 * repository (so the build reads provenance, as in a real project), then runs {@code check},
 * {@code build}, a build in English with separate appendices, a rebuild after one plan changed, a
 * no-op rebuild, a rebuild after that change was committed, {@code --version} and {@code --help} — every class an officer's commands load.
 * Output goes nowhere; the folder is deleted afterwards. Exits 0 only when the starters built, so the
 * wrapper never keeps an archive from a run that went wrong; the copied plans may have errors of
 * their own and do not count.
 *
 * <p>Usage: {@code java -cp plandoc.jar plandoc.cli.Training TEMPLATES_DIR [CONTENT_DIR]}
 */
public final class Training {
    private Training() {
    }

    /** Real plans copied from the project's content: two cover its kinds without a long training. */
    static final int SAMPLES = 2;

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: plandoc.cli.Training TEMPLATES_DIR [CONTENT_DIR]");
            System.exit(ExitCode.USAGE);
        }
        System.exit(run(Path.of(args[0]), args.length == 2 ? Optional.of(Path.of(args[1])) : Optional.empty()));
    }

    static int run(Path templates) throws IOException {
        return run(templates, Optional.empty());
    }

    static int run(Path templates, Optional<Path> projectContent) throws IOException {
        Path dir = Files.createTempDirectory("plandoc-training");
        try {
            Path content = dir.resolve("content");
            Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()), Messages.forLanguage("vi"), System.getenv());
            PlandocCommand.run(new String[] {"new", "ke-hoach-mau", "--province", "Hà Tĩnh", "--content", content.toString()},
                    quiet);
            PlandocCommand.run(new String[] {"new", "quyet-dinh-mau", "--type", "quyet-dinh", "--content", content.toString()},
                    quiet);
            // The starters are drafts (a plain build leaves them out): printed as such, they are rendered.
            String[] starters = {"build", "--draft", "--content", content.toString(), "--templates", templates.toString(),
                "--out", dir.resolve("site-starters").toString()};
            int built = PlandocCommand.run(starters, quiet);
            if (projectContent.isPresent()) {
                copySamples(projectContent.get(), content);
            }
            commit(dir);
            PlandocCommand.run(new String[] {"check", content.toString()}, quiet);
            PlandocCommand.run(new String[] {"check", "--lang", "en", content.toString()}, quiet);
            PlandocCommand.run(new String[] {"build", "--content=" + content, "--templates=" + templates, "--lang", "en",
                "--separate-appendices", "--out", dir.resolve("site-en").toString()}, quiet);
            String[] build = {"build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                dir.resolve("site").toString()};
            PlandocCommand.run(build, quiet);
            // One plan edited, then nothing: the rebuilds read the other plan's site record, then the
            // check record (issue 17), so their classes are archived too.
            Files.writeString(content.resolve("ke-hoach-mau/plan.yaml"), "# training\n", StandardOpenOption.APPEND);
            PlandocCommand.run(build, quiet);
            PlandocCommand.run(build, quiet);
            // That edit committed: the histories are brought forward along the new commit (HistoryCache).
            commit(dir);
            PlandocCommand.run(build, quiet);
            PlandocCommand.run(new String[] {"--version"}, quiet);
            PlandocCommand.run(new String[] {"--help"}, quiet);
            return built;
        } finally {
            delete(dir);
        }
    }

    /** The first plans of the project's content by name, with the agency register beside them. */
    private static void copySamples(Path from, Path content) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> plans;
        try (Stream<Path> list = Files.list(from)) {
            plans = list.filter(p -> Files.isRegularFile(p.resolve(PlanLoader.PLAN_FILE))).sorted().limit(SAMPLES)
                    .toList();
        }
        for (Path plan : plans) {
            copyTree(plan, content.resolve("mau-" + plan.getFileName()));
        }
        Path register = from.resolve(PlanLoader.AGENCY_FILE);
        if (Files.isRegularFile(register)) {
            Files.copy(register, content.resolve(PlanLoader.AGENCY_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void commit(Path dir) {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern("content").call();
            PersonIdent who = new PersonIdent("plandoc", "plandoc@localhost");
            git.commit().setMessage("training").setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException | RuntimeException e) {
            // Without a repository the run still records everything but JGit's classes.
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}

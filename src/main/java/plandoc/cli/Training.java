package plandoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import plandoc.diagnostic.Messages;

/**
 * The representative run the {@code ./plandoc} wrapper records its class-data archive from (issue 17):
 * in a temporary folder it starts both kinds of plan with {@code new}, commits them to a fresh git
 * repository (so the build reads provenance, as in a real project), then runs {@code check},
 * {@code build}, a rebuild after one plan changed, a no-op rebuild, {@code --version} and
 * {@code --help} — every class an officer's commands load.
 * Output goes nowhere; the folder is deleted afterwards. Exits 0 only when the build succeeded, so
 * the wrapper never keeps an archive from a run that went wrong.
 *
 * <p>Usage: {@code java -cp plandoc.jar plandoc.cli.Training TEMPLATES_DIR}
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: plandoc.cli.Training TEMPLATES_DIR");
            System.exit(ExitCode.USAGE);
        }
        System.exit(run(Path.of(args[0])));
    }

    static int run(Path templates) throws IOException {
        Path dir = Files.createTempDirectory("plandoc-training");
        try {
            Path content = dir.resolve("content");
            Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()), Messages.forLanguage("vi"));
            Main.run(new String[] {"new", "ke-hoach-mau", "--content", content.toString()}, quiet);
            Main.run(new String[] {"new", "quyet-dinh-mau", "--type", "quyet-dinh", "--content", content.toString()},
                    quiet);
            commit(dir);
            Main.run(new String[] {"check", content.toString()}, quiet);
            String[] build = {"build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                dir.resolve("site").toString()};
            int built = Main.run(build, quiet);
            // One plan edited, then nothing: the rebuilds read the other plan's site record, then the
            // check record (issue 17), so their classes are archived too.
            Files.writeString(content.resolve("ke-hoach-mau/plan.yaml"), "# training\n", StandardOpenOption.APPEND);
            built = Math.max(built, Main.run(build, quiet));
            built = Math.max(built, Main.run(build, quiet));
            Main.run(new String[] {"--version"}, quiet);
            Main.run(new String[] {"--help"}, quiet);
            return built;
        } finally {
            delete(dir);
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

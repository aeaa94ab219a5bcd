package plandoc.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A git repository made with JGit in a test folder, holding plans under {@code content/}. Commits
 * have fixed authors and times, one day apart, so every run makes the same history.
 */
public final class TestRepository implements AutoCloseable {
    static final Instant FIRST = Instant.parse("2026-03-02T02:00:00Z");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Git git;
    private final Path root;
    private int commits;

    private TestRepository(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    public static TestRepository init(Path dir) {
        try {
            return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path plan(String slug) {
        return root.resolve("content").resolve(slug);
    }

    /** Writes a file (relative to the repository) in the working tree. */
    public TestRepository write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepository delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a file or folder (relative to the repository) in the working tree, as {@code git mv} does before its commit. */
    public TestRepository move(String from, String to) {
        try {
            Path target = root.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(root.resolve(from), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working tree; returns the commit id. */
    public String commit(String author, String message) {
        return commitAt(author, message, FIRST.plusSeconds(86_400L * commits++));
    }

    /** Commits everything in the working tree at {@code when}; returns the commit id. */
    public String commitAt(String author, String message, Instant when) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent(author, "so-tttt@hatinh.gov.vn", when, VIETNAM);
            return git.commit().setAuthor(who).setCommitter(who).setMessage(message).setSign(false).call().getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}

package plandoc.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit HEAD names, read from the repository's files as git lays them out ({@code .git} folder or
 * {@code gitdir:} file, {@code commondir} of a worktree, loose refs, {@code packed-refs}) without JGit:
 * a build whose inputs did not change needs only this, and JGit's start-up costs more than the whole
 * answer (issue 17). Anything it does not know (a symbolic ref to a ref, a reftable) is left to JGit.
 */
final class GitHead {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** Thrown for a layout this reader does not know; the caller asks JGit instead. */
    static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown(String what) {
            super(what, null, false, false);
        }
    }

    private GitHead() {
    }

    /**
     * Where HEAD was found and the commit it names.
     *
     * @param workTree the folder holding {@code .git}: the working tree, unless git's configuration moves it
     * @param gitDir   the repository's git folder
     * @param id       HEAD's commit id
     */
    record Head(Path workTree, Path gitDir, String id) {
    }

    /**
     * The repository's git folder and HEAD's commit, as "gitdir id"; empty outside a repository or
     * before the first commit.
     */
    static Optional<String> read(Path dir) throws Unknown {
        return find(dir).map(head -> head.gitDir() + " " + head.id());
    }

    /** HEAD of the repository holding {@code dir}; empty outside a repository or before the first commit. */
    static Optional<Head> find(Path dir) throws Unknown {
        try {
            Path gitDir = null;
            Path workTree = null;
            for (Path p = dir.toAbsolutePath().normalize(); p != null && gitDir == null; p = p.getParent()) {
                Path dotGit = p.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    gitDir = dotGit;
                } else if (Files.isRegularFile(dotGit)) {
                    String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                    if (!text.startsWith("gitdir:")) {
                        throw new Unknown(".git file without gitdir");
                    }
                    gitDir = p.resolve(text.substring("gitdir:".length()).strip()).normalize();
                }
                workTree = p;
            }
            if (gitDir == null) {
                return Optional.empty();
            }
            Path common = gitDir;
            if (Files.isRegularFile(gitDir.resolve("commondir"))) {
                common = gitDir.resolve(Files.readString(gitDir.resolve("commondir"), StandardCharsets.UTF_8).strip())
                        .normalize();
            }
            if (Files.exists(common.resolve("reftable"))) {
                throw new Unknown("reftable");
            }
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            if (ID.matcher(head).matches()) {
                return Optional.of(new Head(workTree, gitDir, head));
            }
            if (!head.startsWith("ref: ")) {
                throw new Unknown("HEAD: " + head);
            }
            String ref = head.substring("ref: ".length()).strip();
            for (Path base : new Path[] {gitDir, common}) {
                Path loose = base.resolve(ref);
                if (Files.isRegularFile(loose)) {
                    String id = Files.readString(loose, StandardCharsets.UTF_8).strip();
                    if (!ID.matcher(id).matches()) {
                        throw new Unknown(ref + ": " + id);
                    }
                    return Optional.of(new Head(workTree, gitDir, id));
                }
            }
            Path packed = common.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    if (space > 0 && line.substring(space + 1).equals(ref) && ID.matcher(line.substring(0, space)).matches()) {
                        return Optional.of(new Head(workTree, gitDir, line.substring(0, space)));
                    }
                }
            }
            return Optional.empty(); // a branch without a commit yet
        } catch (IOException | RuntimeException e) {
            throw new Unknown(String.valueOf(e));
        }
    }
}

package plandoc.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one publisher. A build stages everything it writes in a {@link Transaction} under {@code txn/} of the
 * site's state folder ({@link StateFolder}: beside the site, on the same disk, so every move is a rename);
 * {@link Transaction#commit()} writes a {@link Journal} of moves and
 * then makes them. Guarantee (docs in README "Publishing"): every plan folder in the site is at every
 * moment one complete version — the previous one or the new one — because a folder is replaced by
 * renaming a complete staged folder into place; the site pages (index, agency view) are replaced after
 * the plans they link appear and before the plans they no longer link are taken away. A build killed at
 * any point is finished (journal present: rolled forward) or undone (no journal: staging deleted) by
 * {@link #recover()}, which every build runs first under the site's lock, together with removing
 * temporary files an earlier plandoc left and taking over the bookkeeping an earlier version kept inside the
 * site ({@link #takeOver()}).
 */
public final class SitePublisher {
    static final String TRANSACTION = "txn";
    /** The check record (build.CheckCache's): lists the site as it was, so dropped when the site is taken over. */
    private static final String CHECK_RECORD = StateFolder.PREFIX + "check.json";

    private final Path site;
    private final SiteFiles files;

    public SitePublisher(Path site, SiteFiles files) {
        this.site = site;
        this.files = files;
    }

    public SitePublisher(Path site) {
        this(site, new SiteFiles());
    }

    public Path site() {
        return site;
    }

    Path transactionFolder() {
        return StateFolder.of(site).resolve(TRANSACTION);
    }

    /** Where a journal's target is: format 1 journals (in the site, of an earlier version) name only the site. */
    Path target(Journal journal, String target) {
        return journal.format() == Journal.OLD_FORMAT ? site.resolve(target) : StateFolder.resolve(site, target);
    }

    /** What {@link #recover()} found and did. */
    public enum Recovery {
        /** Nothing was left over. */
        CLEAN,
        /** An interrupted build had decided to publish: its moves were finished. */
        ROLLED_FORWARD,
        /** An interrupted build had not decided: what it staged was deleted. */
        ROLLED_BACK
    }

    /**
     * Brings the site back to one consistent state after an interrupted build and deletes leftover
     * temporary files. The caller holds the site's lock.
     */
    public Recovery recover() throws IOException {
        Recovery result = recover(transactionFolder());
        // A build of an earlier version killed in the site's own staging, before the site was taken over.
        Recovery old = recover(site.resolve(StateFolder.NAME).resolve(TRANSACTION));
        result = result == Recovery.CLEAN ? old : result;
        takeOver();
        removeTemporaryFiles();
        return result;
    }

    private Recovery recover(Path txn) throws IOException {
        if (!Files.isDirectory(txn)) {
            return Recovery.CLEAN;
        }
        Recovery result = Recovery.ROLLED_BACK;
        Path journal = txn.resolve(Journal.FILE);
        if (Files.isRegularFile(journal)) {
            apply(Journal.read(journal), txn);
            result = Recovery.ROLLED_FORWARD;
        }
        finish(txn);
        return result;
    }

    /** Whether the site still holds bookkeeping of an earlier version (up to s17), which {@link #takeOver()} moves. */
    public boolean oldLayout() {
        return StateFolder.OLD_NAMES.stream().anyMatch(name -> Files.exists(site.resolve(name), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Moves the bookkeeping an earlier version kept inside the site into the state folder, in one transaction: its
     * published sources, site records (old file names), build cache, history and fonts go to the state folder,
     * replacing what is there, and every old name leaves the site in the same commit, so that at every moment one
     * of the two places holds all of it. The check record is dropped (it lists the site with its bookkeeping). The
     * caller holds the site's lock and has recovered any interrupted build. Answers whether there was anything to move.
     */
    public boolean takeOver() throws IOException {
        if (!oldLayout()) {
            return false;
        }
        try (Transaction transaction = begin()) {
            for (StateFolder.Moved moved : StateFolder.OLD_LAYOUT) {
                Path old = site.resolve(moved.old());
                if (moved.now().isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                    transaction.stageFolder(old, moved.now());
                } else if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                    transaction.stageFile(moved.now(), Files.readAllBytes(old));
                } else if (Files.exists(StateFolder.resolve(site, moved.now()))) {
                    transaction.remove(moved.now()); // not in the site: what the site had is what stands
                }
            }
            if (Files.exists(StateFolder.resolve(site, CHECK_RECORD))) {
                transaction.remove(CHECK_RECORD);
            }
            for (String name : StateFolder.OLD_NAMES) {
                if (Files.exists(site.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    transaction.remove(name);
                }
            }
            transaction.commit();
        }
        return true;
    }

    /** Starts staging a new version of the site; {@link #recover()} must have run. */
    public Transaction begin() throws IOException {
        Path txn = transactionFolder();
        files.delete(txn);
        Files.createDirectories(txn);
        return new Transaction(this, txn, files);
    }

    /**
     * Makes the journal's moves; each is skipped when an earlier attempt already made it. The folders they
     * moved into are forced to disk once, after the last move and before the journal is deleted
     * ({@link #finish}): until then the journal makes good any move a crash loses.
     */
    void apply(Journal journal, Path txn) throws IOException {
        Path aside = txn.resolve("aside");
        Set<Path> moved = new LinkedHashSet<>();
        for (Journal.Step step : journal.steps()) {
            Path target = target(journal, step.target());
            switch (step.kind()) {
                case FOLDER -> {
                    Path staged = txn.resolve(step.staged());
                    if (Files.isDirectory(staged)) {
                        Path old = aside.resolve(asideName(step.target()));
                        if (Files.exists(target)) {
                            files.delete(old);
                            files.rename(target, old);
                            moved.add(old.toAbsolutePath().getParent());
                        }
                        try {
                            files.rename(staged, target);
                            moved.add(target.toAbsolutePath().getParent());
                        } catch (IOException e) {
                            // Put the old folder back, so the plan stays published while the next
                            // build retries (the journal is still there).
                            if (Files.isDirectory(old) && !Files.exists(target)) {
                                Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                            }
                            throw e;
                        }
                    }
                }
                case FILE -> {
                    Path staged = txn.resolve(step.staged());
                    if (Files.isRegularFile(staged)) {
                        files.rename(staged, target);
                        moved.add(target.toAbsolutePath().getParent());
                    }
                }
                case REMOVE -> {
                    if (Files.exists(target)) {
                        Path old = aside.resolve(asideName(step.target()));
                        files.delete(old);
                        files.rename(target, old);
                        moved.add(old.toAbsolutePath().getParent());
                    }
                }
            }
        }
        files.syncFolders(moved);
    }

    /** Where a target is set aside: the site's and the state folder's apart, as they may share names. */
    private static String asideName(String target) {
        return StateFolder.isState(target) ? "state/" + target.substring(StateFolder.PREFIX.length()) : "site/" + target;
    }

    /** Deletes the journal first (the transaction is then over), then what is left of the staging. */
    void finish(Path txn) throws IOException {
        files.delete(txn.resolve(Journal.FILE));
        files.delete(txn);
    }

    private void removeTemporaryFiles() throws IOException {
        for (Path folder : List.of(site, StateFolder.of(site))) {
            if (Files.isDirectory(folder)) {
                for (Path file : TemporaryFiles.in(folder)) {
                    files.delete(file);
                }
            }
        }
    }
}

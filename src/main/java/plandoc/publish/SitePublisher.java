package plandoc.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one publisher. A build stages everything it writes in a {@link Transaction} under
 * {@code <site>/.plandoc/txn/}; {@link Transaction#commit()} writes a {@link Journal} of moves and
 * then makes them. Guarantee (docs in README "Publishing"): every plan folder in the site is at every
 * moment one complete version — the previous one or the new one — because a folder is replaced by
 * renaming a complete staged folder into place; the site pages (index, agency view) are replaced after
 * the plans they link appear and before the plans they no longer link are taken away. A build killed at
 * any point is finished (journal present: rolled forward) or undone (no journal: staging deleted) by
 * {@link #recover()}, which every build runs first under the site's lock, together with removing
 * temporary files an earlier plandoc left.
 */
public final class SitePublisher {
    /** plandoc's own bookkeeping inside the site. */
    public static final String STATE = ".plandoc";
    static final String TRANSACTION = "txn";

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
        return site.resolve(STATE).resolve(TRANSACTION);
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
        Path txn = transactionFolder();
        Recovery result = Recovery.CLEAN;
        if (Files.isDirectory(txn)) {
            Path journal = txn.resolve(Journal.FILE);
            if (Files.isRegularFile(journal)) {
                apply(Journal.read(journal), txn);
                result = Recovery.ROLLED_FORWARD;
            } else {
                result = Recovery.ROLLED_BACK;
            }
            finish(txn);
        }
        removeTemporaryFiles();
        return result;
    }

    /** Starts staging a new version of the site; {@link #recover()} must have run. */
    public Transaction begin() throws IOException {
        Path txn = transactionFolder();
        files.delete(txn);
        Files.createDirectories(txn);
        return new Transaction(this, txn, files);
    }

    /** Makes the journal's moves; each is skipped when an earlier attempt already made it. */
    void apply(Journal journal, Path txn) throws IOException {
        Path aside = txn.resolve("aside");
        for (Journal.Step step : journal.steps()) {
            Path target = site.resolve(step.target());
            switch (step.kind()) {
                case FOLDER -> {
                    Path staged = txn.resolve(step.staged());
                    if (Files.isDirectory(staged)) {
                        Path old = aside.resolve(step.target());
                        if (Files.exists(target)) {
                            files.delete(old);
                            files.move(target, old);
                        }
                        try {
                            files.move(staged, target);
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
                        files.move(staged, target);
                    }
                }
                case REMOVE -> {
                    if (Files.exists(target)) {
                        Path old = aside.resolve(step.target());
                        files.delete(old);
                        files.move(target, old);
                    }
                }
            }
        }
    }

    /** Deletes the journal first (the transaction is then over), then what is left of the staging. */
    void finish(Path txn) throws IOException {
        files.delete(txn.resolve(Journal.FILE));
        files.delete(txn);
    }

    private void removeTemporaryFiles() throws IOException {
        if (!Files.isDirectory(site)) {
            return;
        }
        for (Path file : TemporaryFiles.in(site)) {
            files.delete(file);
        }
    }
}

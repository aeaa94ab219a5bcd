package plandoc.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import plandoc.render.RenderedPlan;

/**
 * One new version of the site, staged in full before anything in the site changes. Plans may be staged
 * from several threads at once (each into its own folder). Steps are committed in this order: plan
 * folders (new and replaced), then the site's own files and folders in the order staged (the caller
 * stages the pages that link plans last), then removals. Closing an uncommitted transaction deletes
 * what it staged; the site is then exactly as before.
 */
public final class Transaction implements AutoCloseable {
    private final SitePublisher publisher;
    private final Path txn;
    private final SiteFiles files;
    private final List<Journal.Step> folders = new ArrayList<>();
    private final List<Journal.Step> site = new ArrayList<>();
    private final List<Journal.Step> removals = new ArrayList<>();
    /** Files {@link #writeAhead} wrote, by target, until staged. */
    private final Map<String, Ahead> ahead = new HashMap<>();
    /** Folders {@link #writeFolderAhead} wrote, by target, until staged. */
    private final Map<String, FolderAhead> foldersAhead = new HashMap<>();
    private boolean committed;

    Transaction(SitePublisher publisher, Path txn, SiteFiles files) {
        this.publisher = publisher;
        this.txn = txn;
        this.files = files;
    }

    /** Stages a plan's whole folder: images first, then its files. Safe to call from several threads. */
    public void stagePlan(RenderedPlan plan) throws IOException {
        String staged = "plans/" + plan.slug();
        Path dir = txn.resolve(staged);
        files.delete(dir);
        Files.createDirectories(dir); // before its files, which are written at once
        List<ConcurrentWrites.Operation> writes = new ArrayList<>();
        for (RenderedPlan.ImageCopy image : plan.images()) {
            writes.add(() -> files.copy(image.source(), dir.resolve(image.href())));
        }
        for (RenderedPlan.OutputFile file : plan.files()) {
            writes.add(() -> files.write(dir.resolve(file.name()), file.bytes()));
        }
        ConcurrentWrites.runAll(writes);
        synchronized (folders) {
            folders.add(new Journal.Step(Journal.Kind.FOLDER, staged, plan.slug()));
        }
    }

    /**
     * Stages a copy of the files {@code names} (relative to {@code root}, with '/') as the site folder
     * {@code target}, each at the same relative place: the sources a plan was published from, and nothing else
     * of its folder. Safe to call from several threads.
     */
    public void stageCopy(Path root, List<String> names, String target) throws IOException {
        String staged = "copies/" + target;
        Path dir = txn.resolve(staged);
        files.delete(dir);
        for (String name : names) {
            Files.createDirectories(dir.resolve(name).getParent()); // before the files, which are copied at once
        }
        Files.createDirectories(dir);
        List<ConcurrentWrites.Operation> copies = new ArrayList<>();
        for (String name : names) {
            copies.add(() -> files.copy(root.resolve(name), dir.resolve(name)));
        }
        ConcurrentWrites.runAll(copies);
        synchronized (folders) {
            folders.add(new Journal.Step(Journal.Kind.FOLDER, staged, target));
        }
    }

    /**
     * Stages a copy of a folder as the site folder {@code target} (a plan's folder from a shard's
     * output, for {@code build --merge}). Safe to call from several threads.
     */
    public void stageFolder(Path source, String target) throws IOException {
        String staged = "copies/" + target;
        Path dir = txn.resolve(staged);
        files.delete(dir);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(source)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(dir); // before its files, which are copied at once
        List<ConcurrentWrites.Operation> copies = new ArrayList<>();
        for (Path file : sources) {
            copies.add(() -> files.copy(file, dir.resolve(source.relativize(file).toString())));
        }
        ConcurrentWrites.runAll(copies);
        synchronized (folders) {
            folders.add(new Journal.Step(Journal.Kind.FOLDER, staged, target));
        }
    }

    /**
     * Stages a site file (relative to the site, '/'-separated). When these very bytes were written ahead
     * for it ({@link #writeAhead}), that file is staged, without writing it again.
     */
    public synchronized void stageFile(String target, byte[] bytes) throws IOException {
        Ahead written = ahead.remove(target);
        String staged;
        if (written != null && written.bytes() == bytes) {
            staged = written.staged();
        } else {
            staged = "site/" + target;
            files.write(txn.resolve(staged), bytes);
        }
        site.add(new Journal.Step(Journal.Kind.FILE, staged, target));
    }

    /**
     * Stages a copy of the file {@code source} as {@code target} (relative to the site, or under {@code .plandoc/} to
     * its state folder): copied, not read into memory, as it may be any file someone put in the site (a scan).
     */
    public synchronized void stageFileCopy(String target, Path source) throws IOException {
        String staged = "site/" + target;
        files.copy(source, txn.resolve(staged));
        site.add(new Journal.Step(Journal.Kind.FILE, staged, target));
    }

    /**
     * Writes site files into the staging before it is known whether they will be staged (issue 17: the
     * index and the files beside it, made while the plans render, are written then rather than after the
     * render). Not part of the transaction until {@link #stageFile} is given the same byte array for the
     * same target; whatever is not is deleted with the staging. Writes them all at once.
     */
    public void writeAhead(Map<String, byte[]> content) throws IOException {
        List<ConcurrentWrites.Operation> writes = new ArrayList<>();
        Map<String, Ahead> written = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : content.entrySet()) {
            Ahead staged = new Ahead("ahead/" + file.getKey(), file.getValue());
            writes.add(() -> files.write(txn.resolve(staged.staged()), staged.bytes()));
            written.put(file.getKey(), staged);
        }
        ConcurrentWrites.runAll(writes);
        synchronized (this) {
            ahead.putAll(written);
        }
    }

    /** A file written ahead: where in the staging, and the array its bytes came from. */
    private record Ahead(String staged, byte[] bytes) {
    }

    /**
     * Writes a whole site folder into the staging before it is staged, as {@link #writeAhead} does for
     * files (issue 17: the assets, which need no plan, are written while the plans render instead of after).
     * Not part of the transaction until {@link #stageSiteFolder} is given the same list for the same target.
     */
    public void writeFolderAhead(String target, List<StagedFile> content) throws IOException {
        String staged = "ahead-folders/" + target;
        writeFolder(txn.resolve(staged), content);
        synchronized (this) {
            foldersAhead.put(target, new FolderAhead(staged, content));
        }
    }

    /** A folder written ahead: where in the staging, and the list its files came from. */
    private record FolderAhead(String staged, List<StagedFile> content) {
    }

    /**
     * Stages a whole site folder (e.g. the assets) from files given by their path inside it. When this very
     * list was written ahead for it ({@link #writeFolderAhead}), that folder is staged, without writing it again.
     */
    public synchronized void stageSiteFolder(String target, List<StagedFile> content) throws IOException {
        FolderAhead written = foldersAhead.remove(target);
        if (written != null && written.content() == content) {
            site.add(new Journal.Step(Journal.Kind.FOLDER, written.staged(), target));
            return;
        }
        String staged = "site/" + target;
        writeFolder(txn.resolve(staged), content);
        site.add(new Journal.Step(Journal.Kind.FOLDER, staged, target));
    }

    private void writeFolder(Path dir, List<StagedFile> content) throws IOException {
        Files.createDirectories(dir); // before its files, which are written at once
        List<ConcurrentWrites.Operation> writes = new ArrayList<>();
        for (StagedFile file : content) {
            writes.add(() -> files.write(dir.resolve(file.path()), file.bytes()));
        }
        ConcurrentWrites.runAll(writes);
    }

    /** A file of a staged folder: its path inside the folder and its bytes. */
    public record StagedFile(String path, byte[] bytes) {
    }

    /** Takes a file or folder of the site away when this transaction commits. */
    public synchronized void remove(String target) {
        removals.add(new Journal.Step(Journal.Kind.REMOVE, "", target));
    }

    /**
     * Decides the transaction (the journal is written atomically: from here on the next build finishes
     * it even if this process dies), then makes its moves and clears the staging.
     */
    public void commit() throws IOException {
        List<Journal.Step> steps = new ArrayList<>();
        synchronized (folders) {
            List<Journal.Step> sorted = new ArrayList<>(folders);
            sorted.sort(Comparator.comparing(Journal.Step::target)); // the same order whatever the threads did
            steps.addAll(sorted);
        }
        synchronized (this) {
            steps.addAll(site);
            steps.addAll(removals);
        }
        Journal journal = new Journal(steps);
        Path temp = txn.resolve(Journal.FILE + ".new");
        files.write(temp, journal.bytes());
        files.move(temp, txn.resolve(Journal.FILE));
        committed = true;
        publisher.apply(journal, txn);
        publisher.finish(txn);
    }

    /**
     * What a committed transaction replaced, added or took away in the site: each step's target (a
     * folder or a file, relative to the site, '/'-separated), in the order of the moves.
     */
    public List<String> targets() {
        List<String> targets = new ArrayList<>();
        synchronized (folders) {
            folders.forEach(step -> targets.add(step.target()));
        }
        synchronized (this) {
            site.forEach(step -> targets.add(step.target()));
            removals.forEach(step -> targets.add(step.target()));
        }
        return targets;
    }

    /** Undoes an uncommitted transaction: what was staged is deleted, the site is untouched. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            files.delete(txn);
        }
    }
}

package plandoc.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import plandoc.compute.ChosenWidths;
import plandoc.compute.PlanResolver;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problems;
import plandoc.history.ChangeSummarizer;
import plandoc.history.ContentChange;
import plandoc.history.GitRepository;
import plandoc.load.PlanLoader;
import plandoc.model.Plan;
import plandoc.validate.IdIndex;

/**
 * What each commit of a plan's history changed in the document, for its page: the plan as committed
 * and as its parent had it, each loaded and computed by the pipeline's own stages, compared by
 * {@link PlanComparator} and said in one line by {@link ChangeSummary}, in Vietnamese and in English (the
 * site's chrome in either language reads it; the comparison is made once).
 *
 * <p>A version is only loaded and computed (no checks: the comparison needs the document, not the
 * drafter's warnings), once per content: consecutive commits of a history share a side, so a history
 * of n commits costs n + 1 loads. A version this plandoc cannot read (an early draft in an older
 * format) makes its comparisons {@link ContentChange.Kind#NOT_COMPARED}: the history still lists it.
 *
 * <p>Git is read on the calling thread only (what each commit is compared with, each version's files
 * written to a folder of its own); the loads and comparisons, which are nearly all of the cost, run on
 * {@code threads} threads, each comparison as soon as its two versions are loaded (s12-history: a first
 * build's render waits for the histories, and one core was idle meanwhile).
 */
public final class VersionSummaries implements ChangeSummarizer {
    private static final String ABSENT = "-";

    private final String version;
    private final int threads;
    private final Messages vietnamese = new Messages(Messages.VIETNAMESE);
    private final Messages english = Messages.forLanguage("en");
    /** The plan as loaded (or being loaded), by the ids of what it was loaded from (its folder's tree, the files beside it). */
    private final Map<String, CompletableFuture<Optional<PlanSnapshot>>> loaded = new HashMap<>();
    /** {@link #inputs} and {@link #shared} by commit and plan folder. */
    private final Map<String, String> inputIds = new HashMap<>();
    private final Map<String, List<String>> sharedFiles = new HashMap<>();
    /** The tables' widths across the versions compared: a version whose table measures as another's is not searched. */
    private final ChosenWidths widths = new ChosenWidths();

    /** @param version the running plandoc's identity ({@code ToolVersion#fingerprint()}) */
    public VersionSummaries(String version) {
        this(version, 1);
    }

    /** @param threads how many versions are loaded and compared at once (the build's {@code -j}) */
    public VersionSummaries(String version, int threads) {
        this.version = version;
        this.threads = Math.max(1, threads);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ContentChange summarize(GitRepository git, String planPath, List<String> parents, String commitId)
            throws IOException {
        return summarizeAll(git, List.of(new Request(planPath, parents, commitId))).get(0);
    }

    @Override
    public List<ContentChange> summarizeAll(GitRepository git, List<Request> requests) throws IOException {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, named()) : null;
        Executor executor = pool != null ? pool : Runnable::run;
        try {
            List<CompletableFuture<ContentChange>> changes = new ArrayList<>();
            for (Request request : requests) {
                changes.add(change(git, request, executor));
            }
            List<ContentChange> out = new ArrayList<>();
            for (CompletableFuture<ContentChange> change : changes) {
                out.add(joined(change));
            }
            return out;
        } finally {
            if (pool != null) {
                pool.shutdown(); // what is still running finishes, and deletes its folder
            }
        }
    }

    /** What the commit is compared with, decided here (git); the loads and the comparison run on {@code executor}. */
    private CompletableFuture<ContentChange> change(GitRepository git, Request request, Executor executor)
            throws IOException {
        String planPath = request.planPath();
        String after = inputs(git, request.commitId(), planPath);
        List<String> withPlan = new ArrayList<>();
        for (String parent : request.parents()) {
            String before = inputs(git, parent, request.formerPath());
            if (before.equals(after)) {
                // A merge that takes the plan as one side had it: that side's commits say what changed.
                return CompletableFuture.completedFuture(renamed(request, unchanged()));
            }
            if (!before.startsWith(ABSENT)) {
                withPlan.add(parent);
            }
        }
        if (withPlan.isEmpty()) {
            return CompletableFuture.completedFuture(line(ContentChange.Kind.FIRST, m -> m.text("history.first")));
        }
        CompletableFuture<Optional<PlanSnapshot>> from = snapshot(git, withPlan.get(0), request.formerPath(), executor);
        CompletableFuture<Optional<PlanSnapshot>> to = snapshot(git, request.commitId(), planPath, executor);
        return from.thenCombineAsync(to, (a, b) -> renamed(request, compared(a, b, planPath)), executor);
    }

    /**
     * {@code change} said after the rename of the plan's folder when the commit renamed it (s24 tryout M3: the rename
     * was listed as the document's creation): "Đổi tên thư mục ha-tinh-4086-2012 thành qd-4086-2012; không đổi nội
     * dung văn bản". The kind stays the comparison's: a rename alone leaves the document as it was.
     */
    private ContentChange renamed(Request request, ContentChange change) {
        if (!request.renames()) {
            return change;
        }
        String from = name(request.formerPath());
        String to = name(request.planPath());
        return new ContentChange(change.kind(),
                vietnamese.text("history.renamed", from, to, lowered(change.summary(), vietnamese)),
                english.text("history.renamed", from, to, lowered(change.english(), english)));
    }

    /** The folder's name in its parent folder ("qd-4086-2012"): a plan's history follows renames within it. */
    private static String name(String folder) {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** A line that began a sentence, to follow a clause. */
    private static String lowered(String line, Messages messages) {
        return line.isEmpty() ? line : line.substring(0, 1).toLowerCase(messages.locale()) + line.substring(1);
    }

    private ContentChange compared(Optional<PlanSnapshot> from, Optional<PlanSnapshot> to, String planPath) {
        if (from.isEmpty() || to.isEmpty()) {
            return notCompared();
        }
        try {
            return compared(from.get(), to.get(), planPath);
        } catch (RuntimeException e) {
            // A line of the history must never keep a document from being published; plandoc diff, which
            // runs the same comparison, shows the fault to whoever investigates.
            return notCompared();
        }
    }

    private ContentChange compared(PlanSnapshot from, PlanSnapshot to, String planPath) {
        PlanComparison comparison = new PlanComparator().compare(planPath, Revision.WORKING_TREE, from,
                Revision.WORKING_TREE, to);
        if (!comparison.isEmpty()) {
            return line(ContentChange.Kind.CHANGED, m -> new ChangeSummary(m).of(comparison));
        }
        // Nothing compared by id differs; the document may still print otherwise (a label, a heading's case,
        // a text appendix): said by where it differs, never passed off as unchanged.
        String printed = printed(vietnamese, from, to);
        return printed.isEmpty() ? unchanged()
                : new ContentChange(ContentChange.Kind.CHANGED, printed, printed(english, from, to));
    }

    /** "Sửa cách trình bày, cách ghi ở phần đầu văn bản, Phụ lục I"; "" when the two print alike. */
    private static String printed(Messages messages, PlanSnapshot from, PlanSnapshot to) {
        List<String> where = new PrintedDifference(messages).where(from.resolved(), to.resolved());
        if (where.isEmpty()) {
            return "";
        }
        String named = String.join(", ", where.subList(0, Math.min(ChangeSummary.NAMED, where.size())));
        int rest = where.size() - ChangeSummary.NAMED;
        return messages.text("history.printed", rest > 0 ? messages.text("history.others", named, rest) : named);
    }

    private ContentChange unchanged() {
        return line(ContentChange.Kind.UNCHANGED, m -> m.text("history.unchanged"));
    }

    private ContentChange notCompared() {
        return line(ContentChange.Kind.NOT_COMPARED, m -> m.text("history.not-compared"));
    }

    /** The line in each language of the site's chrome. */
    private ContentChange line(ContentChange.Kind kind, Function<Messages, String> words) {
        return new ContentChange(kind, words.apply(vietnamese), words.apply(english));
    }

    /**
     * The ids of what a version of the plan is loaded from (its folder, then the files beside it), "-" for
     * absent. Asked twice per side of a comparison: kept, as a commit's trees never change.
     */
    private String inputs(GitRepository git, String commitId, String planPath) throws IOException {
        String key = commitId + ' ' + planPath;
        String known = inputIds.get(key);
        if (known != null) {
            return known;
        }
        StringBuilder ids = new StringBuilder(git.objectId(commitId, planPath).orElse(ABSENT));
        for (String shared : shared(git, commitId, planPath)) {
            ids.append(' ').append(shared).append(':').append(git.objectId(commitId, shared).orElse(ABSENT));
        }
        inputIds.put(key, ids.toString());
        return ids.toString();
    }

    /** {@link SharedSources#at}, kept per commit and plan as {@link #inputs} is. */
    private List<String> shared(GitRepository git, String commitId, String planPath) throws IOException {
        String key = commitId + ' ' + planPath;
        List<String> known = sharedFiles.get(key);
        if (known == null) {
            known = List.copyOf(SharedSources.at(git, commitId, planPath));
            sharedFiles.put(key, known);
        }
        return known;
    }

    /**
     * The plan as committed, loaded once per content on {@code executor}; empty when it cannot be read or
     * computed. Its files are written out here, on the thread that reads git, into a folder the load deletes.
     */
    private CompletableFuture<Optional<PlanSnapshot>> snapshot(GitRepository git, String commitId, String planPath,
                                                               Executor executor) throws IOException {
        String key = inputs(git, commitId, planPath);
        CompletableFuture<Optional<PlanSnapshot>> known = loaded.get(key);
        if (known != null) {
            return known;
        }
        Path temp = Files.createTempDirectory("plandoc-history-");
        boolean present;
        try {
            present = git.materialise(commitId, planPath, temp);
            if (present) {
                for (String shared : shared(git, commitId, planPath)) {
                    git.materialise(commitId, shared, temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            PlanVersions.delete(temp);
            throw e;
        }
        CompletableFuture<Optional<PlanSnapshot>> snapshot = CompletableFuture.supplyAsync(() -> {
            try {
                return present ? load(temp.resolve(planPath), temp) : Optional.<PlanSnapshot>empty();
            } finally {
                try {
                    PlanVersions.delete(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, executor);
        loaded.put(key, snapshot);
        return snapshot;
    }

    /** load → compute, as the pipeline does, without the checks; empty when either stage cannot get through. */
    private Optional<PlanSnapshot> load(Path folder, Path root) {
        try {
            Problems problems = new Problems();
            Optional<Plan> plan = new PlanLoader(root).load(folder, problems);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            // A version without its whole header resolves to nothing: listed, not compared (as by diff).
            Optional<PlanResolver.WithFigures> resolved = PlanResolver.withoutProseChecks().keeping(widths).resolveWithFigures(plan.get(),
                    new IdIndex(plan.get()), problems);
            return plan.get().document().header().flatMap(header -> resolved.map(r -> new PlanSnapshot(plan.get(),
                    header, r.plan(), r.figures(), r.plan().labels())));
        } catch (RuntimeException e) {
            // An early version the current code cannot compute: listed, not compared.
            return Optional.empty();
        }
    }

    /** The result of work done on the pool, its failure as it would have been thrown on this thread. */
    private static ContentChange joined(CompletableFuture<ContentChange> change) throws IOException {
        try {
            return change.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Daemon threads: a build that fails elsewhere never waits for a history to end. */
    private static java.util.concurrent.ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "plandoc-history-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package plandoc.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * {@link PlanComparator} and said in one Vietnamese line by {@link ChangeSummary}.
 *
 * <p>A version is only loaded and computed (no checks: the comparison needs the document, not the
 * drafter's warnings), once per content: consecutive commits of a history share a side, so a history
 * of n commits costs n + 1 loads. A version this plandoc cannot read (an early draft in an older
 * format) makes its comparisons {@link ContentChange.Kind#NOT_COMPARED}: the history still lists it.
 */
public final class VersionSummaries implements ChangeSummarizer {
    private static final String ABSENT = "-";

    private final String version;
    private final ChangeSummary summary = new ChangeSummary(new Messages(Messages.VIETNAMESE));
    private final Messages vietnamese = new Messages(Messages.VIETNAMESE);
    private final PlanComparator comparator = new PlanComparator();
    /** The plan as loaded, by the ids of what it was loaded from (its folder's tree, the files beside it). */
    private final Map<String, Optional<PlanSnapshot>> loaded = new HashMap<>();
    /** {@link #inputs} and {@link #shared} by commit and plan folder. */
    private final Map<String, String> inputIds = new HashMap<>();
    private final Map<String, List<String>> sharedFiles = new HashMap<>();

    /** @param version the running plandoc's identity ({@code ToolVersion#fingerprint()}) */
    public VersionSummaries(String version) {
        this.version = version;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ContentChange summarize(GitRepository git, String planPath, List<String> parents, String commitId)
            throws IOException {
        String after = inputs(git, commitId, planPath);
        List<String> withPlan = new ArrayList<>();
        for (String parent : parents) {
            String before = inputs(git, parent, planPath);
            if (before.equals(after)) {
                // A merge that takes the plan as one side had it: that side's commits say what changed.
                return unchanged();
            }
            if (!before.startsWith(ABSENT)) {
                withPlan.add(parent);
            }
        }
        if (withPlan.isEmpty()) {
            return new ContentChange(ContentChange.Kind.FIRST, vietnamese.text("history.first"));
        }
        Optional<PlanSnapshot> from = snapshot(git, withPlan.get(0), planPath);
        Optional<PlanSnapshot> to = snapshot(git, commitId, planPath);
        if (from.isEmpty() || to.isEmpty()) {
            return new ContentChange(ContentChange.Kind.NOT_COMPARED, vietnamese.text("history.not-compared"));
        }
        try {
            return compared(from.get(), to.get(), planPath);
        } catch (RuntimeException e) {
            // A line of the history must never keep a document from being published; plandoc diff, which
            // runs the same comparison, shows the fault to whoever investigates.
            return new ContentChange(ContentChange.Kind.NOT_COMPARED, vietnamese.text("history.not-compared"));
        }
    }

    private ContentChange compared(PlanSnapshot from, PlanSnapshot to, String planPath) {
        PlanComparison comparison = comparator.compare(planPath, Revision.WORKING_TREE, from, Revision.WORKING_TREE, to);
        if (!comparison.isEmpty()) {
            return new ContentChange(ContentChange.Kind.CHANGED, summary.of(comparison));
        }
        // Nothing compared by id differs; the document may still print otherwise (a label, a heading's case,
        // a text appendix): said by where it differs, never passed off as unchanged.
        List<String> where = new PrintedDifference(vietnamese).where(from.resolved(), to.resolved());
        if (where.isEmpty()) {
            return unchanged();
        }
        String named = String.join(", ", where.subList(0, Math.min(ChangeSummary.NAMED, where.size())));
        int rest = where.size() - ChangeSummary.NAMED;
        return new ContentChange(ContentChange.Kind.CHANGED, vietnamese.text("history.printed",
                rest > 0 ? vietnamese.text("history.others", named, rest) : named));
    }

    private ContentChange unchanged() {
        return new ContentChange(ContentChange.Kind.UNCHANGED, vietnamese.text("history.unchanged"));
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

    /** The plan as committed, loaded once per content; empty when it cannot be read or computed. */
    private Optional<PlanSnapshot> snapshot(GitRepository git, String commitId, String planPath) throws IOException {
        String key = inputs(git, commitId, planPath);
        Optional<PlanSnapshot> known = loaded.get(key);
        if (known != null) {
            return known;
        }
        Path temp = Files.createTempDirectory("plandoc-history-");
        try {
            Optional<PlanSnapshot> snapshot = Optional.empty();
            if (git.materialise(commitId, planPath, temp)) {
                for (String shared : shared(git, commitId, planPath)) {
                    git.materialise(commitId, shared, temp);
                }
                snapshot = load(temp.resolve(planPath), temp);
            }
            loaded.put(key, snapshot);
            return snapshot;
        } finally {
            delete(temp);
        }
    }

    /** load → compute, as the pipeline does, without the checks; empty when either stage cannot get through. */
    private static Optional<PlanSnapshot> load(Path folder, Path root) {
        try {
            Problems problems = new Problems();
            Optional<Plan> plan = new PlanLoader(root).load(folder, problems);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            PlanResolver.WithFigures resolved = new PlanResolver().resolveWithFigures(plan.get(), new IdIndex(plan.get()),
                    problems);
            return Optional.of(new PlanSnapshot(plan.get(), resolved.plan(), resolved.figures(), resolved.plan().labels()));
        } catch (RuntimeException e) {
            // An early version the current code cannot compute: listed, not compared.
            return Optional.empty();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import plandoc.PlanOutcome;
import plandoc.compute.Standings;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.StandingNote;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.Standing;

/**
 * Replaced and expired documents across the plans of one check or build ({@link Standings}): each plan's
 * {@code hieu-luc.yaml} read, the standings attached to the plans' facts. A plan known by its site record whose
 * standing is no longer the one its page was made with (another document now replaces it, or the replacing one's
 * number or date changed) is read again, so that its page is made again; its files come out the same.
 */
public final class Retirements {
    private final PlanLoader loader;

    public Retirements(PlanLoader loader) {
        this.loader = loader;
    }

    /** {@code resolve}: reads a plan again (load → validate → compute). */
    public List<PlanOutcome> attach(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve) {
        List<Standings.Entry> entries = new ArrayList<>();
        Map<String, Problems> problems = new HashMap<>();
        boolean any = false;
        for (PlanOutcome o : outcomes) {
            Problems read = new Problems();
            Optional<StandingNote> note = loader.standing(o.folder(), read);
            // A recorded plan's own hieu-luc.yaml is unchanged since its record (its folder is in its key): its
            // problems are in the record.
            if (o.plan().isPresent() && !read.sorted().isEmpty()) {
                problems.put(o.slug(), read);
            }
            any |= note.isPresent() || o.record().map(r -> !r.info().standing().isEmpty()).orElse(false);
            entries.add(new Standings.Entry(o.slug(), info(o), note));
        }
        if (!any) {
            return outcomes;
        }
        Standings.Found found = Standings.find(entries, folders(outcomes), plandoc.validate.CheckDate.today());
        found.problems().forEach((slug, more) -> problems.computeIfAbsent(slug, s -> new Problems()).addAll(more));
        List<PlanOutcome> attached = new ArrayList<>();
        for (PlanOutcome o : outcomes) {
            Problems more = problems.get(o.slug());
            if (more != null) {
                o.problems().addAll(more);
            }
            if (more != null && more.hasErrors()) {
                attached.add(new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.empty(), o.record()));
                continue;
            }
            Standing standing = found.of(o.slug());
            PlanOutcome current = o;
            if (o.resolved().isEmpty() && o.record().isPresent() && !o.record().get().info().standing().equals(standing)) {
                current = resolve.apply(o.folder());
            }
            attached.add(current.resolved().isEmpty() ? current : new PlanOutcome(current.folder(), current.problems(),
                    current.plan(), current.resolved().map(r -> r.withStanding(standing)), current.record()));
        }
        return attached;
    }

    private static Optional<DocumentInfo> info(PlanOutcome o) {
        return o.resolved().map(ResolvedPlan::info).or(() -> o.record().map(SiteRecord::info));
    }

    /** The plans' own folder names and every plan folder beside them. */
    private static Set<String> folders(List<PlanOutcome> outcomes) {
        Set<String> names = new HashSet<>();
        outcomes.forEach(o -> names.add(o.slug()));
        PlanFolders.besides(outcomes).forEach(f -> names.add(f.getFileName().toString()));
        return names;
    }
}

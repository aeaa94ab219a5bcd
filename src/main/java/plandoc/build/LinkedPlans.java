package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import plandoc.PlanOutcome;
import plandoc.compute.Amendments;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.load.PlanLoader;
import plandoc.model.Amending;
import plandoc.model.Appendices;
import plandoc.model.Plan;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Related;
import plandoc.resolved.ResolvedPlan;

/**
 * The plans of one check or build linked to the documents they amend or correct ({@link Amendments}). A plan known
 * by its site record whose links are no longer those its page was made with (a new document amends it, or the other
 * document's number or date changed) is read again, so that its page is made again; its PDF is not changed by it.
 * <p>A plan with errors that the site keeps as published links as published (its site record): a typo in an amending
 * decision must not take "Được sửa đổi, bổ sung bởi" off the amended decision's page while the amendment stays on the
 * portal (s32 tryout H2).
 */
public final class LinkedPlans {
    private LinkedPlans() {
    }

    public static List<PlanOutcome> link(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve) {
        return link(outcomes, resolve, slug -> Optional.empty(), folder -> Optional.empty());
    }

    /**
     * @param published the site record of a plan as the site shows it, for a plan kept as published because of errors
     * @param read      a plan folder's plan as written (loaded only, its problems its own check's): the appendices of a
     *                  document another continues the numbers of ({@code start:}) when this run did not read it
     */
    public static List<PlanOutcome> link(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve,
                                         Function<String, Optional<SiteRecord>> published,
                                         Function<Path, Optional<Plan>> read) {
        List<PlanOutcome> current = new ArrayList<>(outcomes);
        Function<PlanOutcome, Optional<SiteRecord>> shown = o -> o.record()
                .or(() -> o.resolved().isEmpty() ? published.apply(o.slug()) : Optional.empty());
        if (current.stream().noneMatch(o -> linking(o, shown))) {
            return outcomes;
        }
        Function<Path, Appendices> appendices = continuedAppendices(current, read);
        Amendments.Links links = Amendments.link(linked(current, shown, appendices));
        boolean reread = false;
        for (int i = 0; i < current.size(); i++) {
            PlanOutcome o = current.get(i);
            Optional<Related> recorded = o.resolved().isEmpty() ? o.record().map(r -> r.info().related())
                    : Optional.empty();
            if (recorded.isPresent() && (!recorded.get().equals(links.of(o.slug()))
                    || links.problems().containsKey(o.slug()))) {
                current.set(i, resolve.apply(o.folder()));
                reread = true;
            }
        }
        Amendments.Links found = reread ? Amendments.link(linked(current, shown, appendices)) : links;
        return current.stream().map(o -> attached(o, found)).toList();
    }

    /** Whether the plan names a document, or its page lists one. */
    private static boolean linking(PlanOutcome o, Function<PlanOutcome, Optional<SiteRecord>> shown) {
        Amending named = amending(o, shown);
        return !named.amends().isEmpty() || !named.corrects().isEmpty()
                || shown.apply(o).map(r -> !r.info().related().isEmpty()).orElse(false);
    }

    private static PlanOutcome attached(PlanOutcome o, Amendments.Links links) {
        Problems more = links.problems().get(o.slug());
        if (more != null) {
            o.problems().addAll(more);
        }
        if (more != null && more.hasErrors()) {
            return new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.empty(), o.record());
        }
        Related related = links.of(o.slug());
        if (o.resolved().isEmpty() || o.resolved().get().info().related().equals(related)) {
            return o;
        }
        ResolvedPlan linked = o.resolved().get().withRelated(related);
        return new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.of(linked), o.record());
    }

    /**
     * Every plan as the links see it, and the plan folders beside them that this run did not read (a build or check
     * of one plan folder): those may be named, but are not cited.
     */
    private static List<Amendments.Linked> linked(List<PlanOutcome> outcomes,
                                                  Function<PlanOutcome, Optional<SiteRecord>> shown,
                                                  Function<Path, Appendices> appendices) {
        List<Amendments.Linked> linked = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (PlanOutcome o : outcomes) {
            Optional<DocumentInfo> info = o.resolved().map(ResolvedPlan::info).or(() -> shown.apply(o).map(SiteRecord::info));
            linked.add(new Amendments.Linked(o.slug(), info, amending(o, shown),
                    o.plan().map(Plan::appendices).orElseGet(() -> appendices.apply(o.folder()))));
            slugs.add(o.slug());
        }
        for (Path folder : PlanFolders.besides(outcomes)) {
            if (slugs.add(folder.getFileName().toString())) {
                linked.add(new Amendments.Linked(folder.getFileName().toString(), Optional.empty(), Amending.NONE,
                        appendices.apply(folder)));
            }
        }
        return linked;
    }

    /**
     * The appendices of a plan this run did not read — a folder beside a plan checked on its own, a plan known by its
     * site record — read from its folder when a plan read continues its numbers ({@code start:} and {@code amends:}
     * naming it), so that checking one plan warns of a gap as checking the content folder does (s34 review M2);
     * {@link Appendices#NONE} for any other, which nothing compares. Each folder read once.
     */
    private static Function<Path, Appendices> continuedAppendices(List<PlanOutcome> outcomes,
                                                                  Function<Path, Optional<Plan>> read) {
        Set<String> continued = new HashSet<>();
        outcomes.stream().flatMap(o -> o.plan().stream()).filter(p -> p.appendices().start().isPresent())
                .forEach(p -> p.document().amending().amends().forEach(t -> continued.add(t.slug())));
        Map<Path, Appendices> readNow = new HashMap<>();
        return folder -> folder.getFileName() == null || !continued.contains(folder.getFileName().toString())
                ? Appendices.NONE
                : readNow.computeIfAbsent(folder, f -> read.apply(f).map(Plan::appendices).orElse(Appendices.NONE));
    }

    /** What the plan names: as read, or as its record's page lists it (the published one's, for a plan kept as published). */
    private static Amending amending(PlanOutcome o, Function<PlanOutcome, Optional<SiteRecord>> shown) {
        Optional<SiteRecord> kept = o.resolved().isEmpty() ? shown.apply(o) : Optional.empty();
        if (o.plan().isPresent() && kept.isEmpty()) {
            return o.plan().get().document().amending();
        }
        Related related = kept.or(o::record).map(r -> r.info().related()).orElse(Related.NONE);
        SourcePosition at = SourcePosition.whole(o.folder().resolve(PlanLoader.PLAN_FILE).toString());
        return new Amending(targets(related, Related.Relation.AMENDS, at), targets(related, Related.Relation.CORRECTS, at));
    }

    private static List<Amending.Target> targets(Related related, Related.Relation relation, SourcePosition at) {
        return related.documents().stream().filter(d -> d.relation() == relation)
                .map(d -> new Amending.Target(d.slug(), at)).toList();
    }

    /** The plan folders beside the plans read (a content folder's listing; cheap, and made only when a plan links). */
}

package plandoc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.PlanSource;
import plandoc.build.PublishedVersion;
import plandoc.build.SiteUpdate;
import plandoc.compute.PlanResolver;
import plandoc.build.SiteRecord;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.history.FormerDraft;
import plandoc.history.Provenance;
import plandoc.load.PlanLoader;
import plandoc.model.Plan;
import plandoc.publish.Withholding;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.CheckDate;
import plandoc.validate.IdIndex;
import plandoc.validate.PlanValidator;
import plandoc.validate.SameNumbers;
import plandoc.validate.StaleIssueDate;

/**
 * The pipeline on one screen: load → validate → compute, plan by plan ({@link #resolve}); then
 * render → publish for the whole site ({@link #publish}). {@code check}, {@code build}, {@code serve}
 * and {@code diff} all read plans through {@link #resolve}; {@code build} and {@code serve} publish
 * through {@link #publish}. Nothing downstream reads the sources again. One instance per thread.
 */
public final class Generator {
    private final PlanLoader loader;
    private final LocalDate today = CheckDate.today();
    private final PlanValidator validator = new PlanValidator(today);
    private final PlanResolver resolver = new PlanResolver();
    private final DebugTrace debug = DebugTrace.fromEnvironment();
    /** Which plans this output leaves out: drafts or issued plans, secret plans. */
    private final Withholding withholding;

    public Generator(Path workingDirectory) {
        this(workingDirectory, false);
    }

    /** {@code draft}: {@code build --draft}, which prints the plans marked {@code draft: true}, and only those. */
    public Generator(Path workingDirectory, boolean draft) {
        this(workingDirectory, Withholding.build(draft));
    }

    private Generator(Path workingDirectory, Withholding withholding) {
        this.loader = new PlanLoader(workingDirectory);
        this.withholding = withholding;
    }

    /** The generator of {@code serve}'s preview, which shows drafts too, into its own folder (see {@link #publish}). */
    public static Generator preview(Path workingDirectory) {
        return new Generator(workingDirectory, Withholding.PREVIEW);
    }

    /** Every plan under a content directory, or the one plan when {@code dir} is a plan folder. */
    public List<PlanOutcome> resolveAll(Path dir) throws IOException {
        List<PlanOutcome> outcomes = new ArrayList<>();
        for (Path folder : loader.plansIn(dir)) {
            outcomes.add(resolve(folder));
        }
        return outcomes;
    }

    /** load → validate → compute. */
    public PlanOutcome resolve(Path folder) {
        Problems problems = new Problems();
        Optional<Plan> plan = loader.load(folder, problems);
        if (plan.isEmpty()) {
            return new PlanOutcome(folder, problems, Optional.empty(), Optional.empty());
        }
        IdIndex index = validator.validate(plan.get(), problems);
        StaleIssueDate.check(plan.get(), today, p -> FormerDraft.was(p.folder().resolve(PlanLoader.PLAN_FILE)), problems);
        // An error only the site as a whole prints (a bad url:) is reported, but the documents are still made.
        boolean sound = !problems.blocksDocuments();
        try {
            // None without the document's whole header: each missing field of it is an error.
            Optional<ResolvedPlan> resolved = resolver.resolve(plan.get(), index, problems);
            return new PlanOutcome(folder, problems, plan, problems.blocksDocuments() ? Optional.empty() : resolved);
        } catch (RuntimeException e) {
            // Computation tolerates what validation reported, but a plan with errors may still trip
            // it; those errors are the real story. On a sound plan this is a bug and must surface.
            if (sound) {
                throw e;
            }
            debug.swallowed(folder, e);
            return new PlanOutcome(folder, problems, plan, Optional.empty());
        }
    }

    /**
     * The check across plans, after each was resolved: an issued document whose issuer, number, symbol and year
     * another has ({@link SameNumbers}) takes the error, and is not built; a plan known by its site record only
     * names its place (read again for that). First each plan is linked to the documents it amends or corrects, and
     * those to it ({@link LinkedPlans}).
     */
    public List<PlanOutcome> acrossPlans(List<PlanOutcome> plans) {
        List<PlanOutcome> outcomes = LinkedPlans.link(plans, this::resolve);
        List<SameNumbers.Numbered> numbered = new ArrayList<>();
        for (PlanOutcome outcome : outcomes) {
            Optional<DocumentInfo> info = outcome.resolved().map(ResolvedPlan::info)
                    .or(() -> outcome.record().map(SiteRecord::info));
            if (info.isEmpty() || info.get().draft() || info.get().date().isEmpty()) {
                continue;
            }
            Supplier<SourcePosition> at = () -> outcome.plan().or(() -> loader.load(outcome.folder(), new Problems()))
                    .map(p -> p.document().numberAt()).orElse(SourcePosition.whole(outcome.folder().toString()));
            numbered.add(new SameNumbers.Numbered(outcome.slug(), info.get().issuer(), info.get().numberSymbol(),
                    info.get().date().get().getYear(), outcome.resolved().isPresent(), at));
        }
        Map<String, Problems> found = SameNumbers.check(numbered);
        if (found.isEmpty()) {
            return outcomes;
        }
        return outcomes.stream().map(o -> {
            Problems more = found.get(o.slug());
            if (more == null) {
                return o;
            }
            o.problems().addAll(more);
            return new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.empty(), o.record());
        }).toList();
    }

    /**
     * render → publish: every plan without errors as now written, every plan with errors as the site
     * last published it, and the agency view computed from exactly those, in one transaction of the
     * site ({@link SiteUpdate}); the plans this output withholds left out ({@link Withholding#sort}). The caller
     * holds the site's lock.
     */
    public BuildReport publish(List<PlanOutcome> outcomes, SiteUpdate site, Path out, Provenance provenance,
                               boolean clean, BuildProgress progress) {
        PublishedVersion published = new PublishedVersion(out);
        Withholding.Sorted<PlanSource> plans = withholding.sort(outcomes, slug -> published.read(slug, this),
                PlanSource::draft);
        return site.secret(plans.secret()).remade(published.remade())
                .update(plans.sources(), SiteUpdate.AgencyView.FROM_RECORDS, provenance, out, clean, progress)
                .withdrawing(plans.withdrawn());
    }
}

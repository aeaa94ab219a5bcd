package plandoc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.CitedPlans;
import plandoc.build.DocumentRegister;
import plandoc.build.LinkedPlans;
import plandoc.build.Retirements;
import plandoc.build.PlanSource;
import plandoc.build.PublishedVersion;
import plandoc.build.SiteRecord;
import plandoc.build.SiteUpdate;
import plandoc.build.StaleDatesLater;
import plandoc.compute.ChosenWidths;
import plandoc.compute.PlanResolver;
import plandoc.diagnostic.Problems;
import plandoc.history.FormerDraft;
import plandoc.history.Provenance;
import plandoc.load.PlanLoader;
import plandoc.model.Plan;
import plandoc.publish.Withholding;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.CheckDate;
import plandoc.validate.IdIndex;
import plandoc.validate.PlanValidator;
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
    private final PlanValidator validator;
    private final PlanResolver resolver;
    private final DebugTrace debug = DebugTrace.fromEnvironment();
    /** Which plans this output leaves out: drafts or issued plans, secret plans. */
    private final Withholding withholding;
    /** Whether this is the portal's build: an issued document dated after today is refused, not only warned of. */
    private final boolean publishing;
    /** A build's: the issue-date check's git question is answered once the provenance has read the logs. */
    private final Optional<StaleDatesLater> staleDatesLater;

    /** {@code check}'s (and {@code diff}'s, {@code serve}'s page lane): it publishes nothing. */
    public Generator(Path workingDirectory) {
        this(workingDirectory, Withholding.ISSUED, false);
    }

    /**
     * {@code build}'s. {@code draft}: {@code build --draft}, which prints the plans marked {@code draft: true}, and only
     * those; without it the build publishes the issued documents on the portal, and refuses one dated after today.
     */
    public Generator(Path workingDirectory, boolean draft) {
        this(workingDirectory, Withholding.build(draft), !draft);
    }

    private Generator(Path workingDirectory, Withholding withholding, boolean publishing) {
        this(new PlanLoader(workingDirectory), withholding, publishing, Optional.empty(), new PlanResolver());
    }

    private Generator(PlanLoader loader, Withholding withholding, boolean publishing,
                      Optional<StaleDatesLater> staleDatesLater, PlanResolver resolver) {
        this.loader = loader;
        this.validator = new PlanValidator(today, publishing);
        this.publishing = publishing;
        this.withholding = withholding;
        this.staleDatesLater = staleDatesLater;
        this.resolver = resolver;
    }

    /** The generator of {@code serve}'s preview, which shows drafts too, into its own folder (see {@link #publish}). */
    public static Generator preview(Path workingDirectory) {
        return new Generator(workingDirectory, Withholding.PREVIEW, false);
    }

    /** Every plan under a content directory, or the one plan when {@code dir} is a plan folder. */
    public List<PlanOutcome> resolveAll(Path dir) throws IOException {
        List<PlanOutcome> outcomes = new ArrayList<>();
        for (Path folder : loader.plansIn(dir)) {
            outcomes.add(resolve(folder));
        }
        return outcomes;
    }

    /**
     * This generator, whose issue-date check of each plan asks {@code later} instead of git, which answers it from
     * the build's provenance (issue 17: off the render's critical path, and the history walked once).
     */
    public Generator staleDatesLater(StaleDatesLater later) {
        return new Generator(loader, withholding, publishing, Optional.of(later), resolver);
    }

    /**
     * This generator, whose check reuses the tables' widths {@code widths} keeps: for {@code serve}, which checks the
     * same plan again on every save and owns what is kept across them.
     */
    public Generator keeping(ChosenWidths widths) {
        return new Generator(loader, withholding, publishing, staleDatesLater, resolver.keeping(widths));
    }

    /** load → validate → compute. */
    public PlanOutcome resolve(Path folder) {
        Problems problems = new Problems();
        Optional<Plan> plan = loader.load(folder, problems);
        if (plan.isEmpty()) {
            return new PlanOutcome(folder, problems, Optional.empty(), Optional.empty());
        }
        IdIndex index = validator.validate(plan.get(), problems);
        if (staleDatesLater.isPresent()) {
            staleDatesLater.get().ask(plan.get(), today, problems);
        } else {
            StaleIssueDate.check(plan.get(), today, p -> FormerDraft.was(p.folder().resolve(PlanLoader.PLAN_FILE)), problems);
        }
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
     * The checks across plans, after each was resolved: each plan linked to the documents it amends or corrects and
     * those to it ({@link LinkedPlans}), its prose's citations of the site's documents linked ({@link CitedPlans}),
     * the register of issued numbers ({@link DocumentRegister}), then replaced and
     * expired documents ({@link Retirements}).
     */
    public List<PlanOutcome> acrossPlans(List<PlanOutcome> outcomes) {
        return acrossPlans(outcomes, false);
    }

    /**
     * As above; {@code fromGit} (a build): git tells the original of a number given twice where no site record does
     * (s30 review R5), see {@link DocumentRegister}.
     */
    public List<PlanOutcome> acrossPlans(List<PlanOutcome> outcomes, boolean fromGit) {
        return acrossPlans(outcomes, fromGit, slug -> Optional.empty());
    }

    /**
     * As above; {@code published}: the site record of a plan as the site shows it, so that a plan kept as published
     * because of errors links as published ({@link LinkedPlans}).
     */
    public List<PlanOutcome> acrossPlans(List<PlanOutcome> outcomes, boolean fromGit,
                                         Function<String, Optional<SiteRecord>> published) {
        return acrossPlans(outcomes, fromGit, published, o -> false);
    }

    /**
     * As above; {@code reissued}: the plans the build re-issues if edited ({@code build --reissue}), which link the
     * site's documents as it publishes them now, not as they were first published ({@link CitedPlans}).
     */
    public List<PlanOutcome> acrossPlans(List<PlanOutcome> outcomes, boolean fromGit,
                                         Function<String, Optional<SiteRecord>> published,
                                         java.util.function.Predicate<PlanOutcome> reissued) {
        List<PlanOutcome> linked = CitedPlans.link(LinkedPlans.link(outcomes, this::resolve, published,
                folder -> loader.load(folder, new Problems())), this::resolve,
                o -> !o.withheldBy(withholding), published, reissued);
        return new Retirements(loader).attach(new DocumentRegister(loader, fromGit).check(linked), this::resolve);
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

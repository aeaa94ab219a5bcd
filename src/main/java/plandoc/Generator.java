package plandoc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.PlanSource;
import plandoc.build.PublishedVersion;
import plandoc.build.SiteRecord;
import plandoc.build.SiteUpdate;
import plandoc.compute.PlanResolver;
import plandoc.diagnostic.Problems;
import plandoc.history.Provenance;
import plandoc.load.PlanLoader;
import plandoc.load.SecrecyLine;
import plandoc.model.Plan;
import plandoc.model.Secrecy;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.StampView;
import plandoc.validate.IdIndex;
import plandoc.validate.PlanValidator;

/**
 * The pipeline on one screen: load → validate → compute, plan by plan ({@link #resolve}); then
 * render → publish for the whole site ({@link #publish}). {@code check}, {@code build}, {@code serve}
 * and {@code diff} all read plans through {@link #resolve}; {@code build} and {@code serve} publish
 * through {@link #publish}. Nothing downstream reads the sources again. One instance per thread.
 */
public final class Generator {
    private final PlanLoader loader;
    private final PlanValidator validator = new PlanValidator();
    private final PlanResolver resolver = new PlanResolver();
    /** {@code build --draft}: the plans marked {@code draft: true} printed as e-office drafts, and only those. */
    private final boolean draft;
    /** {@code serve}: a draft is previewed as written (its PDF downloadable), in the preview's own folder only. */
    private final boolean previewDrafts;

    public Generator(Path workingDirectory) {
        this(workingDirectory, false);
    }

    public Generator(Path workingDirectory, boolean draft) {
        this(workingDirectory, draft, false);
    }

    private Generator(Path workingDirectory, boolean draft, boolean previewDrafts) {
        this.loader = new PlanLoader(workingDirectory);
        this.draft = draft;
        this.previewDrafts = previewDrafts;
    }

    /** The generator of {@code serve}'s preview, which shows drafts too, into its own folder (see {@link #publish}). */
    public static Generator preview(Path workingDirectory) {
        return new Generator(workingDirectory, false, true);
    }

    /**
     * A draft ({@code document.draft: true}) is never published as issued: only a draft build
     * ({@code build --draft}, into its own output folder) prints it, and {@code serve} previews it. An
     * issued plan is never printed as a draft: the draft output holds what the e-office system is yet to
     * number, and an issued document sent to it again would be numbered twice.
     * Known from the plan as read, or — for a plan taken from its site record — from the record.
     *
     * <p>A document with a secrecy level ({@code document.secrecy}: Mật, Tối mật, Tuyệt mật) is withheld from every
     * build, plain or draft: a state secret is never published on the portal (Luật Bảo vệ bí mật nhà nước 2018), nor
     * put in the draft output meant for the e-office system, which is not for secrets either. {@code serve} previews
     * it on the officer's own computer, its PDF printable for distribution on paper.
     */
    public boolean withheld(PlanOutcome outcome) {
        return withholds(outcome.draft()) || !previewDrafts && outcome.secret();
    }

    /** Whether a plan that is (or is not) a draft stays out of this build's output. */
    private boolean withholds(boolean isDraft) {
        return !previewDrafts && isDraft != draft;
    }

    /**
     * One plan's outcome: its problems, the plan as loaded (when it could be read), and the resolved
     * document when it could be computed without errors.
     */
    public record PlanOutcome(Path folder, Problems problems, Optional<Plan> plan, Optional<ResolvedPlan> resolved,
                              Optional<SiteRecord> record) {
        public PlanOutcome(Path folder, Problems problems, Optional<Plan> plan, Optional<ResolvedPlan> resolved) {
            this(folder, problems, plan, resolved, Optional.empty());
        }

        public PlanOutcome(Path folder, Problems problems, Optional<ResolvedPlan> resolved) {
            this(folder, problems, Optional.empty(), resolved);
        }

        /**
         * A plan whose inputs are those the site was last built from: neither parsed nor checked, its
         * problems and site pages' data come from its record (issue 17).
         */
        public static PlanOutcome recorded(Path folder, SiteRecord record) {
            Problems problems = new Problems();
            record.problems().forEach(problems::add);
            return new PlanOutcome(folder, problems, Optional.empty(), Optional.empty(), Optional.of(record));
        }

        public String slug() {
            return folder.getFileName().toString();
        }

        /** Whether the plan, as read now or as its record says, is an e-office draft. */
        public boolean draft() {
            return plan.map(p -> p.document().draft())
                    .or(() -> resolved.map(r -> r.info().draft()))
                    .or(() -> record.map(r -> r.info().draft()))
                    .orElse(false);
        }

        /**
         * Whether the plan, as read now (or as computed), has a secrecy level. Not known from a site record: a
         * secret plan is never published, so no record of one is taken as the plan's current version.
         */
        public boolean secret() {
            return secrecy().isPresent();
        }

        /**
         * The secrecy level as written ("Tối mật"), when the plan as read has one; for a plan.yaml that could not be
         * read at all, the value of its {@code secrecy:} line ({@link SecrecyLine}).
         */
        public Optional<String> secrecy() {
            if (plan.isPresent()) {
                return plan.get().document().secrecy().map(Secrecy::label);
            }
            if (resolved.isPresent()) {
                return resolved.get().header().stamps().stream().filter(s -> s.kind().equals("secrecy")).findFirst()
                        .map(StampView::label);
            }
            return record.isPresent() ? Optional.empty() : SecrecyLine.in(folder);
        }
    }

    /** Every plan under a content directory, or the one plan when {@code dir} is a plan folder. */
    public List<PlanOutcome> resolveAll(Path dir) throws IOException {
        List<Path> folders = loader.plansIn(dir);
        List<PlanOutcome> outcomes = new ArrayList<>();
        for (Path folder : folders) {
            outcomes.add(resolve(folder));
        }
        return outcomes;
    }

    /** load → validate → compute. */
    public PlanOutcome resolve(Path folder) {
        Problems problems = new Problems();
        Optional<Plan> plan = loader.load(folder, problems);
        if (plan.isEmpty()) {
            return new PlanOutcome(folder, problems, Optional.empty());
        }
        IdIndex index = validator.validate(plan.get(), problems);
        boolean sound = !problems.hasErrors();
        try {
            ResolvedPlan resolved = resolver.resolve(plan.get(), index, problems);
            return new PlanOutcome(folder, problems, plan,
                    problems.hasErrors() ? Optional.empty() : Optional.of(resolved));
        } catch (RuntimeException e) {
            // Computation tolerates what validation reported, but a plan with errors may still trip
            // it; those errors are the real story. On a sound plan this is a bug and must surface.
            if (sound) {
                throw e;
            }
            return new PlanOutcome(folder, problems, plan, Optional.empty());
        }
    }

    /**
     * render → publish: every plan without errors as now written, every plan with errors as the site
     * last published it, and the agency view computed from exactly those, in one transaction of the
     * site ({@link SiteUpdate}). The caller holds the site's lock.
     *
     * <p>A plain build publishes no draft, whichever way it would come: checked now, taken from a
     * draft's record the output holds (a {@code build --draft} into the same folder, or a preview an
     * older plandoc's {@code serve} wrote into {@code site/}), or kept as the version the output last
     * showed (the same, or a published plan since turned back into a draft). A draft the output holds
     * is taken out in the same transaction, as a deleted plan is, and listed as withdrawn. A draft build
     * does the same with issued plans: a draft printed earlier and issued since is withdrawn from the
     * draft output. ({@code serve} writes into a folder of its own now, never into {@code site/}; this
     * still cleans a site an older plandoc's preview left drafts in.)
     *
     * <p>A secret plan ({@link #withheld}) takes the same path, in either build: a published plan marked secret since
     * is withdrawn in the same transaction — its page, files and old file names, its entries in the index, feed,
     * search data and data package — and listed as withdrawn; its signed PDFs leave the site ({@code SecretArchive}).
     */
    public BuildReport publish(List<PlanOutcome> outcomes, SiteUpdate site, Path out, Provenance provenance,
                               boolean clean, BuildProgress progress) {
        List<PlanSource> sources = new ArrayList<>();
        Set<String> drafts = new HashSet<>();
        Set<String> secret = new HashSet<>();
        PublishedVersion published = new PublishedVersion(out);
        for (PlanOutcome outcome : outcomes) {
            if (withheld(outcome)) {
                drafts.add(outcome.slug());
                if (outcome.secret()) {
                    secret.add(outcome.slug());
                }
            } else if (outcome.resolved().isPresent()) {
                sources.add(PlanSource.checked(outcome.folder(), outcome.resolved().get(), outcome.problems().sorted()));
            } else if (outcome.record().isPresent()) {
                sources.add(PlanSource.recorded(outcome.folder(), outcome.record().get(), PlanSource.Standing.CURRENT));
            } else {
                Optional<PlanSource> last = published.read(outcome.slug(), this);
                if (last.isPresent() && withholds(last.get().draft())) {
                    drafts.add(outcome.slug());
                } else {
                    last.ifPresent(sources::add);
                }
            }
        }
        return site.secret(secret).update(sources, true, provenance, out, clean, progress).withdrawing(drafts);
    }
}

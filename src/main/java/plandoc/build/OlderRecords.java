package plandoc.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.PlanOutcome;
import plandoc.load.PlanLoader;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Site records an older plandoc wrote ({@link SiteRecord#current()} false). What the site pages take from a record —
 * the index entry and its total, the search words, the agency work — is what that plandoc computed: session 20 counted
 * an agency's money in a plan otherwise, and a one-plan build showed 424's Sở TNMT with the old 459.943 from its
 * record. A build that does not render such a plan (a build of another plan folder) makes its record again from the
 * plan's published sources ({@link SiteUpdate#PUBLISHED}): the very files the record was made from, staged with it in
 * one transaction, so they are its sources whatever {@code content/} holds now. They are loaded, checked and computed
 * by this plandoc; nothing is rendered, so the plan's published files stay byte for byte as they are. What only the
 * published files can say is kept from the old record: its key, files, old names, version, history and file stem.
 */
final class OlderRecords {
    private OlderRecords() {
    }

    /** Where the published sources of {@code record}'s plan are, when the site still has them. */
    static Optional<Path> sources(Path out, SiteRecord record) {
        Path folder = SiteUpdate.lastGoodFolder(out, record.slug());
        return PlanLoader.isPlanFolder(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * {@code old} made again from {@code published}, its published sources as this plandoc resolved them; empty when
     * they have errors now (a rule added since): the plan then keeps its old record, and the build says so.
     */
    static Optional<SiteRecord> remade(SiteRecord old, PlanOutcome published) {
        Optional<ResolvedPlan> plan = published.resolved().filter(p -> p.info().slug().equals(old.slug()));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        SiteRecord made = SiteRecord.of(old.key(), old.folder(), plan.get(), old.links(), List.of(), old.problems(),
                old.files(), old.version());
        DocumentInfo i = made.info();
        // The stem the published files are named by: the next render keeps them as old names when it differs.
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.shortDate(), i.kindName(),
                i.title(), i.issuer(), old.info().fileStem(), i.funding(), i.issuerIdentifier(), i.subject(),
                old.info().standing(), old.info().related(), old.info().cited());
        PlanSummary s = made.summary();
        // The versions the feed lists: read from git when the plan was published, not by a build of another plan.
        PlanSummary summary = new PlanSummary(s.slug(), s.numberSymbol(), s.date(), s.shortDate(), s.kind(), s.title(),
                s.issuer(), s.agencies(), s.totalDong(), s.fundingLine(), s.links(), s.words(), old.summary().changes(),
                s.tables(), PortalWording.WORDS).withEdited(old.summary().edited().or(s::edited))
                .withSignatures(old.summary().signatures(), PortalWording.WORDS);
        // Read back from its bytes, as every record the site pages are made from.
        return SiteRecords.parse(SiteRecords.bytes(new SiteRecord(old.slug(), old.key(), old.folder(), info, summary,
                made.agencyWork(), old.problems(), old.files(), old.version(), old.aliases()).withArchived(old.archived())));
    }
}

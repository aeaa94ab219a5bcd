package plandoc.build;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import plandoc.diagnostic.Problem;
import plandoc.history.HistoryEntry;
import plandoc.history.SourceVersion;
import plandoc.render.html.PlanLinks;
import plandoc.render.portal.PlanSummaries;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Everything the site-level pages need from one published plan, kept beside the site in
 * {@code .plandoc/records/<slug>.json} under the plan's input key (issue 17, issue 16): its index
 * entry, search text, feed and sitemap entries and data-package tables ({@link PlanSummary}), its
 * agency work, the problems {@code check} reported, and the files its folder holds. A build whose
 * plan has the same key reads this instead of parsing, checking and computing the plan again; the
 * site pages are always assembled from records, so they come out the same either way — and the same
 * when shards built by separate processes are merged.
 *
 * @param key     the plan's input key (as in {@code .plandoc-cache.json}) the record was made under
 * @param folder  the plan folder as the check printed it (problems name files under it)
 * @param files   the files of the plan's folder in the site, with their sizes
 * @param version the version the plan's page and PDF name (its own commit, dirty or not); empty outside git.
 *                Kept so that the index describes what is published when this version stays published
 *                after the plan's sources got errors
 * @param aliases earlier names of the plan's files kept as copies of the current ones (old name → current name,
 *                both in {@code files}): "5-KH-UBND.pdf" → "05-KH-UBND.pdf" once its number printed "05", so links
 *                made to the old name keep working ({@link KeptNames})
 * @param archived the earlier versions of the document the site keeps and its page links (s32: {@code --reissue},
 *                 {@code --replace-signed}), oldest first; none on a record written before s32, whose versions are
 *                 read from the archive's file names once ({@link IssuedFreeze#versions})
 * @param format  the record format ({@link SiteRecords#CURRENT}) of the plandoc that computed it: a lower one's
 *                figures are an older plandoc's ({@link OlderRecords})
 */
public record SiteRecord(String slug, String key, String folder, DocumentInfo info, PlanSummary summary,
                         List<AgencyWork> agencyWork, List<Problem> problems, List<BuildCache.OutputFile> files,
                         Optional<SourceVersion> version, SortedMap<String, String> aliases,
                         List<ArchivedVersion> archived, int format) {
    public SiteRecord {
        archived = List.copyOf(archived);
        agencyWork = List.copyOf(agencyWork);
        problems = List.copyOf(problems);
        files = List.copyOf(files);
        aliases = Collections.unmodifiableSortedMap(new TreeMap<>(aliases));
    }

    /** A record this plandoc makes. */
    public SiteRecord(String slug, String key, String folder, DocumentInfo info, PlanSummary summary,
                      List<AgencyWork> agencyWork, List<Problem> problems, List<BuildCache.OutputFile> files,
                      Optional<SourceVersion> version, SortedMap<String, String> aliases) {
        this(slug, key, folder, info, summary, agencyWork, problems, files, version, aliases, List.of(),
                SiteRecords.CURRENT);
    }

    public SiteRecord(String slug, String key, String folder, DocumentInfo info, PlanSummary summary,
                      List<AgencyWork> agencyWork, List<Problem> problems, List<BuildCache.OutputFile> files,
                      Optional<SourceVersion> version) {
        this(slug, key, folder, info, summary, agencyWork, problems, files, version, new TreeMap<>());
    }

    public SiteRecord(String slug, String key, String folder, DocumentInfo info, PlanSummary summary,
                      List<AgencyWork> agencyWork, List<Problem> problems, List<BuildCache.OutputFile> files) {
        this(slug, key, folder, info, summary, agencyWork, problems, files, Optional.empty());
    }

    /** The same record with these old names kept. */
    public SiteRecord withAliases(SortedMap<String, String> kept) {
        return new SiteRecord(slug, key, folder, info, summary, agencyWork, problems, files, version, kept, archived,
                format);
    }

    /** The same record, the site keeping these earlier versions of the document. */
    public SiteRecord withArchived(List<ArchivedVersion> versions) {
        return new SiteRecord(slug, key, folder, info, summary, agencyWork, problems, files, version, aliases, versions,
                format);
    }

    /** The same record, its published PDF carrying {@code signatures} (read when it was published). */
    public SiteRecord withSignatures(List<plandoc.resolved.DigitalSignature> signatures) {
        return new SiteRecord(slug, key, folder, info, summary.withSignatures(signatures, PortalWording.WORDS),
                agencyWork, problems, files, version, aliases, archived, format);
    }

    /** Whether this plandoc computed it: its format is the one this plandoc writes. */
    public boolean current() {
        return format == SiteRecords.CURRENT;
    }

    /** The record of a plan just resolved and rendered, its page naming {@code version}. */
    public static SiteRecord of(String key, String folder, ResolvedPlan plan, PlanLinks links, List<HistoryEntry> history,
                                List<Problem> problems, List<BuildCache.OutputFile> files, Optional<SourceVersion> version) {
        return new SiteRecord(plan.info().slug(), key, folder, plan.info(),
                PlanSummaries.of(plan, links, history, PortalWording.WORDS).withEdited(SourcesEdited.of(plan, version)),
                plan.agencyWork(), problems, files, version);
    }

    /** As above, outside git. */
    public static SiteRecord of(String key, String folder, ResolvedPlan plan, PlanLinks links, List<HistoryEntry> history,
                                List<Problem> problems, List<BuildCache.OutputFile> files) {
        return of(key, folder, plan, links, history, problems, files, Optional.empty());
    }

    public PlanLinks links() {
        return summary.links();
    }

    /** Where a plan's record is kept, from the site root. */
    public static String path(String slug) {
        return SiteRecords.FOLDER + "/" + slug + ".json";
    }
}

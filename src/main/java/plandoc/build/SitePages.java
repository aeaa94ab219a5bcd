package plandoc.build;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import plandoc.history.Provenance;
import plandoc.history.SourceVersion;
import plandoc.compute.AgencyDirectory;
import plandoc.compute.AgencyLabels;
import plandoc.compute.IndexFunding;
import plandoc.compute.SignatureWording;
import plandoc.render.AgencyPages;
import plandoc.render.GuidePage;
import plandoc.render.RenderException;
import plandoc.render.html.IndexEntry;
import plandoc.render.html.PlanLinks;
import plandoc.render.html.IndexPage;
import plandoc.render.html.SourceView;
import plandoc.render.portal.PlanSummary;
import plandoc.render.RenderSettings;
import plandoc.render.portal.PortalFiles;
import plandoc.render.portal.SearchData;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.DocumentInfo;

/**
 * The site-level pages made from the published plans' records — the agency view, the index and the
 * site-wide files beside it — by {@link SiteUpdate} when it stages them and by {@link SitePagesAhead}
 * while the plans render: one code for both, so both make the same bytes.
 */
final class SitePages {
    private SitePages() {
    }

    /** What of a record the site pages print: its slug, document, summary, agency work and version. */
    record Basis(String slug, DocumentInfo info, PlanSummary summary, List<AgencyWork> agencyWork,
                 java.util.Optional<SourceVersion> version) {
    }

    static List<Basis> basis(List<SiteRecord> records) {
        return records.stream().map(r -> new Basis(r.slug(), r.info(), r.summary(), r.agencyWork(), r.version()))
                .toList();
    }

    /**
     * The index's footer: the site's commit as published — dirty only for uncommitted files that are published
     * (beside the plans, or in a plan whose page names them), not for the edits of a plan with errors whose
     * last good version stays published — and the plans shown at another version than that commit holds.
     * A record without a version (written by an older plandoc) counts as the plan's folder as it now is.
     */
    static SourceView siteSource(Provenance provenance, List<SiteRecord> records) {
        List<SourceVersion> printed = new ArrayList<>();
        List<Map.Entry<String, SourceVersion>> older = new ArrayList<>();
        for (SiteRecord r : records) {
            SourceVersion now = provenance.plans().get(r.slug());
            Optional<SourceVersion> shown = r.version().or(() -> Optional.ofNullable(now));
            shown.ifPresent(printed::add);
            if (now != null && shown.isPresent() && !shown.get().commitId().equals(now.commitId())) {
                older.add(Map.entry(r.info().numberSymbol(), shown.get()));
            }
        }
        return SourceView.site(provenance.published(printed), older);
    }

    /**
     * The agency view gathered from the records, its figures and words in the chrome's language; none when the site
     * has no agency view.
     */
    static List<AgencyPage> agencies(List<SiteRecord> records, boolean agencyView, Renderers renderers) {
        return agencyView ? new AgencyDirectory(renderers.settings().language()).gather(records.stream()
                .map(r -> new AgencyDirectory.PlanWork(r.info(), r.agencyWork(), r.summary().signatures())).toList())
                : List.of();
    }

    /** The agency view's page. */
    static byte[] agencyPage(List<AgencyPage> agencies, Renderers renderers) throws RenderException {
        return new AgencyPages().render(agencies, renderers.indexTemplates(), renderers.settings().portalName());
    }

    /** The files of the plan's folder in the site, bytes by name, as its record says (a signed PDF's own size). */
    static Map<String, Long> sizes(SiteRecord record) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        record.files().forEach(f -> sizes.put(f.name(), f.size()));
        return sizes;
    }

    /** The plan's downloads with their sizes, worded in the chrome's language (F8). */
    private static PlanLinks sizedLinks(SiteRecord record, Renderers renderers) {
        return record.links().withSizes(sizes(record), new plandoc.render.html.DownloadLabels(renderers.settings().siteText()));
    }

    /** The index page, linking the agency view when {@code linkAgencies}. */
    static byte[] index(List<SiteRecord> records, boolean linkAgencies, SourceView source, Renderers renderers)
            throws RenderException {
        Map<String, String> funding = funding(records, renderers);
        // The search data's order, so the page lists the same first rows with JavaScript off as with it on.
        List<IndexEntry> entries = records.stream()
                .sorted(Comparator.comparing(SiteRecord::summary, plandoc.render.portal.SearchData.NEWEST_FIRST))
                .map(r -> new IndexEntry(r.info(), sizedLinks(r, renderers), funding.get(r.slug()),
                        SignatureWording.of(r.summary().signatures(), renderers.settings().language()))).toList();
        String html = renderers.indexTemplates().render(SiteWideFiles.INDEX_TEMPLATE, new IndexPage(entries,
                SiteWideFiles.ASSETS + "/", linkAgencies ? AgencyPages.PATH : "", source.shownOn(renderers.settings().draftBuild()),
                renderers.settings().portalName(),
                renderers.settings().siteText(), searchExample(records), searchExampleNarrow(records),
                renderers.settings().guidePublished() ? GuidePage.PATH : "", searchHint(records)), "");
        return Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the search box suggests: the newest issued plan's number and the agency with the most work in it, so
     * every province's portal shows its own documents ("424/QĐ-UBND, Sở Thông tin và Truyền thông"). The newest,
     * as the index lists it first.
     */
    static String searchExample(List<SiteRecord> records) {
        Optional<SiteRecord> first = newestIssued(records);
        if (first.isEmpty()) {
            return "";
        }
        Map<String, Long> work = first.get().agencyWork().stream().filter(w -> !w.group())
                .collect(Collectors.groupingBy(AgencyWork::agencyName, LinkedHashMap::new, Collectors.counting()));
        // The most tasks; among equals, the first named in the document (the map keeps that order).
        Optional<String> agency = work.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
        return first.get().info().numberSymbol() + agency.map(a -> ", " + a).orElse("");
    }

    /** What a phone's search box suggests: the newest issued plan's number alone, which fits at 390 px. */
    static String searchExampleNarrow(List<SiteRecord> records) {
        return newestIssued(records).map(r -> r.info().numberSymbol()).orElse("");
    }

    /** The newest issued plan, the first the index lists; none when every plan is a draft. */
    private static Optional<SiteRecord> newestIssued(List<SiteRecord> records) {
        return records.stream().filter(r -> !r.info().draft() && r.info().date().isPresent())
                .min(Comparator.comparing(SiteRecord::summary, plandoc.render.portal.SearchData.NEWEST_FIRST));
    }

    /** The examples of a search that finds nothing: the newest issued plan's number and words of its title. */
    static Optional<plandoc.resolved.SearchHint> searchHint(List<SiteRecord> records) {
        List<String> titles = records.stream().map(r -> r.info().title()).toList();
        return newestIssued(records).flatMap(r -> plandoc.compute.SearchHints.of(r.info().numberSymbol(),
                r.info().title(), titles));
    }

    /** The search data, feed, sitemap and data package, by their path in the site. */
    static Map<String, byte[]> portal(List<SiteRecord> records, boolean linkAgencies, Renderers renderers) {
        return portal(records, renderers, unsizedPortal(records, linkAgencies, renderers));
    }

    /**
     * As above, the files that print no download's size taken from {@code unsized}: made from records that say what
     * {@code records} say but for their files' sizes ({@link SitePagesAhead}).
     */
    static Map<String, byte[]> portal(List<SiteRecord> records, Renderers renderers, PortalFiles.Unsized unsized) {
        RenderSettings settings = renderers.settings();
        return portalFiles(renderers).write(summaries(records, renderers), settings.siteUrl(), settings.portal(),
                settings.historyShown(), new plandoc.render.html.DownloadLabels(settings.siteText()),
                new SearchData(funding(records, renderers), signedMarks(records, renderers), agencyLabels(records),
                        standingMarks(records, renderers)), standingMarks(records, renderers), unsized);
    }

    /** The search index, sitemap and data package: the site-wide files that print no download's size. */
    static PortalFiles.Unsized unsizedPortal(List<SiteRecord> records, boolean linkAgencies, Renderers renderers) {
        // Sizes only in the links of the summaries: those of these records are not sized.
        return portalFiles(renderers).unsized(summaries(records, renderers), linkAgencies ? AgencyPages.PATH : "",
                renderers.settings().siteUrl(), renderers.settings().portal(), standingMarks(records, renderers));
    }

    private static PortalFiles portalFiles(Renderers renderers) {
        return new PortalFiles(plandoc.compute.PortalLabelling.openData(), renderers.settings().dataLicence());
    }

    /**
     * The marks of the replaced or expired documents and of those amending, correcting, amended or corrected, by slug,
     * in the chrome's language.
     */
    private static Map<String, plandoc.resolved.StandingMark> standingMarks(List<SiteRecord> records, Renderers renderers) {
        Map<String, plandoc.resolved.StandingMark> marks = new java.util.HashMap<>();
        records.forEach(r -> plandoc.compute.StandingWording.of(r.info().standing(), r.info().related(),
                        renderers.settings().language())
                .ifPresent(mark -> marks.put(r.slug(), mark)));
        return marks;
    }

    /** The records' summaries as the portal's files print them: their downloads sized, their edits clamped. */
    private static List<PlanSummary> summaries(List<SiteRecord> records, Renderers renderers) {
        return SourcesEdited.clamped(records.stream().map(r -> r.summary().withLinks(sizedLinks(r, renderers))).toList(),
                renderers.settings().sourceDateEpoch());
    }

    /** The agencies' names as the agency view prints them, by id: the index's filter lists the same entries. */
    private static Map<String, String> agencyLabels(List<SiteRecord> records) {
        AgencyLabels labels = new AgencyLabels();
        records.forEach(r -> r.summary().agencies().forEach(a -> labels.add(a.id(), a.name(), r.info().issuer())));
        return labels.byId();
    }

    /** The signed marks of the plans whose PDF is digitally signed, by slug, in the chrome's language. */
    private static Map<String, plandoc.resolved.SignedMark> signedMarks(List<SiteRecord> records, Renderers renderers) {
        Map<String, plandoc.resolved.SignedMark> marks = new java.util.HashMap<>();
        records.forEach(r -> SignatureWording.of(r.summary().signatures(), renderers.settings().language())
                .ifPresent(mark -> marks.put(r.slug(), mark)));
        return marks;
    }

    /** Each plan's total as the index and the search data print it, in the chrome's form. */
    private static Map<String, String> funding(List<SiteRecord> records, Renderers renderers) {
        return IndexFunding.bySlug(records.stream().map(SiteRecord::info).toList(), renderers.settings().figureForm());
    }
}

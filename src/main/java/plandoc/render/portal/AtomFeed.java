package plandoc.render.portal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import plandoc.render.html.DataFile;

/**
 * {@code feed.xml} (Atom, RFC 4287): the plans published and amended, most recent first. When the
 * content is in git an entry's {@code updated} is the last commit that touched the plan's folder and its
 * summary names that commit; outside git it is the document's date. The feed's own {@code updated} is
 * the newest entry's, so rebuilding the same commit gives the same bytes. Ids are name-based UUIDs of
 * the plan folder: a plan keeps its id across builds, renames of the site and amendments.
 */
public final class AtomFeed {
    public static final String FILE = "feed.xml";
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** A feed reader needs the recent changes, not the whole register of a province. */
    static final int MAX_ENTRIES = 200;
    /** Documents are dated in Vietnam: a date alone means that day in Indochina Time. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** The scheme of a replaced or expired entry's status category ("replaced", "expired"), beside its kind's. */
    static final String STATUS_SCHEME = "urn:plandoc:status";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public byte[] write(List<PlanSummary> plans, Optional<URI> site) {
        return write(plans, site, Optional.empty());
    }

    /** {@code portal}: the feed is titled with the portal's name, as readers list their subscriptions. */
    public byte[] write(List<PlanSummary> plans, Optional<URI> site, Optional<String> portal) {
        return write(plans, site, portal, true);
    }

    /**
     * @param history whether the site lists plans' versions (province.yaml {@code history:}): without it an
     *                entry does not name its last version's change either; it is still dated by it
     */
    public byte[] write(List<PlanSummary> plans, Optional<URI> site, Optional<String> portal, boolean history) {
        return write(plans, site, portal, history, plandoc.render.html.DownloadLabels.vietnamese());
    }

    /**
     * As {@link #write(List, Optional, Optional, boolean)}, the feed's title and the links' titles in the site
     * chrome's language ({@code --lang}) as the plans' other downloads are; the entries are Vietnamese documents,
     * so under an English feed each says so ({@code xml:lang="vi"}) and its links' titles are marked English.
     */
    public byte[] write(List<PlanSummary> plans, Optional<URI> site, Optional<String> portal, boolean history,
                        plandoc.render.html.DownloadLabels labels) {
        return write(plans, site, portal, history, labels, java.util.Map.of());
    }

    /** @param standings replaced or expired documents' marks, by slug: their entry's summary begins with the note */
    public byte[] write(List<PlanSummary> plans, Optional<URI> site, Optional<String> portal, boolean history,
                        plandoc.render.html.DownloadLabels labels,
                        java.util.Map<String, plandoc.resolved.StandingMark> standings) {
        List<PlanSummary> dated = plans.stream().filter(p -> lastChange(p).isPresent())
                .sorted(Comparator.comparing((PlanSummary p) -> lastChange(p).get().toInstant()).reversed()
                        .thenComparing(PlanSummary::slug))
                .limit(MAX_ENTRIES).toList();
        XmlOutput xml = new XmlOutput(NAMESPACE, "feed").xmlAttribute("lang", labels.language());
        site.ifPresent(base -> xml.xmlAttribute("base", base.toString()));
        xml.text("id", site.map(URI::toString).orElse(uuid("site")))
                .text("title", labels.feedTitle() + portal.map(name -> " — " + name).orElse(""))
                .text("updated", dated.isEmpty() ? "1970-01-01T00:00:00Z" : format(lastChange(dated.get(0)).get()));
        xml.empty("link").attribute("rel", "self").attribute("type", "application/atom+xml").attribute("href", FILE);
        xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", "index.html");
        xml.text("generator", "plandoc");
        for (PlanSummary plan : dated) {
            entry(xml, plan, history, labels, Optional.ofNullable(standings.get(plan.slug())));
        }
        return xml.finish();
    }

    private static void entry(XmlOutput xml, PlanSummary plan, boolean history, plandoc.render.html.DownloadLabels labels,
                              Optional<plandoc.resolved.StandingMark> standing) {
        xml.start("entry");
        boolean english = !labels.language().equals(plandoc.render.html.SiteText.DOCUMENT_LANGUAGE);
        if (english) {
            xml.xmlAttribute("lang", plandoc.render.html.SiteText.DOCUMENT_LANGUAGE);
        }
        xml.text("id", uuid(entryName(plan)))
                .text("title", plan.labels().entryTitle())
                .text("updated", format(lastChange(plan).get()));
        plan.date().ifPresent(date -> xml.text("published", format(date.atTime(LocalTime.MIDNIGHT).atOffset(VIETNAM))));
        xml.start("author").text("name", plan.issuer()).end();
        xml.empty("category").attribute("term", plan.kind());
        xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", plan.links().page());
        xml.empty("link").attribute("rel", "enclosure").attribute("type", "application/pdf")
                .attribute("title", labels.pdf()).attribute("href", plan.links().pdf());
        // RFC 4287 4.2.7.6: the enclosure's length in bytes, which a reader's feed client shows before it downloads.
        plan.links().bytesOf(plan.links().pdf()).ifPresent(length -> xml.attribute("length", Long.toString(length)));
        chrome(xml, english);
        xml.empty("link").attribute("rel", "related").attribute("type", "application/json")
                .attribute("title", labels.json()).attribute("href", plan.links().json());
        chrome(xml, english);
        for (DataFile csv : plan.links().csv()) {
            xml.empty("link").attribute("rel", "related").attribute("type", mediaType(csv.href())).attribute("title", csv.label())
                    .attribute("href", csv.href());
            chrome(xml, english);
        }
        standing.ifPresent(mark -> standingLinks(xml, mark));
        // On a site not listing versions the summary does not name the last one; the entry is still dated by it.
        Optional<String> change = history ? plan.labels().lastChange() : Optional.empty();
        xml.text("summary", standing.map(s -> s.entryNote() + " ").orElse("") + plan.labels().summary()
                + change.map(c -> " " + c).orElse(""));
        xml.end();
    }

    /**
     * A replaced or expired document's status as a category a portal can filter on, and each other document of the
     * site it stands with (replaced by, amends, amended by …) as a related link to its page, titled in the entry's
     * language with the relation and the other document's citation.
     */
    private static void standingLinks(XmlOutput xml, plandoc.resolved.StandingMark mark) {
        if (!mark.standing().status().isEmpty()) {
            xml.empty("category").attribute("scheme", STATUS_SCHEME).attribute("term", mark.standing().status())
                    .attribute("label", mark.shortNote());
        }
        for (plandoc.resolved.StandingMark.Link link : mark.links()) {
            xml.empty("link").attribute("rel", "related").attribute("type", "text/html").attribute("title", link.title())
                    .attribute("href", link.page());
        }
    }

    /** A link's title in an English feed is the chrome's English inside a Vietnamese entry. */
    private static void chrome(XmlOutput xml, boolean english) {
        if (english) {
            xml.xmlAttribute("lang", "en");
        }
    }

    /** The list holds the Word and Excel files, separate appendix PDFs and the e-document record besides the CSVs. */
    private static String mediaType(String href) {
        return plandoc.render.MediaTypes.of(href).orElse("text/csv");
    }

    /**
     * The plan's last commit, else its document date (midnight in Vietnam); empty for an undated plan outside git. An
     * edit no commit dates ({@link PlanSummary#edited}: figures corrected outside git, or not committed yet) is taken
     * when it is later: a feed reader then sees the entry changed, a search engine the page (s23 review L1).
     */
    static Optional<OffsetDateTime> lastChange(PlanSummary plan) {
        Optional<OffsetDateTime> dated = committedOrIssued(plan);
        Optional<OffsetDateTime> edited = plan.edited().map(at -> at.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        if (edited.isPresent() && dated.map(d -> d.isBefore(edited.get())).orElse(true)) {
            return edited;
        }
        return dated;
    }

    private static Optional<OffsetDateTime> committedOrIssued(PlanSummary plan) {
        if (!plan.changes().isEmpty()) {
            return Optional.of(plan.changes().get(0).when().toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        }
        return plan.date().map(date -> date.atTime(LocalTime.MIDNIGHT).atOffset(VIETNAM));
    }

    /** In Vietnam time, as the issue dates and edit times are: a commit's own offset ("Z") read as a second zone (s24 tryout). */
    private static String format(OffsetDateTime time) {
        return TIME.format(time.withOffsetSameInstant(VIETNAM));
    }

    /**
     * What an entry's id names: an issued document is its issuer's number, symbol and year (the register gives each
     * once a year), so renaming its folder does not make it a new item to feed readers (s30 tryout F8); a draft, which
     * has no number yet, is its folder.
     */
    static String entryName(PlanSummary plan) {
        if (plan.numberSymbol().startsWith("/") || plan.date().isEmpty()) {
            return plan.slug();
        }
        return "issued:" + plan.issuer() + "\u0000" + plan.numberSymbol() + "\u0000" + plan.date().get().getYear();
    }

    private static String uuid(String name) {
        return "urn:uuid:" + nameUuid(("plandoc:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link UUID#nameUUIDFromBytes} (version 3, MD5) with one digest for the whole feed instead of a
     * provider look-up per entry (issue 17); {@code PortalFilesTest} holds the two equal.
     */
    static UUID nameUuid(byte[] name) {
        byte[] md5 = MD5.get().digest(name);
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30); // version 3
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (md5[i] & 0xff);
            least = (least << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static final ThreadLocal<java.security.MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new InternalError("MD5 not supported", e); // every JDK has it; UUID says the same
        }
    });
}

package plandoc.render.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import plandoc.render.html.PlanLinks;
import plandoc.resolved.DigitalSignature;
import plandoc.resolved.PortalEntryLabels;

/**
 * What the site-wide files say about one published plan.
 *
 * @param shortDate the date as the index prints it, "28/12/2012"; empty for a plan not dated
 * @param fundingLine the plan's total funding as printed ("724,90 tỷ đồng"); empty for a plan without a budget
 * @param links     the plan's files as seen from the site root ("slug/index.html" …)
 * @param agencies  the registered agencies the plan gives work to, in the plan's order, each once
 * @param totalDong the plan's total funding in đồng (for sorting across units), when it has a budget
 * @param words     every distinct word of the plan's text, in reading order (what full-text search indexes)
 * @param changes   the commits that changed the plan's document, newest first (empty outside git)
 * @param tables    the plan's tidy budget tables (open data), in the plan's order
 * @param labels    what the feed and the open data call the plan, worded by compute from the fields above
 * @param edited    when its sources were last edited with no commit to date the edit (outside git, or uncommitted):
 *                  the latest modification time of the files it is made from (build.SourcesEdited); the feed and the
 *                  sitemap date the plan by it when it is later than its last commit or its issue (s23 review L1)
 * @param signatures the valid digital signatures of its published PDF, read from it when it was published: the feed's
 *                  entry and the open data say it is signed, by whom and when
 */
public record PlanSummary(String slug, String numberSymbol, Optional<LocalDate> date, Optional<String> shortDate,
                          String kind, String title, String issuer, List<AgencyName> agencies,
                          Optional<BigDecimal> totalDong, Optional<String> fundingLine, PlanLinks links, String words, List<Change> changes,
                          List<DataTable> tables, PortalEntryLabels labels, Optional<ZonedDateTime> edited,
                          List<DigitalSignature> signatures) {
    public PlanSummary {
        java.util.Objects.requireNonNull(shortDate, "shortDate: Optional.empty() for a plan not dated");
        java.util.Objects.requireNonNull(fundingLine, "fundingLine: Optional.empty() for a plan without a budget");
        agencies = List.copyOf(agencies);
        changes = List.copyOf(changes);
        tables = List.copyOf(tables);
        signatures = List.copyOf(signatures);
        java.util.Objects.requireNonNull(edited, "edited: Optional.empty() when a commit dates the plan");
    }

    /**
     * The summary with its labels worded from its fields by {@code wording}: whoever makes one (a rendered plan, a site
     * record of any format, which holds the fields and not the words) gets the same words, and a rewording reaches
     * every plan. The build gives compute's wording; a renderer only writes the words it is handed.
     */
    public PlanSummary(String slug, String numberSymbol, Optional<LocalDate> date, Optional<String> shortDate,
                       String kind, String title, String issuer, List<AgencyName> agencies,
                       Optional<BigDecimal> totalDong, Optional<String> fundingLine, PlanLinks links, String words,
                       List<Change> changes, List<DataTable> tables, Wording wording) {
        this(slug, numberSymbol, date, shortDate, kind, title, issuer, agencies, totalDong, fundingLine, links, words,
                changes, tables, wording.labels(new Entry(kind, numberSymbol, shortDate, issuer, title, fundingLine,
                        tables, changes, List.of())), Optional.empty(), List.of());
    }

    /** The same summary, its downloads {@code sized} (PlanLinks#withSizes): a site page made from the written files. */
    public PlanSummary withLinks(PlanLinks sized) {
        return new PlanSummary(slug, numberSymbol, date, shortDate, kind, title, issuer, agencies, totalDong, fundingLine,
                sized, words, changes, tables, labels, edited, signatures);
    }

    /** The same summary, its sources last edited at {@code when} ({@link #edited}). */
    public PlanSummary withEdited(Optional<ZonedDateTime> when) {
        return new PlanSummary(slug, numberSymbol, date, shortDate, kind, title, issuer, agencies, totalDong, fundingLine,
                links, words, changes, tables, labels, when, signatures);
    }

    /** The same summary, its published PDF carrying {@code signed}, its labels worded again by {@code wording}. */
    public PlanSummary withSignatures(List<DigitalSignature> signed, Wording wording) {
        return new PlanSummary(slug, numberSymbol, date, shortDate, kind, title, issuer, agencies, totalDong, fundingLine,
                links, words, changes, tables, wording.labels(new Entry(kind, numberSymbol, shortDate, issuer, title,
                fundingLine, tables, changes, signed)), edited, signed);
    }

    /** What a plan's site-wide words are made from: the fields of its summary they name. */
    public record Entry(String kind, String numberSymbol, Optional<String> shortDate, String issuer, String title,
                        Optional<String> fundingLine, List<DataTable> tables, List<Change> changes,
                        List<DigitalSignature> signatures) {
        public Entry {
            tables = List.copyOf(tables);
            changes = List.copyOf(changes);
            signatures = List.copyOf(signatures);
        }
    }

    /** Words a plan's feed entry and open-data resources ({@code build.PortalWording}: compute's PortalLabelling). */
    @FunctionalInterface
    public interface Wording {
        PortalEntryLabels labels(Entry entry);
    }

    /** The date as the site record and the search data write it, "" for a plan not dated. */
    public String dateText() {
        return shortDate.orElse("");
    }

    /** The total funding as the site record writes it, "" for a plan without a budget. */
    public String fundingText() {
        return fundingLine.orElse("");
    }

    /**
     * One tidy budget CSV of the plan.
     *
     * @param path  from the site root, "slug/budget.data.csv"
     * @param title how the plan names the table ("Phụ lục 3"), else the budget id
     * @param total the budget's computed total, which its rows marked in_total add up to
     */
    public record DataTable(String path, String budget, String title, String unit, Optional<BigDecimal> total) {
    }

    /**
     * A registered agency: its register id and its name; {@code group} for a collective entry of the register
     * ("Các cơ quan liên quan"), which the index's filter lists apart from the agencies (s20 review 7).
     */
    public record AgencyName(String id, String name, boolean group) {
        public AgencyName(String id, String name) {
            this(id, name, false);
        }

    }

    /**
     * A version of the plan that changed its document: when, and what it changed ("Sửa kinh phí 3 dự án
     * (Phụ lục 3)"), or the commit's message when that was not computed.
     */
    public record Change(String commit, ZonedDateTime when, String message) {
    }
}

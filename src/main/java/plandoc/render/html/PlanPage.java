package plandoc.render.html;

import plandoc.resolved.Related;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SignedMark;

/**
 * The root of {@code plan.ftlh}.
 *
 * @param plan         the resolved document
 * @param issuer       the issuer as the header block breaks it
 * @param parentIssuer the cơ quan chủ quản, empty when there is none
 * @param links        downloads next to this page
 * @param assets       prefix of the shared assets folder ("../assets/")
 * @param siteIndex    the site index page ("../index.html")
 * @param source       the commit and history the page was built from; {@link SourceView#NONE} outside git
 * @param signed       what the site's page says of its published PDF when that is digitally signed (never the
 *                     printed page: the PDF is the document the signature covers)
 * @param replaced     the earlier versions of a re-issued document the site keeps (build --reissue), oldest first;
 *                     never on the printed page either
 * @param related      the documents it amends or corrects and those amending or correcting it, listed on the site's
 *                     page only ({@link Related#NONE} on the page the PDF is printed from: the issued document stays
 *                     as issued)
 */
public record PlanPage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, PlanLinks links,
                       String assets, String siteIndex, SourceView source, String portal,
                       java.util.Optional<SignedMark> signed, java.util.List<ReplacedVersion> replaced,
                       Related related) {
    public PlanPage {
        replaced = java.util.List.copyOf(replaced);
    }

    public PlanPage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, PlanLinks links,
                    String assets, String siteIndex, SourceView source, String portal) {
        this(plan, issuer, parentIssuer, links, assets, siteIndex, source, portal, java.util.Optional.empty(),
                java.util.List.of(), Related.NONE);
    }

    /**
     * A version of the document the site replaced: the link to its PDF, from the page, the day, "07/12/2026" (or
     * "07/12/2026 (1)", compute.ReplacedVersionDays), whether it is the text as first issued (the oldest), and the
     * link's words, "Bản ban hành lại (đã ký số), bị thay thế ngày 07/12/2026 (2)" (plan.ftlh 10; {@code date} and
     * {@code asIssued} for a province's older copy).
     */
    public record ReplacedVersion(String href, String date, boolean asIssued, String label) {
    }

    /** The signed PDF's link words, "" when it is not signed (the template's own words then). */
    public String signedPdf() {
        return signed.map(SignedMark::pdfLabel).orElse("");
    }

    /** Who signed and when, "" when it is not signed. */
    public String signedNote() {
        return signed.map(SignedMark::note).orElse("");
    }

    /** A page of a site without a portal name ({@code content/province.yaml}). */
    public PlanPage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, PlanLinks links, String assets,
                    String siteIndex, SourceView source) {
        this(plan, issuer, parentIssuer, links, assets, siteIndex, source, "");
    }

    /** A page without provenance (built outside git, or previewed). */
    public PlanPage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, PlanLinks links, String assets,
                    String siteIndex) {
        this(plan, issuer, parentIssuer, links, assets, siteIndex, SourceView.NONE);
    }
}

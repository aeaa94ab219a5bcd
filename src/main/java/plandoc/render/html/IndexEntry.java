package plandoc.render.html;

import plandoc.resolved.DocumentInfo;

/**
 * One row of the site index.
 *
 * @param fundingMillions the plan's total in the one unit of the index's money column, in the chrome's
 *                        number form ("724.900", English "724,900" triệu đồng), or "" (an empty cell), as
 *                        compute made it ({@code IndexFunding})
 * @param signed          what the index says of the plan's PDF when it is digitally signed (compute's words)
 */
public record IndexEntry(DocumentInfo info, PlanLinks links, String fundingMillions,
                         java.util.Optional<plandoc.resolved.SignedMark> signed) {
    public IndexEntry(DocumentInfo info, PlanLinks links, String fundingMillions) {
        this(info, links, fundingMillions, java.util.Optional.empty());
    }

    /** The row's number column: "424/QĐ-UBND", a draft's "Dự thảo Kế hoạch (chưa có số)" (compute's ListedNumber). */
    public String listedNumber() {
        return plandoc.compute.ListedNumber.of(info.numberSymbol(), info.kindName());
    }

    /** The signed PDF's link words, "" when it is not signed (the template's own words then). */
    public String signedPdf() {
        return signed.map(plandoc.resolved.SignedMark::pdfLabel).orElse("");
    }

    /** Who signed and when, "" when it is not signed. */
    public String signedNote() {
        return signed.map(plandoc.resolved.SignedMark::note).orElse("");
    }
}

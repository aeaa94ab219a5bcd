package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The header block of page 1 (Decree 30/2020 §4).
 *
 * @param parent       cơ quan chủ quản, upper-case; empty when the issuer has none
 * @param issuer       the issuing body, upper-case ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
 * @param numberLine   "Số: 4086/QĐ-UBND"
 * @param placeDate    "Hà Tĩnh, ngày 28 tháng 12 năm 2012"
 * @param kindHeading  the document kind as its title block prints it, upper-case ("QUYẾT ĐỊNH"): a label,
 *                     nothing branches on it
 * @param title        trích yếu ("Về việc phê duyệt …")
 * @param draftLabel   "DỰ THẢO" on an e-office draft (its number and date then blank); empty on an issued document
 * @param parentIssuerLines the chủ quản as the header block breaks it into lines
 * @param issuerLines  the issuer as the header block breaks it ("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH")
 * @param issuerRuleWidth the width of the rule under the issuer (12.3 mm), a share of the line above it
 * @param stamps       độ mật then độ khẩn, stamped under the number; empty for most documents
 * @param enactingAuthority the thẩm quyền ban hành a decision prints above its căn cứ, upper-case: the collective
 *                     ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH") or the head deciding alone ("GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
 * @param titleRuleWidth the width of the rule under the trích yếu (31.7 mm), a share of the trích yếu's line
 */
public record HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate,
                         String kindHeading, String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                         List<String> issuerLines, RuleWidth issuerRuleWidth, List<StampView> stamps,
                         String enactingAuthority, RuleWidth titleRuleWidth) {
    public HeaderView {
        java.util.Objects.requireNonNull(parent, "parent: Optional.empty() when the issuer has none");
        java.util.Objects.requireNonNull(draftLabel, "draftLabel: Optional.empty() on an issued document");
        parentIssuerLines = List.copyOf(parentIssuerLines);
        issuerLines = List.copyOf(issuerLines);
        stamps = List.copyOf(stamps);
    }

    /** A header without stamps whose enacting authority is the issuer itself, a collective body (the tests' fixtures). */
    public HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate, String kindHeading,
                      String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                      List<String> issuerLines, RuleWidth issuerRuleWidth, RuleWidth titleRuleWidth) {
        this(parent, issuer, numberLine, placeDate, kindHeading, title, draftLabel, parentIssuerLines, issuerLines,
                issuerRuleWidth, List.of(), issuer, titleRuleWidth);
    }

    public boolean draft() {
        return draftLabel.isPresent();
    }

    // The template fields of these names (docs/format.md, "Templates"), read as the text they were before the
    // Optionals, the kind's name and the rules' widths in millimetres: a province's edited template printing
    // plan.header.draftMark or placing plan.header.issuerRule keeps working.

    /** The chủ quản, "" when the issuer has none. */
    public String parentIssuer() {
        return parent.orElse("");
    }

    /** "DỰ THẢO" on a draft, "" on an issued document. */
    public String draftMark() {
        return draftLabel.orElse("");
    }

    /** The kind's heading, "QUYẾT ĐỊNH". */
    public String kind() {
        return kindHeading;
    }

    /** The issuer's rule's width as CSS writes it, "12.3mm". */
    public String issuerRule() {
        return issuerRuleWidth.css();
    }

    /** The trích yếu's rule's width as CSS writes it, "31.7mm". */
    public String titleRule() {
        return titleRuleWidth.css();
    }
}

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
 * @param issuerRule   the width of the rule under the issuer ("12.3mm"), a share of the line above it
 * @param stamps       độ mật then độ khẩn, stamped under the number; empty for most documents
 * @param enactingAuthority the thẩm quyền ban hành a decision prints above its căn cứ, upper-case: the collective
 *                     ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH") or the head deciding alone ("GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
 * @param titleRule    the width of the rule under the trích yếu ("31.7mm"), a share of the trích yếu's line
 */
public record HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate,
                         String kindHeading, String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                         List<String> issuerLines, String issuerRule, List<StampView> stamps,
                         String enactingAuthority, String titleRule) {
    /** The rule under a trích yếu too long for one line: a third of the full line (pdf.css's width before s36). */
    public static final String WRAPPED_TITLE_RULE = "55.0mm";

    public HeaderView {
        java.util.Objects.requireNonNull(parent, "parent: Optional.empty() when the issuer has none");
        java.util.Objects.requireNonNull(draftLabel, "draftLabel: Optional.empty() on an issued document");
        parentIssuerLines = List.copyOf(parentIssuerLines);
        issuerLines = List.copyOf(issuerLines);
        stamps = List.copyOf(stamps);
    }

    /** A header whose trích yếu's rule is a wrapped one's (the tests' fixtures, a comparison's pages). */
    public HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate, String kindHeading,
                      String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                      List<String> issuerLines, String issuerRule, List<StampView> stamps, String enactingAuthority) {
        this(parent, issuer, numberLine, placeDate, kindHeading, title, draftLabel, parentIssuerLines, issuerLines,
                issuerRule, stamps, enactingAuthority, WRAPPED_TITLE_RULE);
    }

    /** A header whose enacting authority is the issuer itself, a collective body. */
    public HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate, String kindHeading,
                      String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                      List<String> issuerLines, String issuerRule, List<StampView> stamps) {
        this(parent, issuer, numberLine, placeDate, kindHeading, title, draftLabel, parentIssuerLines, issuerLines,
                issuerRule, stamps, issuer);
    }

    /** A header without stamps (the tests' fixtures, a comparison's pages). */
    public HeaderView(Optional<String> parent, String issuer, String numberLine, String placeDate, String kindHeading,
                      String title, Optional<String> draftLabel, List<String> parentIssuerLines,
                      List<String> issuerLines, String issuerRule) {
        this(parent, issuer, numberLine, placeDate, kindHeading, title, draftLabel, parentIssuerLines, issuerLines,
                issuerRule, List.of());
    }

    public boolean draft() {
        return draftLabel.isPresent();
    }

    // The template fields of these names (docs/format.md, "Templates"), read as the text they were before the
    // Optionals and the kind's name: a province's edited template printing plan.header.draftMark keeps working.

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
}

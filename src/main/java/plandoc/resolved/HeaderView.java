package plandoc.resolved;

import java.util.List;

/**
 * The header block of page 1 (Decree 30/2020 §4).
 *
 * @param parentIssuer cơ quan chủ quản, upper-case, or "" when the issuer has none
 * @param issuer       the issuing body, upper-case ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
 * @param numberLine   "Số: 4086/QĐ-UBND"
 * @param placeDate    "Hà Tĩnh, ngày 28 tháng 12 năm 2012"
 * @param kind         the document kind, upper-case ("QUYẾT ĐỊNH")
 * @param title        trích yếu ("Về việc phê duyệt …")
 * @param draftMark    "DỰ THẢO" on an e-office draft (its number and date then blank), "" on an issued document
 * @param parentIssuerLines the chủ quản as the header block breaks it into lines
 * @param issuerLines  the issuer as the header block breaks it ("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH")
 * @param issuerRule   the width of the rule under the issuer ("12.3mm"), a share of the line above it
 * @param stamps       độ mật then độ khẩn, stamped under the number; empty for most documents
 */
public record HeaderView(String parentIssuer, String issuer, String numberLine, String placeDate,
                         String kind, String title, String draftMark, List<String> parentIssuerLines,
                         List<String> issuerLines, String issuerRule, List<StampView> stamps) {
    public HeaderView {
        parentIssuerLines = List.copyOf(parentIssuerLines);
        issuerLines = List.copyOf(issuerLines);
        stamps = List.copyOf(stamps);
    }

    /** A header without stamps (the tests' fixtures, a comparison's pages). */
    public HeaderView(String parentIssuer, String issuer, String numberLine, String placeDate, String kind, String title,
                      String draftMark, List<String> parentIssuerLines, List<String> issuerLines, String issuerRule) {
        this(parentIssuer, issuer, numberLine, placeDate, kind, title, draftMark, parentIssuerLines, issuerLines,
                issuerRule, List.of());
    }

    public boolean draft() {
        return !draftMark.isEmpty();
    }
}

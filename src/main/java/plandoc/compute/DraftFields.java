package plandoc.compute;

import plandoc.model.IssuedDocument;

/**
 * The fields an e-office draft leaves for the system (or the văn thư) to stamp when it issues the
 * document (format-standard §9 "Numbering and dating", §7 Mẫu 2.2): the number before the ký hiệu and
 * the date, as spaces the width of what will be stamped there. Kept as plain spaces; the page keeps
 * them (white-space: pre-wrap) so the blanks stay as wide as written.
 */
final class DraftFields {
    /** The visible mark in the header area. */
    static final String MARK = "DỰ THẢO";
    /** "ngày    tháng    năm 20…": the day, month and the year's last two digits left blank. */
    static final String DATE = "ngày    tháng    năm 20…";

    private DraftFields() {
    }

    /** "      /QĐ-UBND": the number blank, the ký hiệu kept (it is known before the number is). */
    static String number(IssuedDocument d) {
        return "      /" + d.symbol();
    }

    /** What a draft's metadata and data files give as its number: "/QĐ-UBND", the ký hiệu alone. */
    static String numberSymbol(IssuedDocument d) {
        return "/" + d.symbol();
    }

    /** A draft's file names: "du-thao-QD-UBND.pdf", never the number plan.yaml may already hold. */
    static String fileStem(IssuedDocument d) {
        return "du-thao-" + PlanResolver.fileStem(d.symbol());
    }
}

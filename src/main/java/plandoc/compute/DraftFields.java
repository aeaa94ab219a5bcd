package plandoc.compute;

import plandoc.model.DocumentHeader;

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

    /**
     * The draft's date line: {@link #DATE}, or for a legal normative document, whose draft already carries its year
     * in the number ("Số:      /2026/QĐ-UBND"), "ngày    tháng    năm 2026" — the same year on both lines.
     */
    static String date(DocumentHeader d) {
        int slash = d.number().indexOf('/');
        return slash < 0 ? DATE : "ngày    tháng    năm " + d.number().substring(slash + 1);
    }

    /**
     * "      /QĐ-UBND": the number blank, the ký hiệu kept (it is known before the number is); a legal normative
     * document's "      /2026/QĐ-UBND", its year kept too (its draft's {@code number: /2026}, or an issued one's
     * year when its number is left blank in an appendix printed as its own file).
     */
    static String number(DocumentHeader d) {
        return "      " + numberSymbol(d);
    }

    /** What a draft's metadata and data files give as its number: "/QĐ-UBND", the ký hiệu alone ("/2026/QĐ-UBND"). */
    static String numberSymbol(DocumentHeader d) {
        int slash = d.number().indexOf('/');
        return "/" + (slash < 0 ? "" : d.number().substring(slash + 1) + "/") + d.symbol();
    }

    /** A draft's file names: "du-thao-QD-UBND.pdf", never the number plan.yaml may already hold. */
    static String fileStem(DocumentHeader d) {
        return "du-thao-" + PlanResolver.fileStem(d.symbol());
    }
}

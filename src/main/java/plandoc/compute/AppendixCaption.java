package plandoc.compute;

import plandoc.model.DocumentHeader;
import plandoc.model.IssuedDocument;

/**
 * The line under an appendix title, built from the document so it can never name another
 * decision: "(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND tỉnh phê duyệt …)".
 * The date in full, as Decree 30 writes it in this line (Phụ lục III Mẫu 2.1 "ngày … tháng … năm …",
 * and the decree's own appendices: "Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020").
 */
final class AppendixCaption {
    private AppendixCaption() {
    }

    /** An appendix of the issued document. */
    static String ofDocument(IssuedDocument d, DocumentHeader header) {
        String tail = d.captionTitle().map(t -> header.issuer().shortName() + " " + t).orElse(header.issuer().name());
        if (d.draft() || d.date().isEmpty()) {
            return "(Kèm theo " + header.kind().displayName() + " số " + DraftFields.number(header) + " "
                    + DraftFields.date(header) + " của " + tail + ")";
        }
        return "(Kèm theo " + header.kind().displayName() + " số " + DocumentNumber.of(header) + " "
                + VietnameseDates.long_(d.date().get()) + " của " + tail + ")";
    }

    /**
     * The caption of an appendix (or attached document) printed as its own file: the number and date
     * left unfilled (Decree 30 Phụ lục I III.1.c, Mẫu 2.2); the organisation's signature on that file
     * shows them instead (format-standard §13 E1).
     */
    static String ofDocumentInItsOwnFile(IssuedDocument d, DocumentHeader header) {
        return ofDocument(d.draft() ? d : d.asDraft(), header);
    }

    /** An appendix of an attached plan: "(Kèm theo Đề án Chuyển đổi số …)", the title as the plan prints it. */
    static String ofPlan(String planKind, String planTitle) {
        boolean named = planTitle.toLowerCase(java.util.Locale.forLanguageTag("vi"))
                .startsWith(planKind.toLowerCase(java.util.Locale.forLanguageTag("vi")) + " ");
        return "(Kèm theo " + (named ? planTitle : planKind + " " + planTitle) + ")";
    }
}

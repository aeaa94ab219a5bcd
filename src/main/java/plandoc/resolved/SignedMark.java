package plandoc.resolved;

/**
 * What the site's pages say of a plan whose published PDF is digitally signed, in the chrome's language
 * ({@code compute.SignatureWording}).
 *
 * @param pdfLabel the PDF's link: "Văn bản (PDF, đã ký số)"
 * @param note     who signed and when: "Đã ký số: Nguyễn Thiện, ngày 06/12/2026"
 * @param shortNote the mark beside a plan's number in a list: "đã ký số"
 */
public record SignedMark(String pdfLabel, String note, String shortNote) {
}

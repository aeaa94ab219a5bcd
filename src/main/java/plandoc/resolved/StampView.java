package plandoc.resolved;

/**
 * A framed stamp under the number (Decree 30 Phụ lục I ô 10a độ mật, ô 10b độ khẩn).
 *
 * @param text    the word upper-case, as stamped ("THƯỢNG KHẨN")
 * @param label   the word as written and recorded in the e-document record ("Thượng khẩn")
 * @param widthMm the frame's fixed width in mm (the frame is 8 mm high)
 * @param kind    độ mật or độ khẩn: the CSS hook ({@code doc-stamp-secrecy}) and the order (độ mật above độ khẩn)
 */
public record StampView(String text, String label, int widthMm, StampKind kind) {
    /** The width as CSS writes it, "40mm". */
    public String width() {
        return widthMm + "mm";
    }
}

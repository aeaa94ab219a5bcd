package plandoc.resolved;

/**
 * Which stamp under the number line ({@link StampView}); its {@link #id()} is the templates' CSS hook
 * ({@code doc-stamp-secrecy}). The order is the printed order: độ mật above độ khẩn.
 */
public enum StampKind implements Keyword {
    /** Độ mật (Mật, Tối mật, Tuyệt mật). */
    SECRECY,
    /** Độ khẩn (Khẩn, Thượng khẩn, Hỏa tốc). */
    URGENCY;

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

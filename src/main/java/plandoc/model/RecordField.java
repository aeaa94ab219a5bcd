package plandoc.model;

/**
 * The fields of the e-document record that Decree 30/2020/NĐ-CP Phụ lục VI (Phần II, I: "văn bản
 * đi") gives a length, in characters; {@code check} refuses a value longer than its field rather than
 * write a record the e-document system cannot take. {@code docs/edoc-record.xsd} says the same
 * (a test compares them), and the most pages, {@link #MAX_PAGES}. {@link #COMPETENCE} is plandoc's own
 * (edXML's SignerInfo/Competence).
 */
public enum RecordField {
    ORGAN_NAME("organ-name", 200),
    CODE_NUMBER("code-number", 11),
    CODE_NOTATION("code-notation", 30),
    SUBJECT("subject", 500),
    COMPETENCE("competence", 200),
    POSITION("position", 100),
    FULL_NAME("full-name", 50),
    TO_PLACE("to-place", 200);

    /**
     * PageAmount: Phụ lục VI gives the page count three digits. Not a length of text, and known only once
     * the PDF is printed: render refuses a longer document there ({@code edoc.too-many-pages}).
     */
    public static final int MAX_PAGES = 999;

    private final String key;
    private final int max;

    RecordField(String key, int max) {
        this.key = key;
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** The message key of "too long" for this field ({@code edoc.too-long.subject}). */
    public String messageKey() {
        return "edoc.too-long." + key;
    }

    /** Characters as Phụ lục VI and XML Schema count them: code points, not UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    public boolean fits(String value) {
        return length(value) <= max;
    }
}

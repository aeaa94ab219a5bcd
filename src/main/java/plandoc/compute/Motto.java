package plandoc.compute;

/**
 * The tiêu ngữ as the header block prints it (Decree 30, Phụ lục I; format-standard.md §13 F3): 13.5 pt bold, ruled
 * exactly as wide as its text (pdf.css, .motto-text's bottom border). The Word copy draws the rule at
 * {@link #RULE_MM}: a fixed 62 mm came out 60.0 mm through LibreOffice where the PDF's is 58.4 mm (s36 review L4).
 */
public final class Motto {
    /** The words, as templates/partials/document.ftlh prints them. */
    public static final String TEXT = "Độc lập - Tự do - Hạnh phúc";
    public static final double SIZE_PT = 13.5;
    /** The rule's length in millimetres: the text's printed width, bold at {@link #SIZE_PT}. */
    public static final double RULE_MM = TextMeasure.mm(TEXT, SIZE_PT, true);

    private Motto() {
    }
}

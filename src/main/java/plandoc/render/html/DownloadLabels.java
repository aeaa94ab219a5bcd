package plandoc.render.html;

/**
 * The one wording of each kind of download, wherever it is linked: the plan page, the index (as printed
 * and as the portal's script redraws it) and the Atom feed. A reader looking for "the Word file" finds the
 * same words everywhere.
 */
public final class DownloadLabels {
    public static final String PDF = "Văn bản (PDF)";
    public static final String WORD = "Văn bản (Word)";
    public static final String EXCEL = "Bảng kinh phí (Excel)";
    public static final String JSON = "Dữ liệu (JSON)";
    /** A table's CSV as printed, and its tidy open-data CSV: short, under the table's name. */
    public static final String PRINTED_CSV = "Bảng như bản in (CSV)";
    public static final String TIDY_CSV = "Dữ liệu mở (CSV)";

    private DownloadLabels() {
    }

    /** "Phụ lục 01: bảng như bản in (CSV)": the link's whole name, read alone (a screen reader's list of links). */
    public static String printedCsv(String shortName) {
        return shortName + ": " + lowerFirst(PRINTED_CSV);
    }

    public static String tidyCsv(String shortName) {
        return shortName + ": " + lowerFirst(TIDY_CSV);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

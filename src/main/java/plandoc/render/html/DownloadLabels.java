package plandoc.render.html;

/**
 * The one wording of each kind of download, wherever it is linked: the plan page, the index (as printed
 * and as the portal's script redraws it) and the Atom feed. A reader looking for "the Word file" finds the
 * same words everywhere. The words are the site chrome's ({@link SiteText}, {@code --lang}).
 */
public final class DownloadLabels {
    private static final DownloadLabels VIETNAMESE = new DownloadLabels(SiteText.vietnamese());

    private final SiteText text;

    public DownloadLabels(SiteText text) {
        this.text = text;
    }

    public static DownloadLabels vietnamese() {
        return VIETNAMESE;
    }

    private String word(String key) {
        return text.text(key);
    }

    /** The Atom feed's own title (the portal's name follows it): the index offers the feed as a download. */
    public String feedTitle() {
        return word("feed.title");
    }

    /** The language of these words, the feed's {@code xml:lang}. */
    public String language() {
        return text.language();
    }

    public String pdf() {
        return word("download.pdf");
    }

    public String json() {
        return word("download.json");
    }

    public String word() {
        return word("download.word");
    }

    public String excel() {
        return word("download.excel");
    }

    /** The Decree 30 e-document record ({@code 4086-QD-UBND.xml}). */
    public String record() {
        return word("download.record");
    }

    /**
     * A file's size as a download list gives it: "544 KB" under a megabyte (at least 1 KB), else "1,2 MB" with one
     * decimal in the chrome's way of writing it (a comma in Vietnamese, a point in English); 1 KB is 1,024 bytes,
     * as a phone's or a computer's file list counts.
     */
    public String size(long bytes) {
        long kilo = 1024;
        if (bytes < kilo * kilo - kilo / 2) {
            return Math.max(1, Math.round(bytes / (double) kilo)) + " KB";
        }
        long tenths = Math.round(bytes * 10.0 / (kilo * kilo));
        return tenths / 10 + (text.isVietnamese() ? "," : ".") + tenths % 10 + " MB";
    }

    /** "Phụ lục 01 (PDF riêng)": an appendix printed as its own PDF (build --separate-appendices). */
    public String separatePdf(String part) {
        return part + " " + word("download.separate-pdf");
    }

    /** "Phụ lục 01: bảng như bản in (CSV)": the link's whole name, read alone (a screen reader's list of links). */
    public String printedCsv(String shortName) {
        return shortName + ": " + lowerFirst(word("download.printed-csv"));
    }

    public String tidyCsv(String shortName) {
        return shortName + ": " + lowerFirst(word("download.tidy-csv"));
    }

    /** What a table's file says under the table's name: its whole label after "name: ", capitalised. */
    static String shortLabel(String label) {
        int colon = label.lastIndexOf(": ");
        String tail = colon < 0 ? label : label.substring(colon + 2);
        return tail.isEmpty() ? tail : Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

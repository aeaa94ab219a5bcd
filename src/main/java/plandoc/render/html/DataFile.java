package plandoc.render.html;

/**
 * A downloadable file next to a plan page: where it is, relative to the page that links it, and what to call it.
 *
 * @param table the name of the table the file holds ("Phụ lục 01: DANH MỤC …"), "" for a file that is not
 *              one table's (Word, Excel, a separate PDF); pages group a table's files under this name
 */
public record DataFile(String href, String label, String table) {
    public DataFile(String href, String label) {
        this(href, label, "");
    }

    public boolean isTable() {
        return !table.isEmpty();
    }

    /**
     * What the link says under its table's name ("Dữ liệu mở (CSV)", the end of its label "Phụ lục 01: dữ
     * liệu mở (CSV)"); its whole label elsewhere.
     */
    public String shortLabel() {
        if (!isTable()) {
            return label;
        }
        return DownloadLabels.shortLabel(label);
    }
}

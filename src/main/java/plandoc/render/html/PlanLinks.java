package plandoc.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Link targets around one plan, relative to the page that prints them (the plan page itself, or the
 * site index one folder up). Links name {@code index.html} explicitly because folders do not open
 * their index from {@code file://}.
 *
 * @param csv every other download (Word, separate PDFs, Excel, the e-document record, the tables' CSVs), in
 *            the order made
 * @param bytes the files' sizes by file name, once they are written ({@link #withSizes}); empty before: the PDF is
 *              printed from the page, so the page the PDF prints from cannot know the PDF's size
 * @param sizes the same sizes as the reader reads them ("544 KB", "1,2 MB"), by file name
 */
public record PlanLinks(String page, String pdf, String json, List<DataFile> csv, Map<String, Long> bytes,
                        Map<String, String> sizes) {
    public PlanLinks {
        csv = List.copyOf(csv);
        bytes = Map.copyOf(bytes);
        sizes = Map.copyOf(sizes);
    }

    /** Links whose sizes are not known yet. */
    public PlanLinks(String page, String pdf, String json, List<DataFile> csv) {
        this(page, pdf, json, csv, Map.of(), Map.of());
    }

    /**
     * These links with the sizes of the files written ({@code written}: bytes by file name), worded by
     * {@code labels}: a reader on a phone sees what a download costs before tapping it (F8).
     */
    public PlanLinks withSizes(Map<String, Long> written, DownloadLabels labels) {
        Map<String, String> worded = new java.util.HashMap<>();
        written.forEach((name, size) -> worded.put(name, labels.size(size)));
        return new PlanLinks(page, pdf, json, csv, written, worded);
    }

    /** The size of the file {@code href} links, as the reader reads it; "" when not known. */
    public String sizeOf(String href) {
        return sizes.getOrDefault(fileName(href), "");
    }

    /** The size in bytes of the file {@code href} links, when known: the feed's enclosure length. */
    public java.util.OptionalLong bytesOf(String href) {
        Long size = bytes.get(fileName(href));
        return size == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(size);
    }

    private static String fileName(String href) {
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** One table's files under its name: the CSV as printed and the tidy one. */
    public record TableFiles(String name, List<DataFile> files) {
        public TableFiles {
            files = List.copyOf(files);
        }
    }

    /** The document in other forms than its PDF: Word, and each appendix signed apart. */
    public List<DataFile> documents() {
        return csv.stream().filter(f -> !f.isTable() && !isData(f)).toList();
    }

    /** The document's data besides plan.json: the budgets as a workbook, the e-document record (XML). */
    public List<DataFile> data() {
        return csv.stream().filter(f -> !f.isTable() && isData(f)).toList();
    }

    /** The budgets as a workbook: what a province's copy of partials/document.ftlh before version 5 lists. */
    public List<DataFile> workbooks() {
        return csv.stream().filter(f -> !f.isTable() && f.href().endsWith(".xlsx")).toList();
    }

    /** The e-document record ({@code <fileStem>.xml}), which a dated document has. */
    public java.util.Optional<DataFile> record() {
        return csv.stream().filter(f -> !f.isTable() && f.href().endsWith(".xml")).findFirst();
    }

    private static boolean isData(DataFile f) {
        return f.href().endsWith(".xlsx") || f.href().endsWith(".xml");
    }

    /** The tables' files grouped by table, in the document's order. */
    public List<TableFiles> tables() {
        Map<String, List<DataFile>> byTable = new LinkedHashMap<>();
        csv.stream().filter(DataFile::isTable)
                .forEach(f -> byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f));
        return byTable.entrySet().stream().map(e -> new TableFiles(e.getKey(), e.getValue())).toList();
    }

    public int tableFileCount() {
        return (int) csv.stream().filter(DataFile::isTable).count();
    }
}

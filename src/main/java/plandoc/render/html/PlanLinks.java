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
 */
public record PlanLinks(String page, String pdf, String json, List<DataFile> csv) {
    public PlanLinks {
        csv = List.copyOf(csv);
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

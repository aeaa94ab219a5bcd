package plandoc.render.data;

import plandoc.compute.UnspannedTable;
import plandoc.resolved.TableView;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One budget table as CSV for Excel as Vietnamese offices run it: UTF-8 with a byte-order mark (or
 * Excel guesses a legacy code page and breaks the diacritics), fields separated by {@code ;} and
 * figures with a decimal comma and no grouping ({@code 1234,5}), which is what Excel reads as numbers
 * under the Vietnamese regional format. Figures carry the decimals the table prints ({@link TableView#decimals}, the
 * budget's {@code decimals:}): {@code 0,20} where the PDF, the page and the workbook print 0,20, as the site's link
 * "Bảng như bản in" promises. No figure is rounded by it: compute lets no figure have more decimals than its budget
 * prints. Programs should prefer {@code <budget>.data.csv} or {@code plan.json}, whose numbers are the values as
 * typed or computed, locale-free.
 *
 * <p>One column per physical table column, headed by its full label, plus a last column marking the
 * rows whose figures the generator computed (group subtotals, grand totals); a table printing declared figures in cells
 * the items leave open ({@code print.undetermined: declared}) has one more, naming the row's columns that hold one. The
 * CSV has no spans: what the table
 * prints across several columns is placed as {@link UnspannedTable} says (a label in the title column, an item's
 * note in a "Ghi chú" column, a phase's total on a row of its own under the total column).
 */
public final class BudgetCsv {

    static final String COMPUTED_HEADER = "Dòng tổng (tự tính)";
    static final String COMPUTED_MARK = "có";
    /** Only in a table printing declared figures: which of the row's figures are the original's, not computed. */
    static final String DECLARED_HEADER = "Số ghi theo văn bản (declared)";
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n"; // RFC 4180 and what Excel writes
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] write(TableView table) {
        // Compute undoes the table's spans and writes each figure (UnspannedTable); this writes the file Excel opens.
        UnspannedTable.Layout layout = UnspannedTable.of(table);
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(layout.header());
        header.add(COMPUTED_HEADER);
        boolean declared = !table.sums().open().declared().isEmpty();
        if (declared) {
            header.add(DECLARED_HEADER);
        }
        line(csv, header);
        for (UnspannedTable.Row row : layout.rows()) {
            List<String> fields = new ArrayList<>(row.fields().stream()
                    .map(field -> field.figure() ? field.text() : guardFormula(field.text())).toList());
            fields.add(row.computed() ? COMPUTED_MARK : "");
            if (declared) {
                fields.add(guardFormula(String.join("; ", row.declared())));
            }
            line(csv, fields);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Excel evaluates a field starting with = + - @ as a formula ("- Sở Tài chính" shows #NAME?, and a
     * crafted one could run). A leading apostrophe keeps it text; figures never reach this path.
     */
    private static String guardFormula(String text) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    private static String quote(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

package plandoc.render.data;

import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
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
 * rows whose figures the generator computed (group subtotals, grand totals).
 */
public final class BudgetCsv {

    static final String COMPUTED_HEADER = "Dòng tổng (tự tính)";
    static final String COMPUTED_MARK = "có";
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n"; // RFC 4180 and what Excel writes
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] write(TableView table) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(table.columns().stream().map(ColumnView::label).toList());
        header.add(COMPUTED_HEADER);
        line(csv, header);
        for (RowView row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (CellView cell : row.cells()) {
                fields.add(field(cell, table.decimals()));
                for (int i = 1; i < cell.colspan(); i++) {
                    fields.add("");
                }
            }
            while (fields.size() < table.columns().size()) {
                fields.add("");
            }
            fields.add(row.computed() ? COMPUTED_MARK : "");
            line(csv, fields);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String field(CellView cell, int decimals) {
        // HALF_UP as VietnameseNumbers prints; it never rounds here (see the class comment).
        return cell.value().map(value -> value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ','))
                .orElseGet(() -> guardFormula(cell.plain()));
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

package plandoc.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import plandoc.diagnostic.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The amounts plandoc's "Dữ liệu" sheet holds for one printed table, one row each: the sheet is recognised by its
 * heading row (every column plandoc writes, headed in Vietnamese), and a row the plan computes from another table (a
 * summary's) is left out.
 */
final class DataSheetAmounts {
    /** One amount of the table: its item (or group's unallocated money), breakdown, members and value. */
    record Amount(String group, String groupTitle, String item, String itemTitle, String number, String lead,
                  boolean unallocated, String breakdown, List<String> members, List<String> labels,
                  BigDecimal value, Optional<BigDecimal> declared) {
    }

    private final Messages vi = Messages.forLanguage("vi");
    private final Map<String, Integer> column = new HashMap<>();
    private final List<Amount> amounts = new ArrayList<>();
    private String unit = "";
    /** The table's id in the plan ("Mã bảng"), as its rows give it. */
    private String table = "";
    private int decimals;

    /** Reads the amounts of {@code data} that the table printed on the sheet named {@code tableSheet} types. */
    DataSheetAmounts(Sheet data, String tableSheet) {
        int head = headRow(data);
        if (head < 0) {
            return;
        }
        String cellWord = vi.text("xlsx.data.breakdown.cell");
        String unallocatedWord = vi.text("xlsx.data.kind.unallocated");
        String yes = vi.text("xlsx.data.yes");
        for (int r = head + 1; r <= data.getLastRowNum(); r++) {
            Row row = data.getRow(r);
            if (row == null || !tableSheet.equals(text(row, "sheet")) || yes.equals(text(row, "computed"))) {
                continue;
            }
            Cell amount = row.getCell(column.get("amount"));
            if (amount == null || !(amount.getCellType() == CellType.NUMERIC || amount.getCellType() == CellType.FORMULA
                    && amount.getCachedFormulaResultType() == CellType.NUMERIC)) {
                continue;
            }
            unit = text(row, "unit");
            table = text(row, "budget");
            decimals = Math.max(decimals, decimals(amount));
            String breakdown = text(row, "breakdown");
            Cell declared = row.getCell(column.get("declared"));
            boolean typed = declared != null && (declared.getCellType() == CellType.NUMERIC
                    || declared.getCellType() == CellType.FORMULA
                    && declared.getCachedFormulaResultType() == CellType.NUMERIC);
            amounts.add(new Amount(text(row, "group-id"), text(row, "group"), text(row, "item-id"), text(row, "item"),
                    text(row, "number"), text(row, "lead"), unallocatedWord.equals(text(row, "kind")),
                    breakdown.equals(cellWord) ? "" : breakdown, List.of(text(row, "member-ids").split("/")),
                    List.of(text(row, "members").split(" / ")), number(amount),
                    typed ? Optional.of(number(declared)) : Optional.empty()));
        }
    }

    /** The amounts in the data sheet's order; none when it is not plandoc's or holds none of that table. */
    List<Amount> amounts() {
        return amounts;
    }

    /** The unit the rows give ("triệu đồng"). */
    String unit() {
        return unit;
    }

    /** The table's id in the plan its rows give ("kinh-phi"); empty when the sheet holds none of its amounts. */
    String table() {
        return table;
    }

    /** The most digits after the point any amount's number format prints. */
    int decimals() {
        return decimals;
    }

    /** The data sheet's heading row (its columns found by their headings), or -1. */
    private int headRow(Sheet data) {
        Map<String, String> heads = new HashMap<>();
        for (String key : List.of("sheet", "number", "group", "item", "kind", "lead", "breakdown", "members", "amount",
                "unit", "computed", "declared", "budget", "group-id", "item-id", "member-ids")) {
            heads.put(vi.text("xlsx.data.head." + key), key);
        }
        for (int r = 0; r <= Math.min(5, data.getLastRowNum()); r++) {
            Row row = data.getRow(r);
            if (row == null) {
                continue;
            }
            column.clear();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && heads.containsKey(cell.getStringCellValue())) {
                    column.put(heads.get(cell.getStringCellValue()), cell.getColumnIndex());
                }
            }
            if (column.size() == heads.size()) {
                return r;
            }
        }
        return -1;
    }

    private String text(Row row, String key) {
        Cell cell = row.getCell(column.get(key));
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> number(cell).toPlainString();
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip()
                    : cell.getCachedFormulaResultType() == CellType.NUMERIC ? number(cell).toPlainString() : "";
            default -> "";
        };
    }

    /** The value: the double's shortest decimal form (0.35, not 0.34999…), as the plan typed it. */
    private static BigDecimal number(Cell cell) {
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The digits after the point the cell's number format prints ({@code #,##0.00} → 2). */
    private static int decimals(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        int point = format == null ? -1 : format.split(";")[0].indexOf('.');
        int n = 0;
        while (point >= 0 && point + 1 + n < format.length() && format.charAt(point + 1 + n) == '0') {
            n++;
        }
        return n;
    }
}

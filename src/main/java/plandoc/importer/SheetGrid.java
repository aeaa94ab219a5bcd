package plandoc.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A sheet as a grid of values: merged cells give their value to every cell they cover, formulas
 * their computed value (POI's evaluator, else the value Excel saved), numbers typed as text are
 * read as numbers (and flagged). Blank stays distinct from zero.
 */
final class SheetGrid {

    /**
     * @param numberAsText the figure was typed as text ("1.447")
     * @param covered      a cell covered by a merge whose value sits in another cell
     */
    record Value(String text, Optional<BigDecimal> number, boolean numberAsText, boolean formula, boolean covered) {
        boolean blank() {
            return text.isBlank() && number.isEmpty();
        }
    }

    private final Sheet sheet;
    private final String file;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final int rows;
    private final int columns;

    SheetGrid(Sheet sheet, String file) {
        this.sheet = sheet;
        this.file = file;
        this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        this.rows = sheet.getLastRowNum() + 1;
        int widest = 0;
        for (Row row : sheet) {
            widest = Math.max(widest, row.getLastCellNum());
        }
        this.columns = widest;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    /** {@code PL03.xlsx!Sheet1!F12}. */
    String position(int row, int column) {
        return file + "!" + sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString();
    }

    String rowPosition(int row) {
        return file + "!" + sheet.getSheetName() + "!" + (row + 1);
    }

    boolean hiddenRow(int row) {
        Row r = sheet.getRow(row);
        return r != null && r.getZeroHeight();
    }

    boolean hiddenColumn(int column) {
        return sheet.isColumnHidden(column);
    }

    Optional<CellRangeAddress> merge(int row, int column) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(row, column)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    Value value(int row, int column) {
        Optional<CellRangeAddress> merge = merge(row, column);
        boolean covered = merge.isPresent()
                && (merge.get().getFirstRow() != row || merge.get().getFirstColumn() != column);
        int r = merge.map(CellRangeAddress::getFirstRow).orElse(row);
        int c = merge.map(CellRangeAddress::getFirstColumn).orElse(column);
        Value own = own(r, c);
        return new Value(own.text(), own.number(), own.numberAsText(), own.formula(), covered);
    }

    private Value own(int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return new Value("", Optional.empty(), false, false, false);
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = cell.getCellType();
        double number = 0;
        String text = "";
        if (formula) {
            CellValue evaluated;
            try {
                evaluated = evaluator.evaluate(cell);
            } catch (RuntimeException e) {
                evaluated = null;
            }
            if (evaluated != null) {
                type = evaluated.getCellType();
                number = type == CellType.NUMERIC ? evaluated.getNumberValue() : 0;
                text = type == CellType.STRING ? evaluated.getStringValue() : "";
            } else {
                type = cell.getCachedFormulaResultType();
                number = type == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
                text = type == CellType.STRING ? cell.getStringCellValue() : "";
            }
        } else if (type == CellType.NUMERIC) {
            number = cell.getNumericCellValue();
        } else if (type == CellType.STRING) {
            text = cell.getStringCellValue();
        } else if (type == CellType.BOOLEAN) {
            text = formatter.formatCellValue(cell);
        }
        if (type == CellType.NUMERIC) {
            BigDecimal exact = BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
            if (exact.scale() < 0) {
                exact = exact.setScale(0);
            }
            return new Value("", Optional.of(exact), false, formula, false);
        }
        String stripped = text.strip();
        Optional<BigDecimal> parsed = NumberText.parse(stripped);
        return new Value(stripped, parsed, parsed.isPresent(), formula, false);
    }
}

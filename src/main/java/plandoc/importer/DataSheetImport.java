package plandoc.importer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import plandoc.compute.SheetLayouts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of plandoc's own workbook read from its "Dữ liệu" sheet, which holds every amount of the table cell by cell
 * with the member codes, rather than from the printed sheet, whose header may print sources and years side by side
 * (uncrossed, {@code print.money: [total, source, year]}) or a text column among the money: read as a header, such a
 * sheet gave a budget that did not check (s31 tryout M5: "Đơn vị thực hiện" as an axis, sources and years as one).
 * The data sheet's rows are {@link DataSheetAmounts}, the printed sheet's header {@link PrintedHeader}, and the budget
 * made of both {@link DataSheetBudget}.
 */
final class DataSheetImport {
    /**
     * The amounts of the table printed on sheet {@code table}, as its budget's YAML tree with id {@code budgetId}, and
     * the items the printed sheet lists without any amount (notes name the rows {@code file}'s sheet could not place);
     * empty when the workbook has no data sheet or it holds no amount of that sheet typed in the plan (a summary's
     * rows are computed from other tables).
     */
    Optional<TableImporter.Result> read(Sheet data, Sheet table, String budgetId, String file) {
        DataSheetAmounts amounts = new DataSheetAmounts(data, table.getSheetName());
        if (amounts.amounts().isEmpty()) {
            return Optional.empty();
        }
        PrintedHeader header = new PrintedHeader(table);
        DataSheetBudget made = new DataSheetBudget(amounts, header);
        Map<String, Object> budget = made.budget(budgetId);
        // The data sheet has no row for an item without any amount: the printed sheet lists it.
        List<TableImporter.Note> notes = new ItemsWithoutAmounts(table, header, header.leadColumn(made.leads()), file)
                .putBack(budget);
        return Optional.of(new TableImporter.Result(budget, notes));
    }

    /** Every amount of the data sheet's table {@code tableSheet} the plan types (not computed from another table). */
    List<BigDecimal> values(Sheet data, String tableSheet) {
        return new DataSheetAmounts(data, tableSheet).amounts().stream().map(a -> a.value().stripTrailingZeros())
                .sorted().toList();
    }

    /** Whether {@code workbook} has plandoc's data sheet. */
    static Optional<Sheet> dataSheet(Workbook workbook) {
        return Optional.ofNullable(workbook.getSheet(SheetLayouts.DATA_SHEET));
    }
}

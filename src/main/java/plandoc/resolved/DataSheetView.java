package plandoc.resolved;

import java.util.List;

/**
 * The workbook's flat data sheet ("Dữ liệu"): one row per amount, the rows of the budgets' tidy CSVs
 * ({@link BudgetData#data()}), under a frozen heading row with AutoFilter, so a finance officer can filter, sort and
 * pivot what the laid-out sheets cannot (their merged group titles and SUMs over positions: s28 review M4).
 *
 * @param name         the sheet's name
 * @param heads        the column headings, Vietnamese as the whole workbook
 * @param descriptions what each column holds, a comment on its heading (the open data package's words)
 * @param columns      each column's width in Excel's unit, a 256th of the default font's digit
 * @param headPt       the heading row's height in points, its labels wrapped
 * @param budgets      the budgets whose rows the sheet lists, each with the name of the sheet printing its table, in
 *                     the workbook's order; empty: no sheet
 */
public record DataSheetView(String name, List<String> heads, List<String> descriptions, List<Integer> columns,
                            double headPt, List<Sheet> budgets) {
    public static final DataSheetView NONE = new DataSheetView("", List.of(), List.of(), List.of(), 0, List.of());

    public DataSheetView {
        heads = List.copyOf(heads);
        descriptions = List.copyOf(descriptions);
        columns = List.copyOf(columns);
        budgets = List.copyOf(budgets);
    }

    /** A budget and the sheet printing its table. */
    public record Sheet(String budget, String sheet) {
    }
}

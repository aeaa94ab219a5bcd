package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbook's flat data sheet ("Dữ liệu"): one row per amount, the rows of the budgets' tidy CSVs
 * ({@link BudgetData#data()}) in a finance officer's words, under a frozen heading row with AutoFilter, so a finance
 * officer can filter, sort and pivot what the laid-out sheets cannot (their merged group titles and SUMs over
 * positions: s28 review M4). Above the headings, a line saying what the filter shows and a SUBTOTAL of the amounts
 * shown: the filter comes set to the rows the plan's total adds, so the sheet's obvious sum is the plan's total, not
 * 4.2 times it (s28 re-read M4: the summary's rows repeat its sources', a row given by source and by year separately
 * is listed once per breakdown). The words are looked up row by row as the sheet is written ({@code
 * compute.DataSheetTexts}), so the view holds no copy of the rows.
 *
 * @param name     the sheet's name
 * @param columns  the columns, in order
 * @param note     the line above the headings, saying what the filter shows and what the figure beside it adds
 * @param noteUnit the unit of the figure beside the note, absent when the rows shown hold several
 * @param filter   the word the filter comes set to in the {@link Column#IN_PLAN_TOTAL} column ("Có": the rows the
 *                 plan's total adds); empty when no row is in the plan's total, and the filter shows every row
 * @param shown    what the rows the filter shows add up to (the plan's total), the SUBTOTAL's value before Excel
 *                 recalculates it
 * @param decimals the digits after the point of the widest amount, the SUBTOTAL's
 * @param headPt   the heading row's height in points, its labels wrapped
 * @param words    the sheet's words for the tidy CSV's codes: "item", "unallocated", "cell", "true", "false"
 * @param leads    the lead agencies as the tables print them, by item id (a summary's items take their source's)
 * @param agencies registered agencies' names by id, for an item no table prints a lead for
 * @param budgets  the budgets whose rows the sheet lists, in the workbook's order; empty: no sheet
 */
public record DataSheetView(String name, List<ColumnView> columns, String note, Optional<String> noteUnit, Optional<String> filter,
                            BigDecimal shown, int decimals, double headPt, Map<String, String> words, Map<String, String> leads,
                            Map<String, String> agencies, List<Sheet> budgets) {
    public static final DataSheetView NONE = new DataSheetView("", List.of(), "", Optional.empty(), Optional.empty(),
            BigDecimal.ZERO, 0, 0, Map.of(),
            Map.of(), Map.of(), List.of());

    public DataSheetView {
        columns = List.copyOf(columns);
        words = sorted(words);
        leads = sorted(leads);
        agencies = sorted(agencies);
        budgets = List.copyOf(budgets);
    }

    /**
     * A budget and the sheet printing its table.
     *
     * @param numbers each item's TT as the table prints it, by item id
     * @param axes    "Theo nguồn vốn": each axis's breakdown in words, by axis id
     * @param printed the table's cells printing one amount alone ({@link SheetLinks#amounts}), by the item's id and
     *                the amount's members ("dt-can-bo ns-tinh/2026"): the amount's cell on this sheet refers to it
     */
    public record Sheet(String budget, String sheet, Map<String, String> numbers, Map<String, String> axes,
                        Map<String, SheetCell> printed) {
        public Sheet {
            numbers = sorted(numbers);
            axes = sorted(axes);
            printed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(printed));
        }
    }

    /** The sheet's columns, in order: the ones a reader filters and adds first, the tidy CSV's codes last. */
    public enum Column {
        SHEET, NUMBER, GROUP, ITEM, KIND, LEAD, BREAKDOWN, MEMBERS, AMOUNT, UNIT, IN_PLAN_TOTAL, IN_TOTAL, COMPUTED,
        DECLARED, BUDGET, GROUP_ID, ITEM_ID, LEAD_IDS, MEMBER_IDS
    }

    /**
     * @param head        the heading
     * @param description what the column holds, a comment on its heading
     * @param width       the width in Excel's unit, a 256th of the default font's digit
     * @param holds       which column it is
     */
    public record ColumnView(String head, String description, int width, Column holds) {
    }

    /** A copy in key order: the resolved document is dumped as it iterates (its golden files). */
    private static Map<String, String> sorted(Map<String, String> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** Whether the workbook has the sheet: a plan with no budget has none. */
    public boolean present() {
        return !budgets.isEmpty();
    }
}

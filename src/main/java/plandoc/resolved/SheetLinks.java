package plandoc.resolved;

import java.util.List;

/**
 * A budget table's cells linked to other sheets of the workbook.
 *
 * @param sources  a summary's figures with no sum inside the table that add up cells of the tables it sums
 * @param replaced the table's own sums of cells in {@code sources}, which the links replace: such a figure added up
 *                 in the table follows no edited appendix line (a cell of it is typed, an item's source spread over
 *                 several years), so the workbook takes it from the sources' cells and the check sheet compares the two
 *                 ("theo các phụ lục" and "cộng trong bảng")
 * @param amounts  the cells printing one amount of the budget alone (an item's "Năm 2026" when only one source gives
 *                money that year), which the workbook's data sheet refers to, so an amount edited there reaches
 *                whatever adds it up from the data sheet
 */
public record SheetLinks(List<CellLink> sources, List<CellSum> replaced, List<PrintedAmount> amounts) {
    public static final SheetLinks NONE = new SheetLinks(List.of(), List.of(), List.of());

    public SheetLinks {
        sources = List.copyOf(sources);
        replaced = List.copyOf(replaced);
        amounts = List.copyOf(amounts);
    }

    /**
     * A cell printing one amount of the budget alone.
     *
     * @param item    the item's id
     * @param members the amount's leaf member on each axis, as its data row names them
     * @param cell    the cell
     */
    public record PrintedAmount(String item, List<String> members, CellRef cell) {
        public PrintedAmount {
            members = List.copyOf(members);
        }
    }
}

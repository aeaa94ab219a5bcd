package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row given as one breakdown per axis ({@code split:}) in a table that prints two of them: each breakdown added up
 * from its printed cells. The two must agree ({@code check}'s {@code budget.split-disagree}); the workbook's check
 * sheet compares the two sums live, so a cell edited in one breakdown shows (s27, tryout M-2).
 *
 * @param row         the body row of the item
 * @param first       the first breakdown's axis in the check sheet's words ("nguồn vốn")
 * @param second      the second's ("năm")
 * @param firstCells  the cells printing the first breakdown, its leaf members' columns on the row
 * @param secondCells the cells printing the second
 * @param firstSum    the first breakdown's sum as the table prints it
 * @param secondSum   the second's
 */
public record SplitSums(int row, String first, String second, List<CellRef> firstCells, List<CellRef> secondCells,
                        BigDecimal firstSum, BigDecimal secondSum) {
    public SplitSums {
        firstCells = List.copyOf(firstCells);
        secondCells = List.copyOf(secondCells);
    }
}

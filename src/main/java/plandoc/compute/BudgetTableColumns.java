package plandoc.compute;

import java.util.List;
import plandoc.model.Budget;

/**
 * The columns of one budget table after TT and Nội dung, left to right: the free-text columns (those of {@code
 * columns} that {@code print.money} does not place inside the money block), then the money block's.
 *
 * @param summary a summary ({@code print.rows}): no TT column, a row per member of an axis
 */
record BudgetTableColumns(List<String> text, List<MoneyColumn> money, boolean summary) {
    static BudgetTableColumns of(Budget budget, AxisLayout axes) {
        List<MoneyColumn> money = new MoneyColumns(budget, axes).columns();
        List<String> inBlock = money.stream().filter(MoneyColumn::isText).map(MoneyColumn::textColumn).toList();
        return new BudgetTableColumns(budget.columns().stream().filter(c -> !inBlock.contains(c)).toList(), money,
                !budget.print().rows().isEmpty());
    }
}

package plandoc.compute;

import plandoc.model.BudgetItem;

/** A budget item with its printed number (continuous across groups) and its money. */
public record ItemFigures(BudgetItem item, int number, RowMoney money) {
}

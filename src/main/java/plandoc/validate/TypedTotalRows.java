package plandoc.validate;

import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.BudgetItem;
import plandoc.model.TotalRowTitle;

/**
 * A total row typed as an item: the commonest slip when rows are copied from a spreadsheet, where the "Tổng
 * cộng" or "Cộng" line comes along as one more item and every total plandoc computes goes up by it. Found here by
 * its title ({@link TotalRowTitle}, the rule the importer reads total rows by); a row found by its money, exactly
 * the others added up, is {@code compute.TotalRowSums}' warning, since only compute adds up items. A warning, not an
 * error: the plan still builds as written and nothing is lost.
 */
final class TypedTotalRows {
    /** @param noun what the messages call the budget's items ({@link plandoc.diagnostic.Nouns#item}) */
    void check(Budget budget, String noun, Problems problems) {
        for (BudgetItem item : budget.items()) {
            if (TotalRowTitle.matches(item.title().literalText())) {
                problems.warning(item.title().at(), "budget.total-as-item", item.id().value(), item.title().literalText(),
                        noun);
            }
        }
    }
}

package plandoc.compute;

import java.util.Optional;
import plandoc.diagnostic.Nouns;
import plandoc.model.Budget;
import plandoc.model.Plan;

/**
 * The noun a budget table's items are called by ({@link Plan#itemNoun}): "dự án số 15", "nhiệm vụ số 3" in
 * references, the agency view and the check's typed counts, "dự án" when the plan names none (what the bundled
 * plans print); the messages name the items by the same noun, or by a neutral word ({@link Nouns#item}).
 */
final class ItemNouns {
    static final String DEFAULT = "dự án";
    private final Plan plan;

    ItemNouns(Plan plan) {
        this.plan = plan;
    }

    String of(Budget budget) {
        return named(budget).orElse(DEFAULT);
    }

    Optional<String> named(Budget budget) {
        return plan.itemNoun(budget);
    }
}

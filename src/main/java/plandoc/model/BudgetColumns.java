package plandoc.model;

import java.util.Set;

/** The free-text columns a budget table may print. */
public final class BudgetColumns {
    public static final Set<String> TEXT = Set.of("period", "lead", "partners", "deadline", "outcome", "funding_type");

    private BudgetColumns() {
    }
}

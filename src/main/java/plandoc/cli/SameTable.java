package plandoc.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Plan;

/**
 * The plan's own budget table that an imported sheet already holds: its rows' titles are that table's. Importing
 * plandoc's workbook of the plan without {@code --budget} once added a second copy under the sheet's name
 * ({@code phu-luc-01}) that {@code check} merely warned about (s27 tryout 1); the import is refused instead, and a
 * copy made on purpose ({@code --budget ID}) is said to be one. Asked only of a workbook plandoc wrote
 * ({@code TableImporter.Result#plandocs}): an officer's own listing the same projects with other figures (the next
 * period, a revised estimate) is a new table, not a copy (s28 re-read L-c).
 *
 * @param table   the plan's table
 * @param matched how many of the imported rows carry one of its rows' titles
 * @param rows    how many rows were imported
 */
record SameTable(Budget table, int matched, int rows) {

    /**
     * The table whose rows' titles most of {@code imported}'s carry (at least two in three, and one at least), the
     * first in the plan when two do equally; empty when none.
     */
    static Optional<SameTable> in(Plan plan, Map<String, Object> imported) {
        List<String> titles = new ArrayList<>();
        collect(imported, titles);
        if (titles.isEmpty()) {
            return Optional.empty(); // a summary (from:) imports no rows, and names nothing to compare
        }
        SameTable best = null;
        for (Budget budget : plan.budgets()) {
            Set<String> own = new HashSet<>();
            for (BudgetGroup group : budget.groups()) {
                for (BudgetItem item : group.items()) {
                    own.add(comparable(item.title().literalText()));
                }
            }
            int matched = (int) titles.stream().filter(own::contains).count();
            if (matched * 3 >= titles.size() * 2 && (best == null || matched > best.matched)) {
                best = new SameTable(budget, matched, titles.size());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The imported items' titles, in its groups or not. */
    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> node, List<String> titles) {
        if (node.get("items") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && map.get("title") instanceof String title && !title.isBlank()) {
                    titles.add(comparable(title));
                }
            }
        }
        if (node.get("groups") instanceof List<?> groups) {
            groups.stream().filter(Map.class::isInstance).forEach(g -> collect((Map<String, Object>) g, titles));
        }
    }

    /**
     * A title as the sheet and plan.yaml both say it, whatever the spacing, case, punctuation or Unicode form: a
     * cell Excel saved or an officer retyped reads "Phần mềm  ETEP" as well as "Phần mềm (ETEP)".
     */
    private static String comparable(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

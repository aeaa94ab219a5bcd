package plandoc.diff;

import java.util.List;

/**
 * A budget table's changes, grouped like the table, every total computed on both sides by
 * {@code compute} itself.
 *
 * @param label       where the table is printed ("Phụ lục 3"), after (or before when removed)
 * @param title       the title of the appendix or section printing it ("Danh mục dự án và phân kỳ đầu tư"), or ""
 * @param unit        the money unit ("tỷ đồng"), after
 * @param decimals    the decimals figures print with, after
 * @param axesChanged the axes differ (ids or order), so only whole totals are compared
 * @param groups      groups with changes, in the order of the table after, removed groups last
 * @param totals      the whole table's totals that differ (the grand row and the per-member totals); for a summary
 *                    printing {@code print.rows}, every figure it prints that differs, named by its row and column
 * @param summary     a summary ({@code from:}): its rows are its sources' items again, so they are not changed items
 *                    of their own
 * @param noun        what the plan calls the table's items, as a message argument ({@code diagnostic.Nouns})
 */
public record BudgetChange(String id, Status status, String label, String title, String unit, int decimals, boolean axesChanged,
                           List<GroupChange> groups, List<TotalChange> totals, boolean summary, String noun) {
    public BudgetChange {
        groups = List.copyOf(groups);
        totals = List.copyOf(totals);
    }

    /** The items this change counts as changed: none for a summary, whose items are counted in their own tables. */
    public long itemCount() {
        return summary ? 0 : groups.stream().mapToLong(g -> g.items().size()).sum();
    }

    public boolean isEmpty() {
        return status == Status.CHANGED && !axesChanged && groups.isEmpty() && totals.isEmpty();
    }
}

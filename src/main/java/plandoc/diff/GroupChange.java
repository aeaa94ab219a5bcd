package plandoc.diff;

import java.util.List;

/**
 * A budget group with what changed in it: its items and its computed totals.
 *
 * @param id           the group's id, "" for the one untitled group of a budget written with {@code items:}
 * @param numberBefore its printed number before ("I"), "" when added
 * @param numberAfter  its printed number after, "" when removed
 * @param titleBefore  its title before
 * @param titleAfter   its title after
 * @param totals       the group's computed totals that differ (its row in the table)
 */
public record GroupChange(String id, Status status, String numberBefore, String numberAfter, String titleBefore,
                          String titleAfter, List<ItemChange> items, List<TotalChange> totals) {
    public GroupChange {
        items = List.copyOf(items);
        totals = List.copyOf(totals);
    }

    public String number() {
        return numberAfter.isEmpty() ? numberBefore : numberAfter;
    }

    public String title() {
        return titleAfter.isEmpty() ? titleBefore : titleAfter;
    }

    public boolean renamed() {
        return status == Status.CHANGED && !titleBefore.equals(titleAfter);
    }
}

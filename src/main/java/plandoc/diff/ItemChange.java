package plandoc.diff;

import java.util.List;
import java.util.Optional;

/**
 * A budget item added, removed, renamed, moved to another group, or with changed money.
 *
 * @param labelBefore "dự án số 3" before, "" when added
 * @param labelAfter  "dự án số 3" after, "" when removed
 * @param titleBefore its title before ("" when added)
 * @param titleAfter  its title after ("" when removed)
 * @param moved       it is in another group
 * @param columns     its text columns as printed that differ (field: the column heading)
 * @param cells       its cells that differ
 * @param total       its total, when that differs
 */
public record ItemChange(String id, Status status, String labelBefore, String labelAfter, String titleBefore,
                         String titleAfter, boolean moved, List<FieldChange> columns, List<CellChange> cells,
                         Optional<TotalChange> total) {
    public ItemChange {
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    public boolean renamed() {
        return status == Status.CHANGED && !titleBefore.equals(titleAfter);
    }

    public String title() {
        return titleAfter.isEmpty() ? titleBefore : titleAfter;
    }

    public String label() {
        return labelAfter.isEmpty() ? labelBefore : labelAfter;
    }
}

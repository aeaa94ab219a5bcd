package plandoc.diff;

import java.util.List;

/**
 * A task of a task table added, removed, moved, or printed otherwise: its title, or a column its table prints
 * (cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành, sản phẩm), compared as printed.
 *
 * @param labelBefore "nhiệm vụ số 3" before, "" when added
 * @param labelAfter  "nhiệm vụ số 3" after, "" when removed
 * @param titleBefore its title as printed before ("" when added)
 * @param titleAfter  its title as printed after ("" when removed)
 * @param moved       it is in another table or group, or in another place among the tasks of its table
 * @param titleDiff   the title's words, {@link WordDiff#NONE} unless re-worded
 * @param columns     its printed columns that differ (field: the column heading); for a task added or removed,
 *                    every column it prints, the other side ""
 */
public record TaskChange(String id, Status status, String labelBefore, String labelAfter, String titleBefore,
                         String titleAfter, boolean moved, WordDiff titleDiff, List<FieldChange> columns) {
    public TaskChange {
        columns = List.copyOf(columns);
    }

    public String title() {
        return titleAfter.isEmpty() ? titleBefore : titleAfter;
    }

    public String label() {
        return labelAfter.isEmpty() ? labelBefore : labelAfter;
    }
}

package plandoc.diff;

import java.util.List;

/**
 * An indicator of an objectives table added, removed, re-worded or with changed targets.
 *
 * @param table       the objectives table's id
 * @param tableLabel  where the table is printed, as references name it ("khoản 2 mục II"), or ""
 * @param group       the title of its group in the table (after, or before when removed)
 * @param labelBefore "chỉ tiêu số 3" before, "" when added
 * @param labelAfter  "chỉ tiêu số 3" after, "" when removed
 * @param indicator   the indicator's wording (after, or before when removed)
 * @param wording     the indicator's words, {@link WordDiff#NONE} unless re-worded
 * @param targets     targets that differ, by milestone year
 */
public record ObjectiveChange(String table, String tableLabel, String group, String id, Status status, String labelBefore,
                              String labelAfter, String indicator, WordDiff wording, List<TargetChange> targets) {
    public ObjectiveChange {
        targets = List.copyOf(targets);
    }
}

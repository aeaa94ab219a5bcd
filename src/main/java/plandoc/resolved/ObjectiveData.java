package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator of an objectives table as open data: its targets with their periods parsed and, where
 * the text says it ("≥ 80%", "100%", "đạt 90%") or the source gives it, the target as a typed figure.
 *
 * @param table the objectives table's id
 * @param group the group's title; empty when the table has no groups
 */
public record ObjectiveData(String table, Optional<String> group, String id, String indicator, Optional<String> note,
                            List<TargetData> targets) {
    public ObjectiveData {
        targets = List.copyOf(targets);
    }

    /**
     * A target for a milestone.
     *
     * @param year   the milestone as typed ("2025", "2021-2025")
     * @param period its years, when it names them
     * @param text   the target as printed, always kept
     * @param figure the target as a number, when the source gives one or the text reads as one
     */
    public record TargetData(String year, Optional<Period> period, String text, Optional<Figure> figure) {
    }

    /**
     * A typed target.
     *
     * @param comparator "eq", "gte", "gt", "lte" or "lt" ("≥ 80%", "trên 95%", "không quá 5%" …)
     * @param unit       "%" or the unit the source gives; empty when the text names none plainly
     * @param declared   true when the source gave the figure ({@code value:}), false when read from the text
     */
    public record Figure(String comparator, BigDecimal value, Optional<String> unit, boolean declared) {
    }
}

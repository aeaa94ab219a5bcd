package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A budget as open data: ids instead of printed positions, every figure exact, what the source says
 * it was published as next to what plandoc computed. The tidy CSV and {@code plan.json} are written
 * from it.
 *
 * @param id       the budget's source id
 * @param unit     "tỷ đồng", "triệu đồng" …
 * @param summary  true when the budget is computed from other budgets ({@code from:}), not typed
 * @param axes     the breakdown axes (phase, source …), outermost first
 * @param rows     items and groups' unallocated money, in print order
 * @param total    the computed total; empty when the budget holds no money
 * @param declared the total the published document printed, when the source records it
 * @param inPlanTotal true when the plan's total adds this budget's rows: the sources of the summary that gives it,
 *                 or the one budget that does (a table of work already under way, outside it, is false)
 * @param data     the same money as tidy rows, one per amount at the budget's scale: the tidy CSV's rows and the
 *                 workbook's "Dữ liệu" sheet's
 * @param itemNoun the table's own {@code labels.item} ("dự án"), kept in its workbook so that an import gives it back
 */
public record BudgetData(String id, String unit, boolean summary, List<AxisData> axes, List<Row> rows,
                         Optional<BigDecimal> total, Optional<BigDecimal> declared, boolean inPlanTotal,
                         List<DataRow> data, Optional<String> itemNoun) {
    public BudgetData {
        axes = List.copyOf(axes);
        rows = List.copyOf(rows);
        data = List.copyOf(data);
    }

    /** This budget with its tidy rows, made from it. */
    public BudgetData withData(List<DataRow> tidy) {
        return new BudgetData(id, unit, summary, axes, rows, total, declared, inPlanTotal, tidy, itemNoun);
    }

    /**
     * An axis and its members, parents before their sub-members; its label when the source gives one; {@code noun} the
     * axis in words ("nguồn vốn", "năm": the check sheet's and the data sheet's "theo …"), for the workbook only.
     */
    public record AxisData(String id, Optional<String> label, List<MemberData> members, String noun) {
        public AxisData {
            members = List.copyOf(members);
        }
    }

    /**
     * @param parent the parent member's id; empty at the top
     * @param leaf   whether money is given under it (a parent only sums its sub-members)
     * @param period the years the member stands for, when its id or label names them ("2021-2023")
     */
    public record MemberData(String id, String label, Optional<String> parent, boolean leaf, Optional<Period> period) {
    }

    /**
     * One row of money: a budget item, or money a group holds without splitting it among items.
     *
     * @param kind     {@link RowKind#ITEM} or {@link RowKind#UNALLOCATED}
     * @param groupId  the group's id, when the row's group has one
     * @param groupLabel the group's title, when it has one
     * @param itemId   the item's id; empty for unallocated money
     * @param itemTitle the item's title; empty for unallocated money
     * @param lead     the registered ids of the agencies leading the item (joint leads: several)
     * @param crossed  true when the money is known cell by cell; false when the source gives one
     *                 breakdown per axis, so that only {@code shares} are known and a crossed cell may be
     *                 undetermined
     * @param cells    the row's cells that hold money (a leaf member per axis) with their status; a cell
     *                 not listed has none
     * @param shares   per axis, the row's money under each leaf member
     * @param total    the row's computed total; empty when it has no money
     * @param declared the row's total as the published document printed it, when recorded
     */
    public record Row(Optional<String> groupId, Optional<String> groupLabel, RowKind kind, Optional<String> itemId,
                      Optional<String> itemTitle,
                      List<String> lead, boolean crossed, List<Cell> cells, List<Share> shares,
                      Optional<BigDecimal> total, Optional<BigDecimal> declared) {
        public Row {
            lead = List.copyOf(lead);
            cells = List.copyOf(cells);
            shares = List.copyOf(shares);
        }
    }

    /**
     * A crossed cell holding money: {@code status} "value" (with {@code value}), or "undetermined" (the
     * source's breakdowns do not fix it; {@code range} holds its bounds when known).
     */
    public record Cell(List<String> members, String status, Optional<BigDecimal> value, List<BigDecimal> range) {
        public Cell {
            members = List.copyOf(members);
            range = List.copyOf(range);
        }
    }

    /** The row's money under one leaf member of one axis. */
    public record Share(String axis, String member, BigDecimal value) {
    }
}

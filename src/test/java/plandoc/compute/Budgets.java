package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Amount;
import plandoc.model.Assignment;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Declared;
import plandoc.model.Id;
import plandoc.model.Member;
import plandoc.model.Text;
import plandoc.model.Unit;

/**
 * Builds budget records in code for compute tests. Every record gets its own line in a pretend
 * {@code test.yaml}, so positions in messages tell the records apart.
 */
final class Budgets {
    private static int line = 100;

    private Budgets() {
    }

    static SourcePosition at() {
        return new SourcePosition("test.yaml", ++line, 1);
    }

    static SourcePosition at(int line, int column) {
        return new SourcePosition("test.yaml", line, column);
    }

    static Id id(String value) {
        return new Id(value, at());
    }

    static Member leaf(String id) {
        return new Member(new Id(id, at()), "label " + id, Optional.empty(), List.of(), true);
    }

    static Member leaf(String id, String label) {
        return new Member(new Id(id, at()), label, Optional.empty(), List.of(), true);
    }

    static Member parent(String id, Member... members) {
        return new Member(new Id(id, at()), "label " + id, Optional.empty(), List.of(members), true);
    }

    static Axis axis(String id, Member... members) {
        return new Axis(new Id(id, at()), Optional.empty(), List.of(members), at());
    }

    /** The two axes of Phụ lục 3: phase (2012-2015, 2016-2020) × source (tw, dp, khac). */
    static List<Axis> phaseSource() {
        return List.of(axis("phase", leaf("2012-2015", "Giai đoạn 2012-2015"), leaf("2016-2020", "Giai đoạn 2016-2020")),
                axis("source", leaf("tw", "NS TƯ"), leaf("dp", "NS địa phương"), leaf("khac", "Vốn khác")));
    }

    static Amount amount(String typed) {
        return new Amount(new BigDecimal(typed), typed, at());
    }

    /** Cells from pairs: a path written "2012-2015/tw", then the amount as typed. */
    static Cells cells(String... pathsAndAmounts) {
        List<Cells.Cell> cells = new ArrayList<>();
        for (int i = 0; i < pathsAndAmounts.length; i += 2) {
            List<Id> path = Arrays.stream(pathsAndAmounts[i].split("/")).map(Budgets::id).toList();
            cells.add(new Cells.Cell(path, amount(pathsAndAmounts[i + 1])));
        }
        return new Cells(cells, at());
    }

    static Cells none() {
        return Cells.none(at());
    }

    static Text text(String s) {
        return Text.literal(s, at());
    }

    static BudgetItem item(String id, Cells amounts, Declared... declared) {
        return new BudgetItem(new Id(id, at()), text("Dự án " + id), Assignment.NONE, Optional.empty(), Optional.empty(),
                amounts, Map.of(), Optional.empty(), List.of(declared), at());
    }

    static BudgetItem itemWithPeriod(String id, String period, Cells amounts) {
        return new BudgetItem(new Id(id, at()), text("Dự án " + id), Assignment.NONE, Optional.of(text(period)),
                Optional.empty(), amounts, Map.of(), Optional.empty(), List.of(), at());
    }

    /** An item given as independent breakdowns: axis id, cells, axis id, cells …. */
    static BudgetItem split(String id, Object... axisAndCells) {
        Map<String, Cells> split = new LinkedHashMap<>();
        for (int i = 0; i < axisAndCells.length; i += 2) {
            split.put((String) axisAndCells[i], (Cells) axisAndCells[i + 1]);
        }
        return new BudgetItem(new Id(id, at()), text("Dự án " + id), Assignment.NONE, Optional.empty(), Optional.empty(),
                none(), split, Optional.empty(), List.of(), at());
    }

    static BudgetItem noAmount(String id, String note) {
        return new BudgetItem(new Id(id, at()), text("Dự án " + id), Assignment.NONE, Optional.empty(), Optional.empty(),
                none(), Map.of(), Optional.of(text(note)), List.of(), at());
    }

    static BudgetItem amountsAndNoAmount(String id, Cells amounts, String note) {
        return new BudgetItem(new Id(id, at()), text("Dự án " + id), Assignment.NONE, Optional.empty(), Optional.empty(),
                amounts, Map.of(), Optional.of(text(note)), List.of(), at());
    }

    static BudgetGroup group(String id, BudgetItem... items) {
        return new BudgetGroup(Optional.of(new Id(id, at())), Optional.of(text("Nhóm " + id)), List.of(items), none(),
                List.of(), at());
    }

    static BudgetGroup groupWithUnallocated(String id, Cells unallocated, BudgetItem... items) {
        return new BudgetGroup(Optional.of(new Id(id, at())), Optional.of(text("Nhóm " + id)), List.of(items),
                unallocated, List.of(), at());
    }

    static Budget budget(String id, int decimals, List<Axis> axes, BudgetGroup... groups) {
        return new Budget(new Id(id, at()), Unit.TY_DONG, decimals, axes, List.of(), Map.of(), List.of(), List.of(groups),
                true, false, List.of(), at());
    }

    /** A budget written with {@code items:} directly: one untitled group. */
    static Budget ungrouped(String id, int decimals, List<Axis> axes, BudgetItem... items) {
        BudgetGroup only = new BudgetGroup(Optional.empty(), Optional.empty(), List.of(items), none(), List.of(), at());
        return new Budget(new Id(id, at()), Unit.TRIEU_DONG, decimals, axes, List.of(), Map.of(), List.of(), List.of(only),
                false, false, List.of(), at());
    }

    static Declared declaredTotal(String total) {
        return new Declared(Optional.empty(), Optional.of(amount(total)), none(), Map.of(), at());
    }

    /** Selects one member per named axis: "phase", "2012-2015", "source", "tw" …. */
    static Selection select(BudgetFigures figures, String... axisAndMember) {
        Map<Integer, String> byAxis = new LinkedHashMap<>();
        for (int i = 0; i < axisAndMember.length; i += 2) {
            byAxis.put(figures.layout().indexOf(axisAndMember[i]).orElseThrow(), axisAndMember[i + 1]);
        }
        return Selection.of(figures.layout().size(), byAxis);
    }
}

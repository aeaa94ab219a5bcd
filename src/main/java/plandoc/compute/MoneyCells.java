package plandoc.compute;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.InlineText;

/**
 * The money cells of one budget table, each remembered with whose money it shows and which part of it ({@link
 * Origin}, for {@link LiveSums}); the cells the items leave open are told to {@link OpenCells}.
 */
final class MoneyCells {
    private final BudgetFigures figures;
    private final Budget budget;
    private final DeclaredCells open;
    private final OpenCells openCells;
    private final Problems problems;
    /** Each money cell's scope and selection, by identity, for {@link LiveSums}. */
    private final Map<CellView, Origin> origins = new java.util.IdentityHashMap<>();
    private boolean undeterminedReported;

    /**
     * @param open the declared figures of cells the items leave open, printed under {@code print.undetermined: declared}
     */
    MoneyCells(BudgetFigures figures, DeclaredCells open, OpenCells openCells, Problems problems) {
        this.figures = figures;
        this.budget = figures.budget();
        this.open = open;
        this.openCells = openCells;
        this.problems = problems;
    }

    /** Whose money a cell shows and which part of it; the declared figure it prints, if it prints one. */
    private record Origin(String scope, Selection selection, Figure figure, Optional<plandoc.model.Amount> declared) {
    }

    /** {@code cell}, made here, placed {@code at} its row and column for {@link LiveSums}; empty for a cell without money. */
    Optional<LiveSums.Placed> placed(CellView cell, plandoc.resolved.CellRef at) {
        Origin origin = origins.get(cell);
        return origin == null ? Optional.empty()
                : Optional.of(new LiveSums.Placed(at, origin.scope(), origin.selection(), origin.figure(), origin.declared()));
    }

    /** {@code cell} spanning {@code span} columns, remembered as {@code cell} was. */
    CellView spanning(CellView cell, int span) {
        CellView spanning = new CellView(cell.lines(), cell.value(), true, CellRole.MONEY, span);
        origins.put(spanning, origins.remove(cell));
        return spanning;
    }

    /**
     * A money cell, remembered with whose money ({@code scope}) and which part of it it shows. A cell the items
     * leave open prints the author's declared figure when the table asks for it ({@code print.undetermined:
     * declared}): a given value, not computed, which the totals over it must agree with ({@link LiveSums}).
     */
    CellView moneyCell(String scope, Figure figure, Selection selection, boolean computed) {
        Optional<plandoc.model.Amount> declared = figure.state() == Figure.State.UNDETERMINED
                && budget.print().undetermined() == plandoc.model.UndeterminedCells.DECLARED
                ? open.get(scope, selection) : Optional.empty();
        if (declared.isPresent()) {
            openCells.declared(selection);
            // A declared 0 prints blank, as every cell without money does.
            Figure given = declared.get().value().signum() == 0 ? Figure.BLANK : Figure.of(declared.get().value());
            CellView cell = moneyCell(given, selection, false);
            origins.put(cell, new Origin(scope, selection, given, declared));
            return cell;
        }
        CellView cell = moneyCell(figure, selection, computed);
        origins.put(cell, new Origin(scope, selection, figure, Optional.empty()));
        return cell;
    }

    private CellView moneyCell(Figure figure, Selection selection, boolean computed) {
        return switch (figure.state()) {
            case BLANK -> new CellView(List.of(), Optional.empty(), computed, CellRole.MONEY, 1);
            case UNDETERMINED -> undetermined(selection, computed);
            case VALUE -> new CellView(List.of(InlineText.of(VietnameseNumbers.format(figure.value(),
                    budget.decimals()))), Optional.of(figure.value()), computed, CellRole.MONEY, 1);
        };
    }

    /**
     * Never apportioned: marked "…" with a note when the author asked (or declared no figure for the cell), else
     * an error naming the items.
     */
    private CellView undetermined(Selection selection, boolean computed) {
        List<String> items = figures.undeterminedItems(selection).stream().map(i -> i.item().id().value()).toList();
        if (budget.print().undetermined() != plandoc.model.UndeterminedCells.ERROR) {
            openCells.marked(items, selection);
        } else if (!undeterminedReported) {
            undeterminedReported = true;
            String cell = String.join(" / ", selection.members().stream().filter(Objects::nonNull).toList());
            problems.error(budget.print().at(), "budget.undetermined", budget.id().value(), cell,
                    String.join(", ", items), figures.noun());
        }
        return new CellView(List.of(InlineText.of(BudgetTableBuilder.UNDETERMINED)), Optional.empty(), computed, CellRole.MONEY, 1);
    }

    static CellView blank(CellRole role) {
        return new CellView(List.of(), Optional.empty(), false, role, 1);
    }
}

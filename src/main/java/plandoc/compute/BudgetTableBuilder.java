package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.Text;
import plandoc.resolved.ColumnView;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableView;

/**
 * Lays a budget out as a printed table. By default: the axes crossed (one column per cell, outer
 * axis first) then the total; group rows with subtotals, item rows, the grand row and the per-axis
 * totals rows. {@code print.money} instead lists the money block's columns (the total, each axis on
 * its own, free-text columns); {@code print.rows} gives a summary's rows (the grand row, one row per
 * member of an axis). Every figure is computed here; the template only places the strings.
 *
 * <p>The parts, in the order a table is made: its columns ({@link BudgetTableColumns}, the money block's from {@link
 * MoneyColumns}), what heads them ({@link BudgetTableHeader}), the rows ({@link BudgetItemRows} then {@link BudgetTotalRows}, or {@link
 * BudgetSummaryRows}) with their money cells ({@link MoneyCells}), the notes on the cells left open ({@link
 * OpenCells}) and how the printed figures add up ({@link BudgetTableSums}).
 */
final class BudgetTableBuilder {
    static final String UNDETERMINED = "…";
    /** From this many columns a table no longer fits the 165 mm of a portrait page legibly. */
    static final int PORTRAIT_COLUMNS = 10;

    private final Function<Text, InlineText> inline;
    private final Function<String, UndeterminedNote.NamedItem> itemLabel;
    private final Problems problems;
    /** Each built budget's cells of the budget as a whole (grand row, per-member totals, a summary's rows). */
    private final Map<String, List<LiveSums.Placed>> wholeCells = new java.util.HashMap<>();
    /** Each built budget's open cells, for the note under its table where an appendix shows it. */
    private final Map<String, OpenCells> openCellsOf = new java.util.HashMap<>();

    /**
     * @param itemLabel how a note names an item ("nhiệm vụ số 2 Phụ lục 03")
     */
    BudgetTableBuilder(Function<Text, InlineText> inline, Function<String, UndeterminedNote.NamedItem> itemLabel,
                       Problems problems) {
        this.inline = inline;
        this.itemLabel = itemLabel;
        this.problems = problems;
    }

    TableView build(BudgetFigures figures) {
        return build(figures, List.of(), new DeclaredCells());
    }

    /** The cells of a built budget's table that show the budget as a whole, in reading order. */
    List<LiveSums.Placed> wholeCells(String budgetId) {
        return wholeCells.getOrDefault(budgetId, List.of());
    }

    /**
     * The notes under a built budget's table where the appendix {@code here} ("Phụ lục 07") shows it: the note does not
     * cite that appendix for the figures it prints itself (s27 tryout 8).
     */
    List<InlineText> notesIn(String budgetId, String here) {
        return Optional.ofNullable(openCellsOf.get(budgetId))
                .map(o -> notes(o.budget(), o.undeterminedNote(Optional.of(here)))).orElse(List.of());
    }

    /**
     * The note under a table on the cells printing "…", marked as they are; none under {@code print.undetermined:
     * declared}. That setting reproduces a signed original, and plandoc's sentence is not in what was signed: the
     * note printed five italic lines inside 424's Đề án IV.1 and PHỤ LỤC 07 (s32 review B2). The workbook's comment
     * on each "…" cell still says it. Under {@code mark} the document is the author's own and the note is part of the
     * draft the signer reads.
     */
    private static List<InlineText> notes(Budget budget, Optional<String> undeterminedNote) {
        if (budget.print().undetermined() == plandoc.model.UndeterminedCells.DECLARED) {
            return List.of();
        }
        return undeterminedNote.map(note -> List.of(InlineText.of("(" + UNDETERMINED + ") " + note))).orElse(List.of());
    }

    /**
     * The table, with how its figures add up and the figures earlier documents printed for it.
     *
     * @param open the declared figures of cells the items leave open, printed under {@code print.undetermined: declared}
     */
    TableView build(BudgetFigures figures, List<DeclaredCheck.Located> declared, DeclaredCells open) {
        return new Layout(figures, open).table(declared);
    }

    /** The layout of one budget table. */
    private final class Layout {
        private final BudgetFigures figures;
        private final Budget budget;
        private final AxisLayout axes;
        private final BudgetTableColumns table;
        private final OpenCells openCells;
        private final MoneyCells moneyCells;
        /** "group:1" → its items' and unallocated scopes; "whole" → the groups (or rows when ungrouped). */
        private final Map<String, List<String>> scopeParts = new java.util.HashMap<>();
        private final Map<String, java.util.function.Function<Selection, Figure>> scopeFigures = new java.util.HashMap<>();

        Layout(BudgetFigures figures, DeclaredCells open) {
            this.figures = figures;
            this.budget = figures.budget();
            this.axes = figures.layout();
            this.table = BudgetTableColumns.of(budget, axes);
            this.openCells = new OpenCells(figures, itemLabel);
            this.moneyCells = new MoneyCells(figures, open, openCells, problems);
        }

        TableView table(List<DeclaredCheck.Located> declared) {
            BudgetTableHeader header = new BudgetTableHeader(budget, table);
            List<ColumnView> columns = header.columns();
            List<RowView> rows = table.summary() ? new BudgetSummaryRows(figures, table, moneyCells).rows() : itemRows();
            openCellsOf.put(budget.id().value(), openCells);
            BudgetTableSums sums = new BudgetTableSums(figures, rows, moneyCells, problems);
            wholeCells.put(budget.id().value(), sums.wholeCells());
            // The declared cells' note is said in the workbook's comment only: the printed table shows the figure as
            // the signed original does.
            TableSums tableSums = sums.find(scopeParts, scopeFigures, declared, openCells);
            String unit = budget.unit().label();
            return new TableView(budget.id().value(), TableKind.BUDGET, Optional.of("Đơn vị tính: "
                    + unit.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + unit.substring(1)),
                    budget.decimals(), columns, header.rows(), rows, notes(budget, tableSums.open().undeterminedNote()),
                    columns.size() >= PORTRAIT_COLUMNS, tableSums);
        }

        /** The default layout: the items' rows in their groups, then the grand row and the per-axis totals rows. */
        private List<RowView> itemRows() {
            List<RowView> rows = new ArrayList<>(new BudgetItemRows(figures, table, moneyCells, inline,
                    scopeParts, scopeFigures).rows());
            int labelSpan = 1 + table.text().size();
            rows.addAll(new BudgetTotalRows(figures, table, moneyCells, inline).rows(1 + labelSpan));
            return rows;
        }
    }

    /** The scope of the cells that show the budget as a whole (grand row, per-member totals, a summary's rows). */
    static final String WHOLE = "whole";

    /** By the item's id, not its printed number: with {@code numbering: per-group} two items print "1". */
    static final String ITEM_SCOPE = "item:";

    static String itemScope(ItemFigures item) {
        return ITEM_SCOPE + item.item().id().value();
    }

    static String groupScope(GroupFigures group) {
        return "group:" + group.number();
    }

    static String unallocatedScope(GroupFigures group) {
        return "unallocated:" + group.number();
    }
}

package plandoc.importer;

import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one budget table from a sheet laid out as officers lay it out — a title and "Đơn vị tính"
 * above, one to three header rows (the "TT" cell spans them), group rows numbered I, II …, item rows
 * 1, 2 …, and "Tổng" rows — and builds the {@code budgets:} entry for it as a YAML tree. Axes come
 * from the money headers: column groups with the same sub-columns are two crossed axes ("Giai đoạn
 * 2012-2015" × "NS TƯ"), groups with different sub-columns independent axes (items then give a
 * {@code split}); a single row of money columns is one axis. Free-text columns map to {@code lead},
 * {@code partners}, {@code period} … by their header. Every figure on a group or total row, and each
 * item's "Tổng", becomes {@code declared:} so {@code check} compares it with the computed one. What
 * cannot be mapped is reported at its cell. The header is read by {@link HeaderLayout}, the rows under it by
 * {@link BodyRows}.
 */
public final class TableImporter {

    /**
     * The budget's YAML tree and what could not be mapped; {@code plandocs}: the workbook is one plandoc wrote
     * ({@link BudgetImport#plandocs}), whose tables may be the plan's own.
     */
    public record Result(Map<String, Object> budget, List<Note> notes, boolean plandocs) {
        public Result(Map<String, Object> budget, List<Note> notes) {
            this(budget, notes, false);
        }

        public boolean imported() {
            return !budget.isEmpty();
        }

        Result fromPlandoc(boolean written) {
            return new Result(budget, notes, written);
        }
    }

    /** Something the officer must look at, at a cell ({@code PL03.xlsx!Sheet1!F12}). */
    public record Note(String position, Message message) {
    }

    private final SheetGrid grid;
    private final String budgetId;
    private final List<Note> notes = new ArrayList<>();

    TableImporter(SheetGrid grid, String budgetId) {
        this.grid = grid;
        this.budgetId = budgetId;
    }

    Result read() {
        HeaderLayout layout = new HeaderLayout(grid, notes);
        int[] header = layout.findHeader();
        if (header == null) {
            note(grid.rowPosition(0), "import.no-header", grid.sheetName());
            return new Result(Map.of(), notes);
        }
        int top = header[0];
        int height = header[2];
        String unit = layout.unit(top);
        layout.classify(top, height);
        layout.axes(top + height);
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("id", budgetId);
        budget.put("unit", unit);
        BodyRows body = new BodyRows(grid, budgetId, layout, notes);
        body.read(top + height);
        budget.put("decimals", Math.min(body.decimals(), 3));
        budget.put("axes", layout.axesYaml());
        List<String> textColumns = layout.textColumns();
        if (!textColumns.isEmpty()) {
            budget.put("columns", textColumns);
        }
        budget.put("labels", layout.labels(body.grandLabel));
        layout.printMoney().ifPresent(money -> budget.put("print", new LinkedHashMap<>(Map.of("money", money))));
        if (body.grouped()) {
            budget.put("groups", body.groups);
        } else {
            budget.put("items", body.looseItems());
        }
        if (!body.declared.isEmpty()) {
            budget.put("declared", body.declared);
        }
        return new Result(budget, notes);
    }

    /** "Giai đoạn 2012-2015" → "giai-doan-2012-2015". */
    static String slug(String text) {
        return Folding.slug(text);
    }

    private void note(String position, String key, Object... args) {
        notes.add(new Note(position, Message.of(key, args)));
    }
}

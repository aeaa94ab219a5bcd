package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import plandoc.model.Budget;
import plandoc.resolved.CellRole;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;

/**
 * What heads a budget table's columns: each column's name ({@link ColumnView}) and the header rows printed above
 * them (fixed columns first: TT, Nội dung, the free-text columns; then the money block).
 */
final class BudgetTableHeader {
    static final Map<String, String> COLUMN_LABELS = Map.of(
            "period", "Thời gian thực hiện", "lead", "Đơn vị chủ trì", "partners", "Đơn vị phối hợp",
            "deadline", "Thời hạn hoàn thành", "outcome", "Dự kiến kết quả", "funding_type", "Loại nguồn vốn");

    private final Budget budget;
    private final BudgetTableColumns table;

    BudgetTableHeader(Budget budget, BudgetTableColumns table) {
        this.budget = budget;
        this.table = table;
    }

    List<ColumnView> columns() {
        List<ColumnView> columns = new ArrayList<>();
        if (!table.summary()) {
            columns.add(new ColumnView("number", CellRole.NUMBER, budget.label("number", "TT")));
        }
        columns.add(new ColumnView("title", CellRole.TITLE, budget.label("title", "Nội dung")));
        table.text().forEach(c -> columns.add(new ColumnView(c, CellRole.TEXT, columnLabel(budget, c))));
        for (MoneyColumn m : table.money()) {
            columns.add(new ColumnView(m.key(), m.isText() ? CellRole.TEXT : CellRole.MONEY,
                    String.join(" - ", m.headerPath().stream().filter(Objects::nonNull).toList())));
        }
        return columns;
    }

    /**
     * Fixed columns span the whole header; money labels merge across runs of equal prefixes and span
     * down over the nulls below them; an optional "Kinh phí" label spans the money block.
     */
    List<List<HeaderCell>> rows() {
        int levels = table.money().stream().mapToInt(m -> m.headerPath().size()).max().orElse(1);
        boolean moneyLabel = budget.labels().containsKey("money") && !table.money().isEmpty();
        int height = levels + (moneyLabel ? 1 : 0);
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            rows.add(new ArrayList<>());
        }
        if (!table.summary()) {
            rows.get(0).add(new HeaderCell(budget.label("number", "TT"), 1, height));
        }
        rows.get(0).add(new HeaderCell(budget.label("title", "Nội dung"), 1, height));
        table.text().forEach(c -> rows.get(0).add(new HeaderCell(columnLabel(budget, c), 1, height)));
        int top = 0;
        if (moneyLabel) {
            rows.get(0).add(new HeaderCell(budget.label("money", ""), table.money().size(), 1));
            top = 1;
        }
        List<List<String>> paths = table.money().stream().map(m -> padded(m.headerPath(), levels)).toList();
        for (int level = 0; level < levels; level++) {
            int c = 0;
            while (c < paths.size()) {
                List<String> path = paths.get(c);
                if (path.get(level) == null) {
                    c++;
                    continue;
                }
                int end = c + 1;
                while (end < paths.size() && paths.get(end).subList(0, level + 1).equals(path.subList(0, level + 1))) {
                    end++;
                }
                int rowspan = 1;
                while (level + rowspan < levels && path.get(level + rowspan) == null) {
                    rowspan++;
                }
                rows.get(top + level).add(new HeaderCell(path.get(level), end - c, rowspan));
                c = end;
            }
        }
        return rows.stream().map(List::copyOf).toList();
    }

    private static List<String> padded(List<String> path, int length) {
        List<String> out = new ArrayList<>(path);
        while (out.size() < length) {
            out.add(null);
        }
        return out;
    }

    static String columnLabel(Budget budget, String column) {
        return budget.label(column, COLUMN_LABELS.getOrDefault(column, column));
    }
}

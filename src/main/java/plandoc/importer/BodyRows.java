package plandoc.importer;

import plandoc.diagnostic.Message;
import plandoc.importer.HeaderLayout.AxisSpec;
import plandoc.importer.HeaderLayout.Column;
import plandoc.importer.HeaderLayout.Role;
import plandoc.importer.TableImporter.Note;
import plandoc.model.TotalRowTitle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows under a table's {@link HeaderLayout}: group rows numbered I, II …, item rows 1, 2 …, and "Tổng" rows,
 * read into the budget's groups (or loose items) and its {@code declared:} figures. Every figure on a group or total
 * row, and each item's "Tổng", becomes {@code declared:} so {@code check} compares it with the computed one.
 */
final class BodyRows {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?");
    private static final Pattern ARABIC = Pattern.compile("\\d+\\.?");
    private static final Pattern WITH_PARTNERS = Pattern.compile("(?u)(.+?),\\s*phối hợp\\s+(.+)");
    private static final Pattern UNALLOCATED = Pattern.compile("(?iu).*chưa phân bổ.*");

    private final SheetGrid grid;
    private final String budgetId;
    private final HeaderLayout layout;
    private final List<Note> notes;
    private final List<Column> columns;
    private final List<AxisSpec> axes;
    private final boolean crossed;
    private final List<List<Integer>> crossedColumns;
    private final List<Integer> crossedSubtotals;
    /** The most decimal places a figure read has. */
    private int decimals;
    final List<Object> groups = new ArrayList<>();
    final Map<String, Object> declared = new LinkedHashMap<>();
    String grandLabel;
    private Map<String, Object> group;
    private final List<Object> loose = new ArrayList<>();
    private final Map<String, String> previousText = new LinkedHashMap<>();
    private int items;
    private boolean totalsSeen;

    BodyRows(SheetGrid grid, String budgetId, HeaderLayout layout, List<Note> notes) {
        this.grid = grid;
        this.budgetId = budgetId;
        this.layout = layout;
        this.notes = notes;
        this.columns = layout.columns();
        this.axes = layout.axisSpecs();
        this.crossed = layout.crossed();
        this.crossedColumns = layout.crossedColumns();
        this.crossedSubtotals = layout.crossedSubtotals();
    }

    boolean grouped() {
        return !groups.isEmpty();
    }

    List<Object> looseItems() {
        return loose;
    }

    void read(int first) {
        int numberColumn = index(Role.NUMBER);
        int titleColumn = index(Role.TITLE);
        for (int r = first; r < grid.rows(); r++) {
            if (blankRow(r)) {
                continue;
            }
            if (grid.hiddenRow(r)) {
                note(grid.rowPosition(r), "import.hidden-row");
            }
            String number = numberColumn < 0 ? "" : cellText(r, numberColumn);
            String title = titleColumn < 0 ? "" : grid.value(r, titleColumn).text();
            String label = !title.isEmpty() ? title : number;
            if (r == first && isNumberingRow(r)) {
                note(grid.rowPosition(r), "import.numbering-row");
                continue;
            }
            if (ROMAN.matcher(number).matches() && !title.isEmpty()) {
                groupRow(r, title);
            } else if (TotalRowTitle.matches(number.isEmpty() ? title : number)) {
                totalRow(r, label);
            } else if (!number.isEmpty() && ARABIC.matcher(number).matches() && !title.isEmpty()) {
                itemRow(r, title);
            } else if (number.isEmpty() && UNALLOCATED.matcher(title).matches() && group != null) {
                unallocatedRow(r);
            } else if (totalsSeen && memberTotalRow(r, title)) {
                continue;
            } else {
                note(grid.rowPosition(r), "import.row-skipped", rowText(r));
            }
        }
        for (Column c : columns) {
            if (c.role() == Role.NONE) {
                for (int r = first; r < grid.rows(); r++) {
                    SheetGrid.Value v = grid.value(r, c.index());
                    if (!v.covered() && !v.blank()) {
                        note(grid.position(r, c.index()), "import.column-unmapped", c.leaf(), v.text().isEmpty()
                                ? v.number().map(BigDecimal::toPlainString).orElse("") : v.text());
                    }
                }
            }
        }
        for (Column c : columns) {
            if (grid.hiddenColumn(c.index())) {
                note(grid.position(first, c.index()), "import.hidden-column");
            }
        }
    }

    private boolean blankRow(int r) {
        for (int c = 0; c < grid.columns(); c++) {
            if (!grid.value(r, c).blank()) {
                return false;
            }
        }
        return true;
    }

    /** A row of column numbers under the header: (1), (2), … or 1, 2, …. */
    private boolean isNumberingRow(int r) {
        int n = 0;
        for (int c = 0; c < grid.columns(); c++) {
            SheetGrid.Value v = grid.value(r, c);
            if (v.blank() || v.covered()) {
                continue;
            }
            String text = v.text().isEmpty() ? v.number().map(BigDecimal::toPlainString).orElse("") : v.text();
            if (!text.replaceAll("[()]", "").strip().equals(Integer.toString(++n))) {
                return false;
            }
        }
        return n > 2;
    }

    private String rowText(int r) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            SheetGrid.Value v = grid.value(r, c);
            if (!v.covered() && !v.blank()) {
                parts.add(v.text().isEmpty() ? v.number().map(BigDecimal::toPlainString).orElse("") : v.text());
            }
        }
        String text = String.join(" | ", parts);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private void groupRow(int r, String title) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", budgetId + "-nhom-" + (groups.size() + 1));
        g.put("title", title);
        g.put("items", new ArrayList<>());
        Map<String, Object> figures = figures(r, true);
        if (!figures.isEmpty()) {
            g.put("declared", figures);
        }
        groups.add(g);
        group = g;
    }

    @SuppressWarnings("unchecked")
    private void itemRow(int r, String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", budgetId + "-" + ++items);
        item.put("title", title);
        for (Column c : columns) {
            if (c.role() == Role.TEXT) {
                String text = cellText(r, c.index());
                if (text.equalsIgnoreCase("Như trên")) {
                    text = previousText.getOrDefault(c.key(), text);
                }
                previousText.put(c.key(), text);
                var withPartners = WITH_PARTNERS.matcher(text);
                if (c.key().equals("lead") && index("partners") < 0 && withPartners.matches()) {
                    item.put("lead", withPartners.group(1));
                    item.put("partners", List.of(withPartners.group(2).split("\\s*[,;]\\s*")));
                    continue;
                }
                if (!text.isEmpty()) {
                    item.put(c.key(), c.key().equals("partners") ? List.of(text.split("\\s*[,;]\\s*")) : text);
                }
            }
        }
        Map<String, Object> money = money(r);
        item.putAll(money);
        Optional<BigDecimal> total = number(r, Role.TOTAL);
        if (total.isPresent() && !money.isEmpty() && !money.containsKey("no_amount")) {
            item.put("declared", new LinkedHashMap<>(Map.of("total", total.get())));
        } else if (total.isPresent() && total.get().signum() != 0) {
            note(grid.position(r, index(Role.TOTAL)), "import.total-alone", total.get().toPlainString());
        }
        if (group != null) {
            ((List<Object>) group.get("items")).add(item);
        } else {
            loose.add(item);
        }
    }

    private void unallocatedRow(int r) {
        Map<String, Object> money = money(r);
        if (money.containsKey("amounts")) {
            group.put("unallocated", money.get("amounts"));
        } else if (!money.isEmpty()) {
            note(grid.rowPosition(r), "import.row-skipped", rowText(r));
        }
    }

    private void totalRow(int r, String label) {
        if (!totalsSeen) {
            totalsSeen = true;
            grandLabel = label;
            declared.putAll(figures(r, false));
            return;
        }
        // A later "Tổng …" row: per-member totals of the outer axis spanning its columns.
        if (!memberSpans(r)) {
            note(grid.rowPosition(r), "import.row-skipped", rowText(r));
        }
    }

    @SuppressWarnings("unchecked")
    private boolean memberSpans(int r) {
        if (!crossed) {
            return false;
        }
        AxisSpec outer = axes.get(0);
        Map<String, Object> perMember = new LinkedHashMap<>();
        for (int m = 0; m < crossedColumns.size(); m++) {
            SheetGrid.Value v = grid.value(r, crossedColumns.get(m).get(0));
            v.number().ifPresent(n -> perMember.put(outer.members().get(perMember.size()), n));
        }
        if (perMember.isEmpty()) {
            return false;
        }
        ((Map<String, Object>) declared.computeIfAbsent(outer.id(), k -> new LinkedHashMap<>())).putAll(perMember);
        return true;
    }

    /** "- NS TƯ … 87,35": a per-member total under a "Tổng theo …" row. */
    @SuppressWarnings("unchecked")
    private boolean memberTotalRow(int r, String title) {
        String label = title.replaceFirst("^[-–]\\s*", "").strip();
        if (label.isEmpty()) {
            label = grid.value(r, 0).text().replaceFirst("^[-–]\\s*", "").strip();
        }
        for (AxisSpec axis : axes) {
            int i = axis.labels().indexOf(label);
            if (i >= 0) {
                for (int c = grid.columns() - 1; c >= 0; c--) {
                    Optional<BigDecimal> n = grid.value(r, c).number();
                    if (n.isPresent() && grid.value(r, c).text().isEmpty()) {
                        ((Map<String, Object>) declared.computeIfAbsent(axis.id(), k -> new LinkedHashMap<>()))
                                .put(axis.members().get(i), n.get());
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The figures of a group or total row as {@code declared}: total, cells, per-member totals. */
    private Map<String, Object> figures(int r, boolean group) {
        Map<String, Object> out = new LinkedHashMap<>();
        number(r, Role.TOTAL).ifPresent(t -> out.put("total", t));
        if (crossed) {
            Map<String, Object> cells = crossedCells(r);
            if (!cells.isEmpty()) {
                out.put("amounts", cells);
            }
            Map<String, Object> perMember = new LinkedHashMap<>();
            for (int m = 0; m < crossedSubtotals.size(); m++) {
                Integer column = crossedSubtotals.get(m);
                if (column != null) {
                    int member = m;
                    value(r, column).ifPresent(v -> perMember.put(axes.get(0).members().get(member), v));
                }
            }
            if (!perMember.isEmpty()) {
                out.put(axes.get(0).id(), perMember);
            }
        } else {
            for (AxisSpec axis : axes) {
                Map<String, Object> shares = shares(r, axis);
                if (axes.size() == 1 && !shares.isEmpty()) {
                    out.put("amounts", shares);
                } else if (!shares.isEmpty()) {
                    out.put(axis.id(), shares);
                }
            }
        }
        return out;
    }

    /** An item's money: crossed amounts, one axis's amounts, or a split; or its text as no_amount. */
    private Map<String, Object> money(int r) {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<String> text = moneyText(r);
        if (crossed) {
            Map<String, Object> cells = crossedCells(r);
            checkSubtotals(r);
            if (!cells.isEmpty()) {
                out.put("amounts", cells);
            }
        } else {
            Map<String, Object> split = new LinkedHashMap<>();
            for (AxisSpec axis : axes) {
                Map<String, Object> shares = shares(r, axis);
                if (!shares.isEmpty()) {
                    split.put(axis.id(), shares);
                }
            }
            if (axes.size() == 1 && !split.isEmpty()) {
                out.put("amounts", split.values().iterator().next());
            } else if (!split.isEmpty()) {
                out.put("split", split);
            }
        }
        if (out.isEmpty() && text.isPresent()) {
            out.put("no_amount", text.get());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> crossedCells(int r) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int m = 0; m < crossedColumns.size(); m++) {
            Map<String, Object> inner = new LinkedHashMap<>();
            List<Integer> cols = crossedColumns.get(m);
            for (int k = 0; k < cols.size(); k++) {
                int member = k;
                value(r, cols.get(k)).ifPresent(v -> inner.put(axes.get(1).members().get(member), v));
            }
            if (!inner.isEmpty()) {
                // Under its parent when the outer member is a sub-member: dp: { dau-tu: { 2022: 200 } }.
                List<String> path = axes.get(0).paths().get(m);
                Map<String, Object> at = cells;
                for (int d = 0; d < path.size() - 1; d++) {
                    at = (Map<String, Object>) at.computeIfAbsent(path.get(d), key -> new LinkedHashMap<>());
                }
                at.put(path.get(path.size() - 1), inner);
            }
        }
        return cells;
    }

    /** An item's "Cộng" cell is computed by plandoc: report it when it disagrees with its cells. */
    private void checkSubtotals(int r) {
        for (int m = 0; m < crossedSubtotals.size(); m++) {
            Integer column = crossedSubtotals.get(m);
            if (column == null) {
                continue;
            }
            Optional<BigDecimal> shown = value(r, column);
            BigDecimal sum = crossedColumns.get(m).stream().map(c -> value(r, c).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shown.isPresent() && shown.get().compareTo(sum) != 0) {
                note(grid.position(r, column), "import.subtotal-differs", shown.get().toPlainString(),
                        sum.toPlainString());
            }
        }
    }

    /** A row's figures under one axis, nested as the axis's members are. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> shares(int r, AxisSpec axis) {
        Map<String, Object> shares = new LinkedHashMap<>();
        for (int k = 0; k < axis.columns().size(); k++) {
            Optional<BigDecimal> v = value(r, axis.columns().get(k));
            if (v.isEmpty()) {
                continue;
            }
            List<String> path = axis.paths().get(k);
            Map<String, Object> at = shares;
            for (int d = 0; d < path.size() - 1; d++) {
                at = (Map<String, Object>) at.computeIfAbsent(path.get(d), key -> new LinkedHashMap<>());
            }
            at.put(path.get(path.size() - 1), v.get());
        }
        return shares;
    }

    /** Text standing in the money block ("Kinh phí doanh nghiệp"), merged across it or not. */
    private Optional<String> moneyText(int r) {
        for (Column c : columns) {
            if (c.role() == Role.MONEY || c.role() == Role.TOTAL) {
                SheetGrid.Value v = grid.value(r, c.index());
                if (!v.text().isEmpty() && v.number().isEmpty()) {
                    return Optional.of(v.text());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> number(int r, Role role) {
        int c = index(role);
        return c < 0 ? Optional.empty() : value(r, c);
    }

    /** A figure in a money cell; text that is no figure is reported (and left to moneyText). */
    private Optional<BigDecimal> value(int r, int c) {
        SheetGrid.Value v = grid.value(r, c);
        if (v.covered() || v.number().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = v.number().get();
        if (v.numberAsText()) {
            note(grid.position(r, c), "import.number-as-text", v.text(), n.toPlainString());
        }
        decimals = Math.max(decimals, Math.max(0, n.stripTrailingZeros().scale()));
        return Optional.of(n);
    }

    int decimals() {
        return decimals;
    }

    private String cellText(int r, int c) {
        SheetGrid.Value v = grid.value(r, c);
        if (v.covered()) {
            return "";
        }
        if (!v.text().isEmpty()) {
            return v.text();
        }
        return v.number().map(BigDecimal::toPlainString).orElse("");
    }

    private int index(String textColumn) {
        return layout.index(textColumn);
    }

    private int index(Role role) {
        return layout.index(role);
    }

    private void note(String position, String key, Object... args) {
        notes.add(new Note(position, Message.of(key, args)));
    }
}

package plandoc.importer;

import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Message;
import plandoc.model.TotalRowTitle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one budget table from a sheet laid out as officers lay it out — a title and "Đơn vị tính"
 * above, one to three header rows (the "TT" cell spans them), group rows numbered I, II …, item rows
 * 1, 2 …, and "Tổng" rows — and builds the {@code budgets:} entry for it as a YAML tree. Axes come
 * from the money headers: column groups with the same sub-columns are two crossed axes ("Giai đoạn
 * 2012-2015" × "NS TƯ"), groups with different sub-columns independent axes (items then give a
 * {@code split}); a single row of money columns is one axis. Free-text columns map to {@code lead},
 * {@code partners}, {@code period} … by their header. Every figure on a group or total row, and each
 * item's "Tổng", becomes {@code declared:} so {@code check} compares it with the computed one. What
 * cannot be mapped is reported at its cell.
 */
public final class TableImporter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern NUMBER_HEADER = Pattern.compile("(?iu)s?tt|số tt|số thứ tự");
    private static final Pattern TITLE_HEADER = Pattern.compile(
            "(?iu).*(nội dung|tên|danh mục|nhiệm vụ|dự án|hạng mục|chương trình).*");
    private static final Pattern TOTAL_HEADER = Pattern.compile("(?iu)tổng|tổng cộng|tổng số|cộng|tổng kinh phí|tổng dự toán");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?");
    private static final Pattern ARABIC = Pattern.compile("\\d+\\.?");
    private static final Pattern YEAR = Pattern.compile("(?iu)(năm\\s*)?(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?iu)\\D*?(\\d{4}\\s*-\\s*\\d{4})");
    private static final Pattern WITH_PARTNERS = Pattern.compile("(?u)(.+?),\\s*phối hợp\\s+(.+)");
    private static final Pattern NOTE_HEADER = Pattern.compile("(?iu)ghi chú|ghi chu|chú thích");
    private static final Pattern UNALLOCATED = Pattern.compile("(?iu).*chưa phân bổ.*");
    private static final Map<String, Pattern> TEXT_COLUMNS;

    static {
        Map<String, Pattern> filled = new LinkedHashMap<>();
        filled.put("funding_type", Pattern.compile("(?iu).*(loại nguồn vốn|loại vốn|loại nguồn).*"));
        filled.put("lead", Pattern.compile("(?iu).*chủ trì.*"));
        filled.put("partners", Pattern.compile("(?iu).*phối hợp.*"));
        filled.put("deadline", Pattern.compile("(?iu).*thời hạn.*"));
        filled.put("outcome", Pattern.compile("(?iu).*(kết quả|sản phẩm).*"));
        filled.put("period", Pattern.compile("(?iu).*(thời gian|năm thực hiện|tiến độ).*"));
        TEXT_COLUMNS = Collections.unmodifiableMap(filled);
    }

    /** The budget's YAML tree and what could not be mapped. */
    public record Result(Map<String, Object> budget, List<Note> notes) {
        public boolean imported() {
            return !budget.isEmpty();
        }
    }

    /** Something the officer must look at, at a cell ({@code PL03.xlsx!Sheet1!F12}). */
    public record Note(String position, Message message) {
    }

    private enum Role { NUMBER, TITLE, TEXT, TOTAL, MONEY, SUBTOTAL, NONE }

    /** @param block under the label over the money block ("Kinh phí"), e.g. a "Loại nguồn vốn" inside it */
    private record Column(int index, Role role, String key, List<String> path, boolean block) {
        Column(int index, Role role, String key, List<String> path) {
            this(index, role, key, path, false);
        }

        String leaf() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }
    }

    /** An axis: its id, label (when the header names it), member ids and labels, and its columns. */
    private record AxisSpec(String id, String label, List<String> members, List<String> labels, List<Integer> columns,
                            Integer subtotal, List<List<String>> paths, List<Object> tree) {
        /** A flat axis: one member per column. */
        AxisSpec(String id, String label, List<String> members, List<String> labels, List<Integer> columns,
                 Integer subtotal) {
            this(id, label, members, labels, columns, subtotal, members.stream().map(List::of).toList(),
                    flatTree(members, labels));
        }

        private static List<Object> flatTree(List<String> members, List<String> labels) {
            List<Object> tree = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", members.get(i));
                m.put("label", labels.get(i));
                tree.add(m);
            }
            return tree;
        }
    }

    private final SheetGrid grid;
    private final String budgetId;
    private final List<Note> notes = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<AxisSpec> axes = new ArrayList<>();
    private boolean crossed;
    private String moneyLabel;
    private int decimals;

    TableImporter(SheetGrid grid, String budgetId) {
        this.grid = grid;
        this.budgetId = budgetId;
    }

    Result read() {
        int[] header = findHeader();
        if (header == null) {
            note(grid.rowPosition(0), "import.no-header", grid.sheetName());
            return new Result(Map.of(), notes);
        }
        int top = header[0];
        int height = header[2];
        String unit = unit(top);
        classify(top, height);
        axes(top + height);
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("id", budgetId);
        budget.put("unit", unit);
        Body body = new Body();
        body.read(top + height);
        budget.put("decimals", Math.min(decimals, 3));
        budget.put("axes", axesYaml());
        List<String> textColumns = columns.stream().filter(c -> c.role() == Role.TEXT).map(Column::key).toList();
        if (!textColumns.isEmpty()) {
            budget.put("columns", textColumns);
        }
        budget.put("labels", labels(body.grandLabel));
        printMoney().ifPresent(money -> budget.put("print", new LinkedHashMap<>(Map.of("money", money))));
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

    // Header

    /** {top row, number column, height}: the row with the "TT" cell, and how many rows it spans. */
    private int[] findHeader() {
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                SheetGrid.Value v = grid.value(r, c);
                if (!v.covered() && NUMBER_HEADER.matcher(v.text()).matches()) {
                    int height = grid.merge(r, c).map(m -> m.getLastRow() - m.getFirstRow() + 1).orElse(1);
                    return new int[] {r, c, height};
                }
            }
        }
        return null;
    }

    private String unit(int top) {
        for (int r = 0; r < top; r++) {
            for (int c = 0; c < grid.columns(); c++) {
                String text = grid.value(r, c).text().toLowerCase(VI);
                if (text.contains("đơn vị tính") || text.contains("đvt")) {
                    if (text.contains("tỷ")) {
                        return "tỷ đồng";
                    } else if (text.contains("triệu")) {
                        return "triệu đồng";
                    } else if (text.contains("nghìn") || text.contains("ngàn")) {
                        return "nghìn đồng";
                    } else if (text.contains("đồng")) {
                        return "đồng";
                    }
                }
            }
        }
        note(grid.rowPosition(top), "import.no-unit");
        return "triệu đồng";
    }

    private void classify(int top, int height) {
        boolean titleSeen = false;
        List<Column> raw = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            List<String> path = new ArrayList<>();
            for (int r = top; r < top + height; r++) {
                String text = grid.value(r, c).text().replaceAll("\\s+", " ").strip();
                if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                    path.add(text);
                }
            }
            raw.add(new Column(c, Role.NONE, "", path));
        }
        for (Column column : raw) {
            String leaf = column.leaf();
            Role role;
            String key = "";
            Optional<String> text = TEXT_COLUMNS.entrySet().stream().filter(e -> e.getValue().matcher(leaf).matches())
                    .map(Map.Entry::getKey).findFirst();
            if (column.path().isEmpty() || NOTE_HEADER.matcher(leaf).matches()) {
                role = Role.NONE;
            } else if (NUMBER_HEADER.matcher(leaf).matches()) {
                role = Role.NUMBER;
            } else if (!titleSeen && TITLE_HEADER.matcher(leaf).matches() && text.isEmpty()) {
                role = Role.TITLE;
                titleSeen = true;
            } else if (text.isPresent() && columns.stream().noneMatch(c -> c.key().equals(text.get()))) {
                role = Role.TEXT;
                key = text.get();
            } else if (TOTAL_HEADER.matcher(leaf).matches() && column.path().size() > 1
                    && leaf.equalsIgnoreCase("cộng")) {
                role = Role.SUBTOTAL;
            } else if (TOTAL_HEADER.matcher(leaf).matches() && columns.stream().noneMatch(c -> c.role() == Role.TOTAL)) {
                role = Role.TOTAL;
            } else {
                role = Role.MONEY;
            }
            columns.add(new Column(column.index(), role, key, column.path()));
        }
        // "Kinh phí" over the whole money block names no axis: drop a first label every money column shares.
        List<Column> money = columns.stream().filter(c -> c.role() == Role.MONEY || c.role() == Role.SUBTOTAL).toList();
        if (!money.isEmpty() && money.stream().allMatch(c -> c.path().size() > 1
                && c.path().get(0).equals(money.get(0).path().get(0)))
                && money.stream().map(c -> c.path().size()).distinct().count() > 1) {
            moneyLabel = money.get(0).path().get(0);
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (c.path().size() > 1 && c.path().get(0).equals(moneyLabel)) {
                    columns.set(i, new Column(c.index(), c.role(), c.key(), c.path().subList(1, c.path().size()), true));
                }
            }
        }
        if (columns.stream().noneMatch(c -> c.role() == Role.TITLE)) {
            note(grid.rowPosition(top), "import.no-title");
        }
    }

    private void axes(int firstBody) {
        List<Column> money = columns.stream().filter(c -> c.role() == Role.MONEY || c.role() == Role.SUBTOTAL).toList();
        List<List<Column>> runs = new ArrayList<>();
        for (Column c : money) {
            List<Column> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            String group = c.path().size() > 1 ? c.path().get(0) : null;
            boolean continues = last != null && last.get(last.size() - 1).index() == c.index() - 1
                    && java.util.Objects.equals(groupOf(last.get(0)), group);
            if (continues) {
                last.add(c);
            } else {
                runs.add(new ArrayList<>(List.of(c)));
            }
        }
        List<List<String>> leaves = runs.stream().map(run -> run.stream().filter(c -> c.role() == Role.MONEY)
                .map(Column::leaf).toList()).toList();
        crossed = runs.size() > 1 && runs.stream().allMatch(run -> groupOf(run.get(0)) != null)
                && leaves.stream().distinct().count() == 1;
        if (crossed) {
            List<String> outer = runs.stream().map(run -> groupOf(run.get(0))).toList();
            List<Integer> subtotals = runs.stream().map(run -> run.stream().filter(c -> c.role() == Role.SUBTOTAL)
                    .map(Column::index).findFirst().orElse(null)).toList();
            axes.add(new AxisSpec(axisId(null, outer, 0), null, ids(outer), outer, List.of(), null));
            axes.add(new AxisSpec(axisId(null, leaves.get(0), 1), null, ids(leaves.get(0)), leaves.get(0), List.of(), null));
            // Columns of the crossed block, outer member by outer member, with each member's "Cộng" column.
            crossedColumns = runs.stream().map(run -> run.stream().filter(c -> c.role() == Role.MONEY)
                    .map(Column::index).toList()).toList();
            crossedSubtotals = subtotals;
            return;
        }
        if (runs.size() > 1 && oneAxis(runs, firstBody)) {
            nestedAxis(runs);
            return;
        }
        for (int i = 0; i < runs.size(); i++) {
            List<Column> run = runs.get(i);
            String label = groupOf(run.get(0));
            List<String> labels = leaves.get(i);
            axes.add(new AxisSpec(axisId(label, labels, axes.size()), label, ids(labels), labels,
                    run.stream().filter(c -> c.role() == Role.MONEY).map(Column::index).toList(),
                    run.stream().filter(c -> c.role() == Role.SUBTOTAL).map(Column::index).findFirst().orElse(null)));
        }
    }

    /**
     * Whether column groups are members of one axis ("Trung ương", "Ngân sách tỉnh: Đầu tư, Sự
     * nghiệp", "Xã hội hóa") rather than independent breakdowns ("Nguồn vốn" and "Thời gian"): the
     * items' figures tell — all columns add up to the row's "Tổng" for one axis, each group does for
     * independent ones.
     */
    private boolean oneAxis(List<List<Column>> runs, int firstBody) {
        int total = index(Role.TOTAL);
        if (total < 0) {
            return false;
        }
        int one = 0;
        int independent = 0;
        for (int r = firstBody; r < grid.rows(); r++) {
            Optional<BigDecimal> shown = grid.value(r, total).number();
            if (shown.isEmpty() || shown.get().signum() == 0) {
                continue;
            }
            BigDecimal all = BigDecimal.ZERO;
            boolean eachRun = true;
            for (List<Column> run : runs) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Column c : run) {
                    if (c.role() == Role.MONEY) {
                        sum = sum.add(grid.value(r, c.index()).number().orElse(BigDecimal.ZERO));
                    }
                }
                all = all.add(sum);
                eachRun &= sum.signum() == 0 || sum.compareTo(shown.get()) == 0;
            }
            if (all.compareTo(shown.get()) == 0) {
                one++;
            } else if (eachRun) {
                independent++;
            }
        }
        return one > independent;
    }

    /** One axis whose labelled column groups are parent members with their sub-members. */
    private void nestedAxis(List<List<Column>> runs) {
        List<Object> tree = new ArrayList<>();
        List<String> leafIds = new ArrayList<>();
        List<String> leafLabels = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        List<String> topLabels = new ArrayList<>();
        for (List<Column> run : runs) {
            topLabels.add(groupOf(run.get(0)) != null ? groupOf(run.get(0)) : run.get(0).leaf());
        }
        for (List<Column> run : runs) {
            String parent = groupOf(run.get(0));
            if (parent == null) {
                for (Column c : run) {
                    String id = ids(List.of(c.leaf())).get(0);
                    tree.add(new LinkedHashMap<>(Map.of("id", id, "label", c.leaf())));
                    leafIds.add(id);
                    leafLabels.add(c.leaf());
                    cols.add(c.index());
                    paths.add(List.of(id));
                }
                continue;
            }
            String parentId = ids(List.of(parent)).get(0);
            List<Column> leaves = run.stream().filter(c -> c.role() == Role.MONEY).toList();
            List<String> ids = ids(leaves.stream().map(Column::leaf).toList());
            List<Object> children = new ArrayList<>();
            for (int k = 0; k < leaves.size(); k++) {
                children.add(new LinkedHashMap<>(Map.of("id", ids.get(k), "label", leaves.get(k).leaf())));
                leafIds.add(ids.get(k));
                leafLabels.add(leaves.get(k).leaf());
                cols.add(leaves.get(k).index());
                paths.add(List.of(parentId, ids.get(k)));
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("id", parentId);
            member.put("label", parent);
            if (run.stream().noneMatch(c -> c.role() == Role.SUBTOTAL)) {
                member.put("print_total", false);
            }
            member.put("members", children);
            tree.add(member);
        }
        axes.add(new AxisSpec(axisId(null, topLabels, 0), null, leafIds, leafLabels, cols, null, paths, tree));
    }

    private List<List<Integer>> crossedColumns = List.of();
    private List<Integer> crossedSubtotals = List.of();

    private static String groupOf(Column c) {
        return c.path().size() > 1 ? c.path().get(0) : null;
    }

    private String axisId(String label, List<String> members, int index) {
        String all = ((label == null ? "" : label) + " " + String.join(" ", members)).toLowerCase(VI);
        String id;
        if (members.stream().allMatch(m -> YEAR.matcher(m).matches())) {
            id = "year";
        } else if (all.contains("giai đoạn")) {
            id = "phase";
        } else if (all.contains("nguồn") || all.contains("ngân sách") || all.contains("vốn") || all.contains("ns ")) {
            id = "source";
        } else if (label != null && !slug(label).isEmpty()) {
            id = slug(label);
        } else {
            id = "truc-" + (index + 1);
        }
        String unique = id;
        for (int n = 2; taken(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private boolean taken(String id) {
        return axes.stream().anyMatch(a -> a.id().equals(id));
    }

    private static List<String> ids(List<String> labels) {
        List<String> ids = new ArrayList<>();
        for (String label : labels) {
            var year = YEAR.matcher(label);
            var range = YEAR_RANGE.matcher(label);
            String id = year.matches() ? year.group(2) : range.matches() ? range.group(1) : slug(label);
            if (id.isEmpty()) {
                id = "cot-" + (ids.size() + 1);
            }
            String unique = id;
            for (int n = 2; ids.contains(unique); n++) {
                unique = id + "-" + n;
            }
            ids.add(unique);
        }
        return ids;
    }

    /** "Giai đoạn 2012-2015" → "giai-doan-2012-2015". */
    static String slug(String text) {
        return Folding.slug(text);
    }

    private List<Object> axesYaml() {
        List<Object> out = new ArrayList<>();
        for (AxisSpec axis : axes) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", axis.id());
            if (axis.label() != null) {
                a.put("label", axis.label());
            }
            a.put("members", axis.tree());
            out.add(a);
        }
        return out;
    }

    /**
     * The money block as the sheet orders it, when the default layout would not reproduce it: axes
     * printed side by side (independent breakdowns), the total first, or text columns inside it.
     */
    private Optional<List<String>> printMoney() {
        List<String> money = new ArrayList<>();
        int firstMoney = columns.stream().filter(c -> c.role() == Role.MONEY).mapToInt(Column::index).min().orElse(-1);
        int total = index(Role.TOTAL);
        for (Column c : columns) {
            switch (c.role()) {
                case TEXT -> {
                    if (c.block()) {
                        money.add(c.key());
                    }
                }
                case TOTAL -> money.add("total");
                case MONEY -> axes.stream().filter(a -> a.columns().contains(c.index())).findFirst()
                        .filter(a -> !money.contains(a.id())).ifPresent(a -> money.add(a.id()));
                default -> {
                }
            }
        }
        boolean needed = !crossed && (axes.size() > 1 || (total >= 0 && total < firstMoney)
                || columns.stream().anyMatch(c -> c.role() == Role.TEXT && c.block()));
        return needed && !money.isEmpty() ? Optional.of(money) : Optional.empty();
    }

    private Map<String, Object> labels(String grand) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Column c : columns) {
            switch (c.role()) {
                case NUMBER -> labels.put("number", c.leaf());
                case TITLE -> labels.put("title", c.leaf());
                case TEXT -> labels.put(c.key(), c.leaf());
                case TOTAL -> labels.put("total", c.leaf());
                default -> {
                }
            }
        }
        if (moneyLabel != null) {
            labels.put("money", moneyLabel);
        }
        if (grand != null) {
            labels.put("grand", grand);
        }
        return labels;
    }

    // Body

    /** The rows under the header. */
    private final class Body {
        final List<Object> groups = new ArrayList<>();
        final Map<String, Object> declared = new LinkedHashMap<>();
        String grandLabel;
        private Map<String, Object> group;
        private final List<Object> loose = new ArrayList<>();
        private final Map<String, String> previousText = new LinkedHashMap<>();
        private int items;
        private boolean totalsSeen;

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
                    cells.put(axes.get(0).members().get(m), inner);
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
        return columns.stream().filter(c -> c.key().equals(textColumn)).mapToInt(Column::index).findFirst().orElse(-1);
    }

    private int index(Role role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(Column::index).findFirst().orElse(-1);
    }

    private void note(String position, String key, Object... args) {
        notes.add(new Note(position, Message.of(key, args)));
    }
}

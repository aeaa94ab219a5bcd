package plandoc.importer;

import plandoc.diagnostic.Message;
import plandoc.importer.TableImporter.Note;

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
 * The header of a budget table as an officer lays it out, one to three rows under the title and "Đơn vị tính": which
 * column holds the number, the title, a free-text field ({@code lead}, {@code partners}, {@code period} …), the total
 * and the money, and the axes the money headers make. Column groups with the same sub-columns are two crossed axes
 * ("Giai đoạn 2012-2015" × "NS TƯ"), groups with different sub-columns independent axes or, when the items' figures
 * say so, the members of one nested axis; a single row of money columns is one axis. {@link BodyRows} reads the rows
 * under it.
 */
final class HeaderLayout {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern NUMBER_HEADER = Pattern.compile("(?iu)s?tt|số tt|số thứ tự");
    private static final Pattern TITLE_HEADER = Pattern.compile(
            "(?iu).*(nội dung|tên|danh mục|nhiệm vụ|dự án|hạng mục|chương trình).*");
    private static final Pattern TOTAL_HEADER = Pattern.compile("(?iu)tổng|tổng cộng|tổng số|cộng|tổng kinh phí|tổng dự toán");
    private static final Pattern YEAR = Pattern.compile("(?iu)(năm\\s*)?(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?iu)\\D*?(\\d{4}\\s*-\\s*\\d{4})");
    private static final Pattern NOTE_HEADER = Pattern.compile("(?iu)ghi chú|ghi chu|chú thích");
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

    enum Role { NUMBER, TITLE, TEXT, TOTAL, MONEY, SUBTOTAL, NONE }

    /** @param block under the label over the money block ("Kinh phí"), e.g. a "Loại nguồn vốn" inside it */
    record Column(int index, Role role, String key, List<String> path, boolean block) {
        Column(int index, Role role, String key, List<String> path) {
            this(index, role, key, path, false);
        }

        String leaf() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }
    }

    /** An axis: its id, label (when the header names it), member ids and labels, and its columns. */
    record AxisSpec(String id, String label, List<String> members, List<String> labels, List<Integer> columns,
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
    private final List<Note> notes;
    private final List<Column> columns = new ArrayList<>();
    private final List<AxisSpec> axes = new ArrayList<>();
    private boolean crossed;
    private String moneyLabel;

    HeaderLayout(SheetGrid grid, List<Note> notes) {
        this.grid = grid;
        this.notes = notes;
    }

    List<Column> columns() {
        return columns;
    }

    List<AxisSpec> axisSpecs() {
        return axes;
    }

    /** Whether the money block is two crossed axes: {@link #crossedColumns} then holds its columns. */
    boolean crossed() {
        return crossed;
    }

    List<List<Integer>> crossedColumns() {
        return crossedColumns;
    }

    List<Integer> crossedSubtotals() {
        return crossedSubtotals;
    }

    /** The keys of the free-text columns, in the sheet's order. */
    List<String> textColumns() {
        return columns.stream().filter(c -> c.role() == Role.TEXT).map(Column::key).toList();
    }

    /** {top row, number column, height}: the row with the "TT" cell, and how many rows it spans. */
    int[] findHeader() {
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

    String unit(int top) {
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

    void classify(int top, int height) {
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

    void axes(int firstBody) {
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
        if (runs.size() > 1 && nestedOuterAxis(runs)) {
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

    /**
     * Two crossed axes whose outer one has sub-members, as plandoc's own workbook prints them (docs/format.md's
     * {@code nhan-luc}: "Ngân sách địa phương" over "Đầu tư", "Sự nghiệp" and "Cộng", each over "Năm 2021", "Năm
     * 2022"): every column group repeats the same inner columns under a member or a sub-member; a parent's "Cộng"
     * group is its computed sum (the member prints its total), not a member. Read before, as one nested axis, the years
     * became sub-members of each source, several times over (s26 review M6).
     */
    private boolean nestedOuterAxis(List<List<Column>> runs) {
        List<String> inner = null;
        List<Object> tree = new ArrayList<>();
        List<String> leafIds = new ArrayList<>();
        List<String> leafLabels = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        List<List<Integer>> blocksOfLeaves = new ArrayList<>();
        List<String> topLabels = new ArrayList<>();
        boolean nested = false;
        for (List<Column> run : runs) {
            // The run's blocks: consecutive columns under the same member (and sub-member), one per inner column.
            List<List<Column>> blocks = new ArrayList<>();
            for (Column c : run) {
                if (c.role() != Role.MONEY || c.path().size() < 2 || c.path().size() > 3) {
                    return false;
                }
                List<String> over = c.path().subList(0, c.path().size() - 1);
                List<Column> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last != null && last.get(0).path().subList(0, last.get(0).path().size() - 1).equals(over)) {
                    last.add(c);
                } else {
                    blocks.add(new ArrayList<>(List.of(c)));
                }
            }
            for (List<Column> block : blocks) {
                List<String> leaves = block.stream().map(Column::leaf).toList();
                if (inner == null) {
                    inner = leaves;
                } else if (!inner.equals(leaves)) {
                    return false;
                }
            }
            String top = run.get(0).path().get(0);
            topLabels.add(top);
            String topId = ids(List.of(top)).get(0);
            if (blocks.size() == 1 && blocks.get(0).get(0).path().size() == 2) {
                tree.add(new LinkedHashMap<>(Map.of("id", topId, "label", top)));
                leafIds.add(topId);
                leafLabels.add(top);
                paths.add(List.of(topId));
                blocksOfLeaves.add(blocks.get(0).stream().map(Column::index).toList());
                continue;
            }
            nested = true;
            List<Object> children = new ArrayList<>();
            boolean sum = false;
            List<String> subLabels = new ArrayList<>();
            for (List<Column> block : blocks) {
                if (block.get(0).path().size() != 3 || !block.get(0).path().get(0).equals(top)) {
                    return false;
                }
                String sub = block.get(0).path().get(1);
                if (sub.equalsIgnoreCase("cộng")) {
                    sum = true; // the parent's own total, computed from its sub-members
                    continue;
                }
                subLabels.add(sub);
                blocksOfLeaves.add(block.stream().map(Column::index).toList());
            }
            List<String> subIds = ids(subLabels);
            for (int k = 0; k < subIds.size(); k++) {
                children.add(new LinkedHashMap<>(Map.of("id", subIds.get(k), "label", subLabels.get(k))));
                leafIds.add(subIds.get(k));
                leafLabels.add(subLabels.get(k));
                paths.add(List.of(topId, subIds.get(k)));
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("id", topId);
            member.put("label", top);
            if (!sum) {
                member.put("print_total", false);
            }
            member.put("members", children);
            tree.add(member);
        }
        if (!nested || inner == null) {
            return false;
        }
        axes.add(new AxisSpec(axisId(null, topLabels, 0), null, leafIds, leafLabels, List.of(), null, paths, tree));
        axes.add(new AxisSpec(axisId(null, inner, 1), null, ids(inner), inner, List.of(), null));
        crossed = true;
        crossedColumns = blocksOfLeaves;
        crossedSubtotals = java.util.Collections.nCopies(blocksOfLeaves.size(), null);
        return true;
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
        } else if (label != null && !TableImporter.slug(label).isEmpty()) {
            id = TableImporter.slug(label);
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
            String id = year.matches() ? year.group(2) : range.matches() ? range.group(1) : TableImporter.slug(label);
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

    List<Object> axesYaml() {
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
    Optional<List<String>> printMoney() {
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

    Map<String, Object> labels(String grand) {
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

    int index(String textColumn) {
        return columns.stream().filter(c -> c.key().equals(textColumn)).mapToInt(Column::index).findFirst().orElse(-1);
    }

    int index(Role role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(Column::index).findFirst().orElse(-1);
    }

    private void note(String position, String key, Object... args) {
        notes.add(new Note(position, Message.of(key, args)));
    }
}

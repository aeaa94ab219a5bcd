package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plandoc.diagnostic.Messages;

/**
 * A comparison in one line, as a plan's history lists each version ("Sửa kinh phí 3 dự án (Phụ lục 3,
 * tổng 724,90 → 726,40 tỷ đồng); thêm điểm 3.4; sửa số, ký hiệu, ngày ban hành"): what a reviewer
 * scans for before opening the full comparison. Parts are named by their printed labels up to a few,
 * then counted; renumbering that only follows from an insertion or a removal is left out.
 */
public final class ChangeSummary {
    /** Labels named before the rest are counted ("… và 4 chỗ khác"). */
    static final int NAMED = 3;

    private final Messages messages;

    public ChangeSummary(Messages messages) {
        this.messages = messages;
    }

    /** The changes in one line, "" when the comparison is empty. */
    public String of(PlanComparison c) {
        List<String> clauses = new ArrayList<>();
        document(c, clauses);
        parts(c, clauses);
        objectives(c, clauses);
        tasks(c, clauses);
        c.budgets().forEach(b -> budget(b, clauses));
        cited(c, clauses);
        appendices(c, clauses);
        if (clauses.isEmpty() && !c.references().isEmpty()) {
            clauses.add(text("history.references", c.references().size()));
        }
        String line = String.join("; ", clauses);
        return line.isEmpty() ? line : line.substring(0, 1).toUpperCase(messages.locale()) + line.substring(1);
    }

    private void document(PlanComparison c, List<String> out) {
        List<String> edited = new ArrayList<>();
        Map<String, int[]> listed = new TreeMap<>(); // basis, recipient → {added, removed}
        for (FieldChange f : c.document()) {
            if (f.field().equals("basis") || f.field().equals("recipient")) {
                int[] counts = listed.computeIfAbsent(f.field(), k -> new int[2]);
                counts[f.before().isEmpty() ? 0 : 1]++;
            } else {
                String name = lowerFirst(text("diff.field." + f.field()));
                if (!edited.contains(name)) {
                    edited.add(name);
                }
            }
        }
        if (!edited.isEmpty()) {
            out.add(text("history.fields", String.join(", ", edited)));
        }
        listed.forEach((field, counts) -> {
            if (counts[0] > 0) {
                out.add(text("history.list.added", counts[0], text("history.noun." + field)));
            }
            if (counts[1] > 0) {
                out.add(text("history.list.removed", counts[1], text("history.noun." + field)));
            }
        });
    }

    private void parts(PlanComparison c, List<String> out) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (PartChange p : c.parts()) {
            switch (p.status()) {
                case ADDED -> added.add(named(p.labelAfter(), p.id()));
                case REMOVED -> removed.add(named(p.labelBefore(), p.id()));
                case CHANGED -> {
                    if (p.edited()) {
                        edited.add(named(p.labelAfter(), p.id()));
                    } else if (p.moved()) {
                        moved.add(text("history.part.moved", named(p.labelBefore(), p.id()), named(p.labelAfter(), p.id())));
                    }
                }
            }
        }
        names(out, "history.added", added, "history.others");
        names(out, "history.removed", removed, "history.others");
        names(out, "history.edited", edited, "history.others");
        // Points after an inserted or removed one move up or down: that follows, and is not news.
        if (added.isEmpty() && removed.isEmpty()) {
            names(out, "history.moved", moved, "history.others");
        }
    }

    /**
     * "mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3": parts no one edited, whose cited figures print
     * otherwise because the table they come from changed; said after the tables, as what follows from them, so no
     * one looks for an edit. Parts citing the same tables are named together.
     */
    private void cited(PlanComparison c, List<String> out) {
        Map<String, List<String>> byTables = new LinkedHashMap<>();
        c.parts().stream().filter(PartChange::citedOnly).forEach(p -> byTables.computeIfAbsent(
                CitedTable.names(p.citedFrom(), messages), t -> new ArrayList<>()).add(named(p.labelAfter(), p.id())));
        byTables.forEach((tables, parts) -> names(out, "history.cited", parts, "history.others", tables));
    }

    private void objectives(PlanComparison c, List<String> out) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (ObjectiveChange o : c.objectives()) {
            switch (o.status()) {
                case ADDED -> added.add(named(o.labelAfter(), o.id()));
                case REMOVED -> removed.add(named(o.labelBefore(), o.id()));
                case CHANGED -> edited.add(named(o.labelAfter(), o.id()));
            }
        }
        names(out, "history.added", added, "history.other-indicators");
        names(out, "history.removed", removed, "history.other-indicators");
        names(out, "history.edited", edited, "history.other-indicators");
    }

    /** "Sửa nhiệm vụ số 2 (thời gian hoàn thành, cơ quan chủ trì)": which tasks, and which of their columns. */
    private void tasks(PlanComparison c, List<String> out) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int headings = 0;
        for (TaskTableChange t : c.tasks()) {
            String where = t.label().isEmpty() ? t.id() : t.label();
            switch (t.status()) {
                case ADDED -> out.add(text("history.tasks.added", where));
                case REMOVED -> out.add(text("history.tasks.removed", where));
                case CHANGED -> headings += t.headings().size();
            }
            if (t.status() != Status.CHANGED) {
                // The table's own clause says it; tasks moved to or from another table are still named below.
                t.tasks().stream().filter(k -> k.status() == Status.CHANGED).forEach(k -> task(k, edited, moved, fields));
                continue;
            }
            for (TaskChange k : t.tasks()) {
                switch (k.status()) {
                    case ADDED -> added.add(named(k.labelAfter(), k.id()));
                    case REMOVED -> removed.add(named(k.labelBefore(), k.id()));
                    case CHANGED -> task(k, edited, moved, fields);
                }
            }
        }
        names(out, "history.added", added, "history.other-tasks");
        names(out, "history.removed", removed, "history.other-tasks");
        int before = out.size();
        names(out, "history.edited", edited, "history.other-tasks");
        if (out.size() > before && !fields.isEmpty()) {
            out.set(before, out.get(before) + " (" + String.join(", ", fields) + ")");
        }
        // Only real moves reach here: TaskComparator does not call a renumbering after an insertion one (re-read L3).
        names(out, "history.moved", moved, "history.other-tasks");
        if (headings > 0) {
            out.add(text("history.tasks.groups", headings));
        }
    }

    private void task(TaskChange k, List<String> edited, List<String> moved, List<String> fields) {
        if (k.titleDiff().changed() || !k.columns().isEmpty()) {
            edited.add(named(k.labelAfter(), k.id()));
            if (k.titleDiff().changed()) {
                addOnce(fields, text("history.task.title"));
            }
            k.columns().forEach(f -> addOnce(fields, lowerFirst(f.field())));
        } else if (k.moved()) {
            // Moved to the head of the next group, a task keeps its number: named once.
            moved.add(k.labelBefore().equals(k.labelAfter()) ? named(k.labelAfter(), k.id())
                    : text("history.part.moved", named(k.labelBefore(), k.id()), named(k.labelAfter(), k.id())));
        }
    }

    private static void addOnce(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    private void budget(BudgetChange b, List<String> out) {
        String where = b.label().isEmpty() ? b.id() : b.label();
        switch (b.status()) {
            case ADDED -> {
                out.add(text("history.budget.added", where));
                return;
            }
            case REMOVED -> {
                out.add(text("history.budget.removed", where));
                return;
            }
            case CHANGED -> {
            }
        }
        int added = 0;
        int removed = 0;
        int amounts = 0;
        int edited = 0;
        List<String> fields = new ArrayList<>();
        int groups = 0;
        String noun = "";
        // A summary's items are its sources' items again, counted where they are written.
        for (GroupChange g : b.summary() ? List.<GroupChange>of() : b.groups()) {
            if (g.status() != Status.CHANGED || g.renamed()) {
                groups++;
            }
            for (ItemChange i : g.items()) {
                noun = noun.isEmpty() ? itemNoun(i.label()) : noun;
                switch (i.status()) {
                    case ADDED -> added++;
                    case REMOVED -> removed++;
                    case CHANGED -> {
                        // Only money changed: "sửa kinh phí"; otherwise each column is named, as for tasks (s25 tryout M1).
                        List<String> named = itemFields(i);
                        if (named.isEmpty()) {
                            amounts++;
                        } else {
                            edited++;
                            named.forEach(f -> addOnce(fields, f));
                        }
                    }
                }
            }
        }
        noun = noun.isEmpty() ? text("history.noun.item") : noun;
        List<String> changes = new ArrayList<>();
        count(changes, "history.item.added", added, noun);
        count(changes, "history.item.removed", removed, noun);
        count(changes, "history.item.amounts", amounts, noun);
        if (edited > 0) {
            changes.add(text("history.item.edited", edited, noun, String.join(", ", fields)));
        }
        count(changes, "history.groups", groups, "");
        if (changes.isEmpty() && (b.axesChanged() || !b.totals().isEmpty() || !b.groups().isEmpty())) {
            changes.add(text("history.budget.totals"));
        }
        if (changes.isEmpty()) {
            return;
        }
        FigureText figures = new FigureText(b.decimals());
        String total = b.totals().stream().filter(t -> t.whole() && t.members().isEmpty()).findFirst()
                .map(t -> text("history.budget.total", figure(figures.figure(t.before())), figure(figures.figure(t.after())),
                        b.unit()))
                .orElse("");
        out.add(String.join(", ", changes) + " (" + where + (total.isEmpty() ? "" : ", " + total) + ")");
    }

    /**
     * The columns of a budget item other than its money, by the headings its table prints ("tên, thời gian thực
     * hiện, đơn vị chủ trì"), money last as "kinh phí"; empty when only its money changed.
     */
    List<String> itemFields(ItemChange i) {
        List<String> out = new ArrayList<>();
        if (i.renamed()) {
            out.add(text("history.task.title"));
        }
        i.columns().forEach(f -> addOnce(out, lowerFirst(f.field())));
        if (i.moved()) {
            out.add(text("history.item.group"));
        }
        if (!out.isEmpty() && (!i.cells().isEmpty() || i.total().isPresent())) {
            out.add(text("history.item.money"));
        }
        return out;
    }

    private void appendices(PlanComparison c, List<String> out) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> renumbered = new ArrayList<>();
        List<String> retitled = new ArrayList<>();
        for (AppendixChange a : c.appendices()) {
            switch (a.status()) {
                case ADDED -> added.add(named(a.labelAfter(), a.id()));
                case REMOVED -> removed.add(named(a.labelBefore(), a.id()));
                case CHANGED -> {
                    if (a.renumbered()) {
                        renumbered.add(text("history.part.moved", named(a.labelBefore(), a.id()), a.labelAfter()));
                    }
                    if (a.retitled()) {
                        retitled.add(named(a.labelAfter(), a.id()));
                    }
                }
            }
        }
        names(out, "history.added", added, "history.other-appendices");
        names(out, "history.removed", removed, "history.other-appendices");
        if (added.isEmpty() && removed.isEmpty()) {
            names(out, "history.renumbered", renumbered, "history.other-appendices");
        }
        names(out, "history.retitled", retitled, "history.other-appendices");
    }

    /** "sửa điểm 3.1, điểm 3.2, mục II và 4 chỗ khác". */
    private void names(List<String> out, String verb, List<String> labels, String others) {
        names(out, verb, labels, others, "");
    }

    /** The same, {@code what} filling the verb's second place ("%s: số liệu trích dẫn đổi theo %s"). */
    private void names(List<String> out, String verb, List<String> labels, String others, String what) {
        if (labels.isEmpty()) {
            return;
        }
        String named = String.join(", ", labels.subList(0, Math.min(NAMED, labels.size())));
        int rest = labels.size() - NAMED;
        String which = rest > 0 ? text(others, named, rest) : named;
        out.add(what.isEmpty() ? text(verb, which) : text(verb, which, what));
    }

    private void count(List<String> out, String key, int n, String noun) {
        if (n > 0) {
            out.add(text(key, n, noun));
        }
    }

    /** "dự án" of "dự án số 3"; the label itself when it has no number. */
    private static String itemNoun(String label) {
        int at = label.indexOf(" số ");
        return at > 0 ? label.substring(0, at) : "";
    }

    private static String named(String label, String id) {
        return label.isEmpty() ? id : label;
    }

    private String figure(String printed) {
        return printed.isEmpty() ? text("diff.blank") : printed;
    }

    private String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(messages.locale()) + s.substring(1);
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}

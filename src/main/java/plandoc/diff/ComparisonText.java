package plandoc.diff;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import plandoc.diagnostic.Messages;
import plandoc.history.Commit;

/**
 * The comparison as the CLI prints it, one change per line, in the user's language (figures stay in
 * Vietnamese notation in every language, as in the documents).
 */
public final class ComparisonText {
    /** Words of unchanged text kept around each change of a re-worded text. */
    private static final int CONTEXT = 6;
    /** Long titles (budget items run to 150 characters) are cut for a terminal line. */
    private static final int TITLE_WIDTH = 70;
    /** Beyond this many characters a changed text is shown word by word; shorter ones (a date, agencies) quoted whole. */
    private static final int LONG_TEXT = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;

    public ComparisonText(Messages messages) {
        this.messages = messages;
    }

    public List<String> lines(PlanComparison c) {
        List<String> out = new ArrayList<>();
        out.add(text("diff.header", c.path(), revision(c.from()), revision(c.to())));
        if (c.isEmpty()) {
            out.add(text("diff.no-changes"));
            return out;
        }
        document(c, out);
        parts(c, out);
        objectives(c, out);
        c.tasks().forEach(t -> tasks(t, out));
        c.budgets().forEach(b -> budget(b, out));
        appendices(c, out);
        references(c, out);
        out.add(text("diff.summary", c.document().size(), c.parts().size(), c.objectives().size(), c.taskCount(),
                c.budgets().stream().mapToLong(BudgetChange::itemCount).sum(),
                c.appendices().size(), c.references().size()));
        // The line a plan's history on the site gives this change (in the user's language here).
        out.add(text("diff.in-short", new ChangeSummary(messages).of(c)));
        return out;
    }

    /** "HEAD (a1b2c3d, 22/11/2026)", or "working tree". */
    public String revision(Revision r) {
        if (r.isWorkingTree()) {
            return text("diff.working-tree");
        }
        Commit commit = r.commit().orElseThrow();
        String date = commit.when().format(DATE);
        if (r.spec().equals("HEAD")) {
            // The default: the last saved version, in the officer's words.
            return text("diff.revision.last-commit", date, commit.shortId());
        }
        return commit.id().startsWith(r.spec()) ? text("diff.revision.commit", commit.shortId(), date)
                : text("diff.revision", r.spec(), commit.shortId(), date);
    }

    private void document(PlanComparison c, List<String> out) {
        if (c.document().isEmpty()) {
            return;
        }
        out.add(text("diff.heading.document"));
        for (FieldChange f : c.document()) {
            String field = text("diff.field." + f.field());
            if (f.before().isEmpty()) {
                out.add(indented(1, "diff.field.added", field, f.after()));
            } else if (f.after().isEmpty()) {
                out.add(indented(1, "diff.field.removed", field, f.before()));
            } else {
                out.add(indented(1, "diff.field.changed", field, change(f.before(), f.after())));
            }
        }
    }

    private void parts(PlanComparison c, List<String> out) {
        if (c.parts().isEmpty()) {
            return;
        }
        out.add(text("diff.heading.parts"));
        for (PartChange p : c.parts()) {
            String label = p.labelAfter().isEmpty() ? p.labelBefore() : p.labelAfter();
            String name = named(label, p.id());
            switch (p.status()) {
                case ADDED -> out.add(indented(1, "diff.part.added", name, cut(p.title())));
                case REMOVED -> out.add(indented(1, "diff.part.removed", name, cut(p.title())));
                case CHANGED -> {
                    if (p.moved()) {
                        out.add(indented(1, "diff.part.moved", named(p.labelBefore(), p.id()), p.labelAfter()));
                    }
                    if (p.titleDiff().changed()) { // a title citing {count:} changes with its table: not retitled
                        out.add(p.citedOnly()
                                ? indented(1, "diff.part.cited", name, CitedTable.names(p.citedFrom(), messages),
                                        words(p.titleDiff()))
                                : indented(1, "diff.part.retitled", name, words(p.titleDiff())));
                    }
                    if (p.textDiff().changed()) {
                        out.add(p.citedOnly()
                                ? indented(1, "diff.part.cited", name, CitedTable.names(p.citedFrom(), messages),
                                        words(p.textDiff()))
                                : indented(1, "diff.part.reworded", name, words(p.textDiff())));
                    }
                }
            }
        }
    }

    private void objectives(PlanComparison c, List<String> out) {
        if (c.objectives().isEmpty()) {
            return;
        }
        out.add(text("diff.heading.objectives"));
        for (ObjectiveChange o : c.objectives()) {
            String name = named(o.labelAfter().isEmpty() ? o.labelBefore() : o.labelAfter(), o.id());
            switch (o.status()) {
                case ADDED -> out.add(indented(1, "diff.objective.added", name, cut(o.indicator())));
                case REMOVED -> out.add(indented(1, "diff.objective.removed", name, cut(o.indicator())));
                case CHANGED -> {
                    if (o.wording().changed()) {
                        out.add(indented(1, "diff.objective.reworded", name, words(o.wording())));
                    }
                }
            }
            for (TargetChange t : o.targets()) {
                if (o.status() != Status.CHANGED) {
                    continue;
                }
                String difference = new FigureText(0).difference(t.difference());
                out.add(indented(1, "diff.objective.target", name, t.year(), blank(t.before()), blank(t.after()))
                        + (difference.isEmpty() ? "" : " (" + difference + ")"));
            }
        }
    }

    private void tasks(TaskTableChange t, List<String> out) {
        String table = named(t.label(), t.id());
        switch (t.status()) {
            case ADDED -> out.add(text("diff.tasks.added", table));
            case REMOVED -> out.add(text("diff.tasks.removed", table));
            case CHANGED -> out.add(text("diff.tasks.changed", table));
        }
        for (FieldChange h : t.headings()) {
            out.add(h.before().isEmpty() ? indented(1, "diff.heading.added", cut(h.after()))
                    : h.after().isEmpty() ? indented(1, "diff.heading.removed", cut(h.before()))
                    : indented(1, "diff.heading.changed", change(h.before(), h.after())));
        }
        for (TaskChange task : t.tasks()) {
            String name = named(task.label(), task.id());
            switch (task.status()) {
                case ADDED -> out.add(indented(1, "diff.task.added", name, cut(task.title())));
                case REMOVED -> out.add(indented(1, "diff.task.removed", name, cut(task.title())));
                case CHANGED -> {
                    out.add(indented(1, "diff.task.changed", name, cut(task.title())));
                    if (task.moved()) {
                        out.add(task.labelBefore().equals(task.labelAfter()) ? indented(2, "diff.task.moved-same")
                                : indented(2, "diff.task.moved", task.labelBefore()));
                    }
                    if (task.titleDiff().changed()) {
                        out.add(indented(2, "diff.task.title", words(task.titleDiff())));
                    }
                }
            }
            task.columns().forEach(column -> out.add(field(column)));
        }
    }

    /** A printed column of a row: added, removed or changed, under its row. */
    private String field(FieldChange column) {
        return column.before().isEmpty() ? indented(2, "diff.field.added", column.field(), column.after())
                : column.after().isEmpty() ? indented(2, "diff.field.removed", column.field(), column.before())
                : indented(2, "diff.field.changed", column.field(), change(column.before(), column.after()));
    }

    private void budget(BudgetChange b, List<String> out) {
        FigureText figures = new FigureText(b.decimals());
        String table = named(b.label(), b.id()) + (b.title().isEmpty() ? "" : " \"" + cut(b.title()) + "\"");
        switch (b.status()) {
            case ADDED -> out.add(text("diff.budget.added", table, b.unit()));
            case REMOVED -> out.add(text("diff.budget.removed", table, b.unit()));
            case CHANGED -> out.add(text("diff.budget.changed", table, b.unit()));
        }
        if (b.axesChanged()) {
            out.add(indented(1, "diff.budget.axes-changed"));
        }
        for (GroupChange g : b.groups()) {
            String group = g.title().isEmpty() ? "" : g.number() + ". " + cut(g.title());
            switch (g.status()) {
                case ADDED -> out.add(indented(1, "diff.group.added", group));
                case REMOVED -> out.add(indented(1, "diff.group.removed", group));
                case CHANGED -> {
                    if (g.renamed()) {
                        out.add(indented(1, "diff.group.renamed", g.number(), change(g.titleBefore(), g.titleAfter())));
                    }
                }
            }
            for (ItemChange i : g.items()) {
                item(i, figures, out);
            }
            if (!g.totals().isEmpty()) {
                out.add(group.isEmpty() ? "  " + messages.format(plandoc.diagnostic.Message.of("diff.totals.items", b.noun())) : indented(1, "diff.totals.group", g.number()));
                g.totals().forEach(t -> out.add(total(t, figures)));
            }
        }
        if (!b.totals().isEmpty()) {
            out.add(indented(1, "diff.totals.budget"));
            b.totals().forEach(t -> out.add(total(t, figures)));
        }
    }

    private void item(ItemChange i, FigureText figures, List<String> out) {
        String name = named(i.label(), i.id());
        switch (i.status()) {
            case ADDED -> out.add(indented(1, "diff.item.added", name, cut(i.title())));
            case REMOVED -> out.add(indented(1, "diff.item.removed", name, cut(i.title())));
            case CHANGED -> {
                if (i.renamed()) {
                    out.add(indented(1, "diff.item.renamed", name, change(i.titleBefore(), i.titleAfter())));
                } else {
                    out.add(indented(1, "diff.item.changed", name, cut(i.title())));
                }
                if (i.moved()) {
                    out.add(indented(2, "diff.item.moved", i.labelBefore()));
                }
            }
        }
        i.columns().forEach(column -> out.add(field(column)));
        for (CellChange cell : i.cells()) {
            out.add(indented(2, "diff.cell", cell.column(), figure(figures.figure(cell.before())),
                    figure(figures.figure(cell.after())), figures.difference(cell.difference())));
        }
        i.total().ifPresent(t -> out.add(indented(2, "diff.cell", text("diff.total.item"), figure(figures.figure(t.before())),
                figure(figures.figure(t.after())), figures.difference(t.difference()))));
    }

    private String total(TotalChange t, FigureText figures) {
        return indented(2, "diff.cell", t.whole() ? text("diff.total.whole") : t.column(), figure(figures.figure(t.before())),
                figure(figures.figure(t.after())), figures.difference(t.difference()));
    }

    private void appendices(PlanComparison c, List<String> out) {
        if (c.appendices().isEmpty()) {
            return;
        }
        out.add(text("diff.heading.appendices"));
        for (AppendixChange a : c.appendices()) {
            switch (a.status()) {
                case ADDED -> out.add(indented(1, "diff.appendix.added", named(a.labelAfter(), a.id()), cut(a.title())));
                case REMOVED -> out.add(indented(1, "diff.appendix.removed", named(a.labelBefore(), a.id()), cut(a.title())));
                case CHANGED -> {
                    if (a.renumbered()) {
                        out.add(indented(1, "diff.appendix.renumbered", named(a.labelBefore(), a.id()), a.labelAfter()));
                    }
                    if (a.retitled()) {
                        out.add(indented(1, "diff.appendix.retitled", named(a.labelAfter(), a.id()),
                                change(a.titleBefore(), a.titleAfter())));
                    }
                }
            }
        }
    }

    private void references(PlanComparison c, List<String> out) {
        if (c.references().isEmpty()) {
            return;
        }
        out.add(text("diff.heading.references"));
        c.references().forEach(r -> out.add(indented(1, "diff.reference", r.target(), r.before(), r.after(), r.uses())));
    }

    /**
     * A text that differs: a short value quoted whole ("Sở TTTT" → "Sở Nội vụ", "06/03/2027" → "30/06/2027"), a
     * longer one with words in common by the same word diff as a re-worded section ("Rà [-soát-]{+soát, chuẩn
     * hóa+} quy trình …"), so a 150-character title is not printed twice to find the one word changed (s25 tryout L1).
     */
    private String change(String before, String after) {
        WordDiff diff = new WordDiffer().diff(before, after);
        boolean shared = diff.runs().stream().anyMatch(r -> r.op() == WordDiff.Op.SAME);
        boolean longText = Math.max(before.strip().length(), after.strip().length()) > LONG_TEXT;
        return shared && longText ? words(diff) : text("diff.quoted", before, after);
    }

    /** "[-old-]{+new+}" inside a few words of context, as git's word diff shows it. */
    private static String words(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        WordDiff.Op previous = WordDiff.Op.SAME;
        for (WordDiff.Run run : diff.excerpt(CONTEXT)) {
            // "[-10-]{+5+}": a replacement reads as one unit, without a space inside it.
            if (!out.isEmpty() && !(previous == WordDiff.Op.REMOVED && run.op() == WordDiff.Op.ADDED)) {
                out.append(' ');
            }
            previous = run.op();
            switch (run.op()) {
                case SAME -> out.append(run.text());
                case REMOVED -> out.append("[-").append(run.text()).append("-]");
                case ADDED -> out.append("{+").append(run.text()).append("+}");
            }
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    /** "Phụ lục 3 (pl-du-an)", or just the id for a part with no printed label. */
    private static String named(String label, String id) {
        return label.isEmpty() ? id : label + " (" + id + ")";
    }

    private String figure(String printed) {
        return printed.isEmpty() ? text("diff.blank") : printed;
    }

    private String blank(String value) {
        return value.isEmpty() ? text("diff.blank") : value;
    }

    private static String cut(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= TITLE_WIDTH ? oneLine : oneLine.substring(0, TITLE_WIDTH - 1).stripTrailing() + "…";
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** A change under its heading (1) or a figure under its item (2); indenting is layout, not wording. */
    private String indented(int level, String key, Object... args) {
        return "  ".repeat(level == 1 ? 1 : 3) + text(key, args);
    }
}

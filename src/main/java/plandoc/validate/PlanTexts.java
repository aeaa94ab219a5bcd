package plandoc.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Assignment;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Id;
import plandoc.model.IssuedDocument;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.Task;
import plandoc.model.TaskGroup;
import plandoc.model.TaskTable;
import plandoc.model.Text;

/** Every piece of author text in a plan, wherever it is written, for checks that read all text. */
public final class PlanTexts {
    /**
     * A text and the element with an id it is written in (the section of a paragraph, the task of a title),
     * absent for text outside any (the document's title, a recipient line).
     */
    public record Owned(Text text, Optional<Id> owner) {
    }

    private PlanTexts() {
    }

    public static List<Text> all(Plan plan) {
        return owned(plan).stream().map(Owned::text).toList();
    }

    /** Every text with its element: a reference in it to that element is to itself, never what was meant. */
    public static List<Owned> owned(Plan plan) {
        List<Owned> out = new ArrayList<>();
        IssuedDocument d = plan.document();
        Optional<Id> none = Optional.empty();
        add(d.title(), none, out);
        d.bases().forEach(b -> add(b, none, out));
        add(d.proposal(), none, out);
        d.articles().forEach(a -> {
            add(a.title(), Optional.of(a.id()), out);
            add(a.text(), Optional.of(a.id()), out);
        });
        d.recipients().forEach(r -> r.texts().forEach(t -> add(t, none, out)));
        add(plan.body().title(), none, out);
        plan.body().sections().forEach(s -> section(s, out));
        for (ObjectiveTable t : plan.objectives()) {
            for (ObjectiveGroup g : t.groups()) {
                add(g.title(), Optional.of(t.id()), out);
                for (Objective o : g.items()) {
                    Optional<Id> owner = Optional.of(o.id());
                    add(o.indicator(), owner, out);
                    o.targets().forEach(target -> add(target.text(), owner, out));
                    add(o.note(), owner, out);
                }
            }
        }
        for (TaskTable t : plan.tasks()) {
            for (TaskGroup g : t.groups()) {
                add(g.title(), Optional.of(t.id()), out);
                for (Task task : g.items()) {
                    add(task.title(), Optional.of(task.id()), out);
                    assignment(task.assignment(), Optional.of(task.id()), out);
                }
            }
        }
        for (Budget b : plan.budgets()) {
            b.totals().forEach(t -> add(t.label(), Optional.of(b.id()), out));
            for (BudgetGroup g : b.groups()) {
                add(g.title(), g.id().or(() -> Optional.of(b.id())), out);
                for (BudgetItem i : g.items()) {
                    Optional<Id> owner = Optional.of(i.id());
                    add(i.title(), owner, out);
                    assignment(i.assignment(), owner, out);
                    add(i.period(), owner, out);
                    add(i.fundingType(), owner, out);
                    add(i.noAmount(), owner, out);
                }
            }
        }
        for (Appendix a : plan.appendices().items()) {
            Optional<Id> owner = Optional.of(a.id());
            add(a.title(), owner, out);
            if (a.content() instanceof AppendixContent.Markdown m) {
                add(m.text(), owner, out);
            } else if (a.content() instanceof AppendixContent.External e) {
                add(e.note(), owner, out);
            }
        }
        return out;
    }

    private static void section(Section s, List<Owned> out) {
        add(s.title(), s.id(), out);
        add(s.text(), s.id(), out);
        add(s.textAfter(), s.id(), out);
        s.agencies().forEach(a -> add(a, s.id(), out));
        s.sections().forEach(child -> section(child, out));
    }

    private static void assignment(Assignment a, Optional<Id> owner, List<Owned> out) {
        add(a.lead(), owner, out);
        a.partners().forEach(p -> add(p, owner, out));
        add(a.outcome(), owner, out);
    }

    private static void add(Optional<Text> text, Optional<Id> owner, List<Owned> out) {
        text.ifPresent(t -> add(t, owner, out));
    }

    private static void add(Text text, Optional<Id> owner, List<Owned> out) {
        out.add(new Owned(text, owner));
    }
}

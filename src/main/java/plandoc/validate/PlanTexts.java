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
    private PlanTexts() {
    }

    public static List<Text> all(Plan plan) {
        List<Text> out = new ArrayList<>();
        IssuedDocument d = plan.document();
        out.add(d.title());
        out.addAll(d.bases());
        d.proposal().ifPresent(out::add);
        d.articles().forEach(a -> {
            a.title().ifPresent(out::add);
            out.add(a.text());
        });
        d.recipients().forEach(r -> out.addAll(r.texts()));
        plan.body().title().ifPresent(out::add);
        plan.body().sections().forEach(s -> section(s, out));
        for (ObjectiveTable t : plan.objectives()) {
            for (ObjectiveGroup g : t.groups()) {
                out.add(g.title());
                for (Objective o : g.items()) {
                    out.add(o.indicator());
                    o.targets().forEach(target -> out.add(target.text()));
                    o.note().ifPresent(out::add);
                }
            }
        }
        for (TaskTable t : plan.tasks()) {
            for (TaskGroup g : t.groups()) {
                out.add(g.title());
                for (Task task : g.items()) {
                    out.add(task.title());
                    assignment(task.assignment(), out);
                }
            }
        }
        for (Budget b : plan.budgets()) {
            b.totals().forEach(t -> out.add(t.label()));
            for (BudgetGroup g : b.groups()) {
                g.title().ifPresent(out::add);
                for (BudgetItem i : g.items()) {
                    out.add(i.title());
                    assignment(i.assignment(), out);
                    add(i.period(), out);
                    add(i.fundingType(), out);
                    add(i.noAmount(), out);
                }
            }
        }
        for (Appendix a : plan.appendices().items()) {
            out.add(a.title());
            if (a.content() instanceof AppendixContent.Markdown m) {
                out.add(m.text());
            } else if (a.content() instanceof AppendixContent.External e) {
                out.add(e.note());
            }
        }
        return out;
    }

    private static void section(Section s, List<Text> out) {
        add(s.title(), out);
        add(s.text(), out);
        add(s.textAfter(), out);
        out.addAll(s.agencies());
        s.sections().forEach(child -> section(child, out));
    }

    private static void assignment(Assignment a, List<Text> out) {
        add(a.lead(), out);
        out.addAll(a.partners());
        add(a.outcome(), out);
    }

    private static void add(Optional<Text> text, List<Text> out) {
        text.ifPresent(out::add);
    }
}

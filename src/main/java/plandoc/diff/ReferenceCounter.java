package plandoc.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Task;
import plandoc.model.TaskGroup;
import plandoc.model.TaskTable;
import plandoc.model.Text;

/** How often each id is cited by {@code {ref:…}} anywhere in a plan's text, in order of first citation. */
final class ReferenceCounter {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private ReferenceCounter() {
    }

    static Map<String, Integer> count(Plan plan) {
        ReferenceCounter counter = new ReferenceCounter();
        counter.plan(plan);
        return counter.counts;
    }

    private void plan(Plan plan) {
        IssuedDocument d = plan.document();
        add(d.title());
        d.bases().forEach(this::add);
        add(d.proposal());
        d.articles().forEach(a -> {
            add(a.title());
            add(a.text());
        });
        d.recipients().forEach(r -> r.texts().forEach(this::add));
        add(plan.body().title());
        plan.body().sections().forEach(this::section);
        for (ObjectiveTable t : plan.objectives()) {
            for (ObjectiveGroup g : t.groups()) {
                add(g.title());
                for (Objective o : g.items()) {
                    add(o.indicator());
                    o.targets().forEach(target -> add(target.text()));
                    add(o.note());
                }
            }
        }
        for (TaskTable t : plan.tasks()) {
            for (TaskGroup g : t.groups()) {
                add(g.title());
                for (Task task : g.items()) {
                    add(task.title());
                    assignment(task.assignment());
                }
            }
        }
        for (Budget b : plan.budgets()) {
            b.totals().forEach(t -> add(t.label()));
            for (BudgetGroup g : b.groups()) {
                add(g.title());
                for (BudgetItem i : g.items()) {
                    add(i.title());
                    assignment(i.assignment());
                    add(i.period());
                    add(i.fundingType());
                    add(i.noAmount());
                }
            }
        }
        for (Appendix a : plan.appendices().items()) {
            add(a.title());
            if (a.content() instanceof AppendixContent.Markdown m) {
                add(m.text());
            } else if (a.content() instanceof AppendixContent.External e) {
                add(e.note());
            }
        }
    }

    private void section(Section s) {
        add(s.title());
        add(s.text());
        add(s.textAfter());
        s.agencies().forEach(this::add);
        s.sections().forEach(this::section);
    }

    private void assignment(Assignment a) {
        add(a.lead());
        a.partners().forEach(this::add);
        add(a.outcome());
    }

    private void add(Optional<Text> text) {
        text.ifPresent(this::add);
    }

    private void add(Text text) {
        List<Reference> refs = text.references();
        refs.stream().filter(r -> r.kind() == Reference.Kind.REF).forEach(r -> counts.merge(r.target(), 1, Integer::sum));
    }
}

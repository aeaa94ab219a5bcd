package plandoc.validate;

import java.util.ArrayList;
import java.util.List;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Assignment;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.Text;

/**
 * When an agency register exists, every {@code lead}, {@code partners} and section {@code agency}
 * names a registered agency (by id or an accepted form), so agency views can gather their work.
 */
final class AgencyRules {
    void check(Plan plan, Problems problems) {
        if (plan.agencies().isEmpty()) {
            return;
        }
        List<Text> names = new ArrayList<>();
        plan.tasks().forEach(t -> t.items().forEach(task -> assignment(task.assignment(), names)));
        plan.budgets().forEach(b -> b.items().forEach(i -> assignment(i.assignment(), names)));
        plan.body().sections().forEach(s -> section(s, names));
        List<String> forms = plan.agencies().forms();
        for (Text name : names) {
            String value = name.literalText();
            if (plan.agencies().resolve(value).isEmpty()) {
                problems.error(name.at(), "agency.unknown", value, Hint.nearest(Suggestions.nearest(value, forms)));
            }
        }
    }

    private static void assignment(Assignment a, List<Text> out) {
        a.lead().ifPresent(out::add);
        out.addAll(a.partners());
    }

    private static void section(Section s, List<Text> out) {
        out.addAll(s.agencies());
        s.sections().forEach(child -> section(child, out));
    }

}

package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.TaskTable;
import plandoc.model.Text;
import plandoc.resolved.AgencyWork;

/**
 * Who does what, for the agency view: every section, task and budget row of a plan assigned to a
 * registered agency, with its printed label and, for the rows an agency leads, its money.
 */
final class AgencyWorkCollector {
    private final Plan plan;
    private final TextResolver text;
    private final Map<String, Label> labels;
    private final Collection<BudgetFigures> figures;
    private final SectionNumbering sections;

    AgencyWorkCollector(Plan plan, TextResolver text, Map<String, Label> labels, Collection<BudgetFigures> figures,
                        SectionNumbering sections) {
        this.plan = plan;
        this.text = text;
        this.labels = labels;
        this.figures = figures;
        this.sections = sections;
    }

    List<AgencyWork> collect() {
        List<AgencyWork> out = new ArrayList<>();
        if (plan.agencies().isEmpty()) {
            return out;
        }
        sectionWork(plan.body().sections(), out);
        for (TaskTable t : plan.tasks()) {
            for (var task : t.items()) {
                String title = text.inline(task.title()).plain();
                Label label = labels.get(task.id().value());
                task.assignment().lead().ifPresent(l -> work(l, "chủ trì", label, title, Optional.empty(), "", 0, out));
                task.assignment().partners().forEach(p -> work(p, "phối hợp", label, title, Optional.empty(), "", 0, out));
            }
        }
        for (BudgetFigures f : figures) {
            if (f.budget().isSummary()) {
                continue;
            }
            for (ItemFigures item : f.items()) {
                String title = text.inline(item.item().title()).plain();
                Label label = labels.get(item.item().id().value());
                Optional<BigDecimal> total = f.figure(item, Selection.all(f.layout().size())).amount();
                String unit = f.budget().unit().label();
                int decimals = f.budget().decimals();
                item.item().assignment().lead().ifPresent(l -> work(l, "chủ trì", label, title, total,
                        unit, decimals, out));
                item.item().assignment().partners().forEach(p -> work(p, "phối hợp", label, title, Optional.empty(), "", 0, out));
            }
        }
        return out;
    }

    private void sectionWork(List<Section> list, List<AgencyWork> out) {
        for (Section s : list) {
            SectionNumbering.Numbered n = sections.of(s);
            String title = s.title().map(t -> text.inline(t).plain()).orElse("");
            s.agencies().forEach(a -> work(a, "thực hiện", new Label(n.label(), n.anchor()), title, Optional.empty(), "", 0, out));
            sectionWork(s.sections(), out);
        }
    }

    private void work(Text agencyName, String role, Label label, String title, Optional<BigDecimal> amount, String unit,
                      int decimals, List<AgencyWork> out) {
        // Joint leads share a row: each is credited with the row, its money counted once per agency.
        plan.agencies().resolve(agencyName.literalText()).orElse(List.of()).forEach(agency -> out.add(
                new AgencyWork(agency.id().value(), agency.name(), agency.group(), role,
                        label == null ? "" : label.text(), title, label == null ? "" : label.anchor(), amount, unit,
                        amount.map(a -> VietnameseNumbers.format(a, decimals) + " " + unit).orElse(""))));
    }
}

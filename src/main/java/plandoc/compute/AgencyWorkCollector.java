package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Folding;
import plandoc.model.Axis;
import plandoc.model.Member;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.TaskTable;
import plandoc.model.Text;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.AxisKind;
import plandoc.resolved.Citation;

/**
 * Who does what, for the agency view: every section, task and budget row of a plan assigned to a
 * registered agency, with the label the document cites it by (its table's place added when several tables number rows from 1:
 * {@code PlanResolver.placeRows}) and, for the rows an agency leads, its money.
 */
final class AgencyWorkCollector {
    private final Plan plan;
    private final TextResolver text;
    private final Map<String, Label> labels;
    private final Collection<BudgetFigures> figures;
    private final SectionNumbering sections;
    /** The budgets whose rows the plan's total adds ({@link PlanTotalBudget#rowsCounted}). */
    private final Set<String> inPlanTotal;

    AgencyWorkCollector(Plan plan, TextResolver text, Map<String, Label> labels, Collection<BudgetFigures> figures,
                        SectionNumbering sections, Set<String> inPlanTotal) {
        this.plan = plan;
        this.inPlanTotal = Set.copyOf(inPlanTotal);
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
        // A table the document does not print assigns nothing: the site must not say more than the signed text.
        Set<String> printed = plandoc.model.PrintedTables.of(plan);
        for (TaskTable t : plan.tasks()) {
            if (!printed.contains(t.id().value())) {
                continue;
            }
            for (var task : t.items()) {
                String title = text.inline(task.title()).plain();
                Label label = labels.get(task.id().value());
                task.assignment().lead().ifPresent(l -> work(l, AgencyRole.LEAD, label, title, Optional.empty(), "", 0, out));
                task.assignment().partners().forEach(p -> work(p, AgencyRole.PARTNER, label, title, Optional.empty(), "", 0, out));
            }
        }
        for (BudgetFigures f : figures) {
            if (f.budget().isSummary() || !printed.contains(f.budget().id().value())) {
                continue;
            }
            boolean counted = inPlanTotal.contains(f.budget().id().value());
            for (ItemFigures item : f.items()) {
                Label label = labels.get(item.item().id().value());
                String typed = text.inline(item.item().title()).plain();
                String title = label == null ? typed : LabelledTitle.of(typed, label.text());
                Optional<BigDecimal> total = f.figure(item, Selection.all(f.layout().size())).amount();
                String unit = f.budget().unit().label();
                int decimals = f.budget().decimals();
                List<AgencyWork.Split> splits = total.isPresent() ? splits(f, item) : List.of();
                item.item().assignment().lead().ifPresent(l -> work(l, AgencyRole.LEAD, label, title, total,
                        unit, decimals, splits, counted, out));
                item.item().assignment().partners().forEach(p -> work(p, AgencyRole.PARTNER, label, title, Optional.empty(), "", 0, out));
            }
        }
        return out;
    }

    private void sectionWork(List<Section> list, List<AgencyWork> out) {
        for (Section s : list) {
            SectionNumbering.Numbered n = sections.of(s);
            String title = s.title().map(t -> text.inline(t).plain()).orElse("");
            String content = namesOnlyAgencies(title) ? firstSentence(s).orElse(title) : title;
            s.agencies().forEach(a -> work(a, AgencyRole.CARRY_OUT, new Label(n.label(), n.anchor(), n.cite()), content, Optional.empty(), "", 0,
                    out));
            sectionWork(s.sections(), out);
        }
    }

    /**
     * A section titled by the agency it assigns ("Sở Công Thương" under "Tổ chức thực hiện", as documents write it, and
     * the {@code new} starter does): its row on that agency's own table would say nothing but the agency's name
     * (s19 review, finding 3).
     */
    private boolean namesOnlyAgencies(String title) {
        return !title.isBlank() && plan.agencies().resolve(title).filter(a -> !a.isEmpty()).isPresent();
    }

    /**
     * What such a section gives the agency: the first sentence of its text, or of its first sub-section's with text
     * (424 puts the work in unnumbered paragraphs under the agency's heading), without a list marker.
     */
    private Optional<String> firstSentence(Section section) {
        Optional<String> own = section.text().map(t -> text.inline(t).plain()).flatMap(AgencyWorkCollector::sentenceOf);
        if (own.isPresent()) {
            return own;
        }
        return section.sections().stream().map(this::firstSentence).flatMap(Optional::stream).findFirst();
    }

    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("^(?:[-+*•]|\\d+[.)])\\s+");

    static Optional<String> sentenceOf(String text) {
        String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = LIST_MARKER.matcher(line).replaceFirst("");
        if (line.isEmpty()) {
            return Optional.empty();
        }
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(java.util.Locale.forLanguageTag("vi"));
        sentences.setText(line);
        int end = sentences.next();
        return Optional.of(line.substring(0, end == java.text.BreakIterator.DONE ? line.length() : end).strip());
    }

    private void work(Text agencyName, AgencyRole role, Label label, String title, Optional<BigDecimal> amount, String unit,
                      int decimals, List<AgencyWork> out) {
        work(agencyName, role, label, title, amount, unit, decimals, List.of(), true, out);
    }

    private void work(Text agencyName, AgencyRole role, Label label, String title, Optional<BigDecimal> amount, String unit,
                      int decimals, List<AgencyWork.Split> splits, boolean inPlanTotal, List<AgencyWork> out) {
        // Joint leads share a row: each is credited with the row, its money counted once per agency.
        plan.agencies().resolve(agencyName.literalText()).orElse(List.of()).forEach(agency -> out.add(
                new AgencyWork(agency.id().value(), agency.name(), agency.group(), role,
                        Optional.ofNullable(label).map(Label::text), title, Optional.ofNullable(label).map(Label::anchor),
                        amount, unit, amount.map(a -> VietnameseNumbers.format(a, decimals) + " " + unit), splits,
                        inPlanTotal, label == null ? Citation.NONE : label.cite())));
    }

    /**
     * Per column axis of the row's budget, the top-level members holding some of its money: what a total of
     * such rows adds together (several sources, several periods), which the agency view says.
     */
    private static List<AgencyWork.Split> splits(BudgetFigures f, ItemFigures item) {
        AxisLayout layout = f.layout();
        List<AgencyWork.Split> splits = new ArrayList<>();
        for (int axis = 0; axis < layout.size(); axis++) {
            Axis a = layout.axes().get(axis);
            List<String> holding = new ArrayList<>();
            for (Member m : a.members()) {
                Figure money = f.figure(item, Selection.of(layout.size(), Map.of(axis, m.id().value())));
                if (money.state() == Figure.State.UNDETERMINED || money.amount().filter(v -> v.signum() != 0).isPresent()) {
                    holding.add(m.label());
                }
            }
            splits.add(new AgencyWork.Split(kind(a), a.label().orElse(a.id().value()), holding));
        }
        return splits;
    }

    /**
     * What an axis divides money by, as far as its words tell: years (every member names one year), periods
     * (every member names years, some several), sources (its name or a member's says "nguồn", "vốn",
     * "ngân sách", "xã hội hóa", "source"), else nothing more than its own name.
     */
    static AxisKind kind(Axis axis) {
        List<Member> members = axis.members();
        List<Optional<YearRange>> years = members.stream().map(m -> YearRange.ofMember(m.id().value(), m.label())).toList();
        if (!members.isEmpty() && years.stream().allMatch(Optional::isPresent)) {
            return years.stream().allMatch(y -> y.get().from() == y.get().to()) ? AxisKind.YEAR
                    : AxisKind.PERIOD;
        }
        StringBuilder words = new StringBuilder(axis.id().value()).append(' ').append(axis.label().orElse(""));
        members.forEach(m -> words.append(' ').append(m.label()));
        String folded = Folding.folded(words.toString());
        return SOURCE_WORDS.stream().anyMatch(folded::contains) ? AxisKind.SOURCE : AxisKind.OTHER;
    }

    private static final List<String> SOURCE_WORDS = List.of("nguon", "von", "ngan sach", "ngan-sach", "xa hoi hoa",
            "source");
}

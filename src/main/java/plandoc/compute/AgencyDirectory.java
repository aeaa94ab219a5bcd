package plandoc.compute;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import plandoc.model.Unit;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Gathers every plan's agency work into one page per agency — what a department head opens
 * first — with, plan by plan, the total of the budget rows it leads, converted exactly to triệu đồng.
 * A row led jointly is counted whole for each of its leads, and said so (a finance officer adding the
 * agencies' totals would otherwise count it twice); totals are never added across plans.
 */
public final class AgencyDirectory {
    static final Unit TOTAL_UNIT = Unit.TRIEU_DONG;
    /** The role of an agency that leads a task or budget row (AgencyWorkCollector). */
    private static final String LEAD = "chủ trì";

    /** One plan's part in the agency view: the plan and the work it gives agencies (from its site record). */
    public record PlanWork(DocumentInfo info, List<AgencyWork> work) {
        public PlanWork {
            work = List.copyOf(work);
        }
    }

    public List<AgencyPage> build(List<ResolvedPlan> plans) {
        return gather(plans.stream().map(p -> new PlanWork(p.info(), p.agencyWork())).toList());
    }

    public List<AgencyPage> gather(List<PlanWork> plans) {
        Map<String, List<AgencyPage.Entry>> byAgency = new LinkedHashMap<>();
        Map<String, AgencyWork> first = new LinkedHashMap<>();
        Map<String, List<AgencyPage.PlanTotal>> totals = new LinkedHashMap<>();
        for (PlanWork plan : plans) {
            Map<String, List<AgencyWork>> leads = leadsByRow(plan.work());
            Map<String, Money> money = new LinkedHashMap<>();
            for (AgencyWork work : plan.work()) {
                String coLeads = coLeads(work, leads);
                byAgency.computeIfAbsent(work.agencyId(), k -> new ArrayList<>()).add(new AgencyPage.Entry(
                        plan.info().slug(), plan.info().numberSymbol(), plan.info().title(), work, coLeads));
                first.putIfAbsent(work.agencyId(), work);
                if (work.amount().isPresent() && work.role().equals(LEAD)) {
                    money.computeIfAbsent(work.agencyId(), k -> new Money()).add(work, !coLeads.isEmpty());
                }
            }
            money.forEach((id, m) -> totals.computeIfAbsent(id, k -> new ArrayList<>()).add(new AgencyPage.PlanTotal(
                    plan.info().slug(), plan.info().numberSymbol(), plan.info().dateText(), text(m.all),
                    m.anyJoint ? text(m.joint) : "")));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<AgencyPage> pages = new ArrayList<>();
        byAgency.forEach((id, entries) -> {
            AgencyWork w = first.get(id);
            pages.add(new AgencyPage(id, w.agencyName(), w.group(), entries, totals.getOrDefault(id, List.of())));
        });
        // Agencies first, collectives after; each alphabetically as Vietnamese sorts.
        pages.sort(Comparator.comparing(AgencyPage::group).thenComparing(AgencyPage::name, vietnamese));
        return pages;
    }

    /** A plan's tasks and budget rows by anchor, with the agencies that lead each (several for a joint lead). */
    private static Map<String, List<AgencyWork>> leadsByRow(List<AgencyWork> work) {
        Map<String, List<AgencyWork>> leads = new LinkedHashMap<>();
        for (AgencyWork w : work) {
            if (w.role().equals(LEAD) && !w.anchor().isEmpty()) {
                leads.computeIfAbsent(w.anchor(), k -> new ArrayList<>()).add(w);
            }
        }
        return leads;
    }

    /** The other agencies leading the row {@code work} leads, by name; "" when it leads alone (or only takes part). */
    private static String coLeads(AgencyWork work, Map<String, List<AgencyWork>> leads) {
        if (!work.role().equals(LEAD) || work.anchor().isEmpty()) {
            return "";
        }
        List<String> others = new ArrayList<>();
        for (AgencyWork other : leads.getOrDefault(work.anchor(), List.of())) {
            if (!other.agencyId().equals(work.agencyId()) && !others.contains(other.agencyName())) {
                others.add(other.agencyName());
            }
        }
        return String.join(", ", others);
    }

    /** The rows one agency leads in one plan, in đồng: all of them, and those it leads jointly. */
    private static final class Money {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal joint = BigDecimal.ZERO;
        boolean anyJoint;

        void add(AgencyWork w, boolean jointly) {
            BigDecimal dong = w.amount().orElseThrow().multiply(Unit.byLabel(w.unit()).orElse(TOTAL_UNIT).inDong());
            all = all.add(dong);
            if (jointly) {
                joint = joint.add(dong);
                anyJoint = true;
            }
        }
    }

    private static String text(BigDecimal dong) {
        BigDecimal value = dong.divide(TOTAL_UNIT.inDong());
        return VietnameseNumbers.format(value, Math.max(0, value.stripTrailingZeros().scale())) + " " + TOTAL_UNIT.label();
    }
}

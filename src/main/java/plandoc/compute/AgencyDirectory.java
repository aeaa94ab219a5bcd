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
 * first — with the total of the budget rows it leads, converted exactly to triệu đồng.
 */
public final class AgencyDirectory {
    static final Unit TOTAL_UNIT = Unit.TRIEU_DONG;

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
        for (PlanWork plan : plans) {
            for (AgencyWork work : plan.work()) {
                byAgency.computeIfAbsent(work.agencyId(), k -> new ArrayList<>()).add(new AgencyPage.Entry(
                        plan.info().slug(), plan.info().numberSymbol(), plan.info().title(), work));
                first.putIfAbsent(work.agencyId(), work);
            }
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<AgencyPage> pages = new ArrayList<>();
        byAgency.forEach((id, entries) -> {
            AgencyWork w = first.get(id);
            pages.add(new AgencyPage(id, w.agencyName(), w.group(), entries, total(entries)));
        });
        // Agencies first, collectives after; each alphabetically as Vietnamese sorts.
        pages.sort(Comparator.comparing(AgencyPage::group).thenComparing(AgencyPage::name, vietnamese));
        return pages;
    }

    private static String total(List<AgencyPage.Entry> entries) {
        BigDecimal dong = BigDecimal.ZERO;
        boolean any = false;
        for (AgencyPage.Entry e : entries) {
            AgencyWork w = e.work();
            if (w.amount().isPresent() && w.role().equals("chủ trì")) {
                dong = dong.add(w.amount().get().multiply(Unit.byLabel(w.unit()).orElse(TOTAL_UNIT).inDong()));
                any = true;
            }
        }
        if (!any) {
            return "";
        }
        BigDecimal value = dong.divide(TOTAL_UNIT.inDong());
        return VietnameseNumbers.format(value, Math.max(0, value.stripTrailingZeros().scale())) + " " + TOTAL_UNIT.label();
    }
}

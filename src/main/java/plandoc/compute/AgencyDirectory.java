package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Unit;
import plandoc.resolved.DigitalSignature;
import plandoc.resolved.SignedMark;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.AxisKind;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Gathers every plan's agency work into one page per agency — what a department head opens
 * first — with, plan by plan, the total of the budget rows it leads, converted exactly to triệu đồng.
 * A row led jointly is counted whole for each of its leads, and said so (a finance officer adding the
 * agencies' totals would otherwise count it twice); totals are never added across plans. Rows of a budget the
 * plan's summary does not add up (projects already under way) are listed but left out of the total, and the
 * total says how much it leaves out.
 * <p>
 * Every figure of the view is in one unit, triệu đồng, the rows' as well as the totals': the unit of the
 * index's money column, and the one in which a provincial finance department keeps the budget estimates
 * and publishes their tables ("Đơn vị: triệu đồng"), so that an officer reads a row against the total
 * beside it without converting. A plan's total says what it adds together when
 * its rows' money lies in several sources or periods of their budget.
 */
public final class AgencyDirectory {
    static final Unit TOTAL_UNIT = Unit.TRIEU_DONG;

    private final FigureForm form;
    /** The chrome's language, which the signed mark is worded in. */
    private final String language;
    private final MixWords mixWords;
    private final CitationWords citations;

    /** The view of a Vietnamese site. */
    public AgencyDirectory() {
        this("vi");
    }

    /** @param language the chrome's language ({@code --lang}): how the view writes its figures and its words */
    public AgencyDirectory(String language) {
        this.form = FigureForm.of(language);
        this.language = language;
        this.mixWords = new MixWords(language);
        this.citations = new CitationWords(language);
    }

    /**
     * The work's label in the chrome's language, "task 15 (Appendix 04)"; the document's own where it is not made of
     * numbered parts. On a Vietnamese page the words are the document's label, word for word.
     */
    private String label(AgencyWork work) {
        return work.cite().isEmpty() ? work.label() : citations.words(work.cite());
    }

    /**
     * One plan's part in the agency view: the plan and the work it gives agencies (from its site record), and the
     * valid signatures of its published PDF (the view marks a signed plan as the index does).
     */
    public record PlanWork(DocumentInfo info, List<AgencyWork> work, List<DigitalSignature> signatures) {
        public PlanWork {
            work = List.copyOf(work);
            signatures = List.copyOf(signatures);
        }

        public PlanWork(DocumentInfo info, List<AgencyWork> work) {
            this(info, work, List.of());
        }
    }

    public List<AgencyPage> build(List<ResolvedPlan> plans) {
        return gather(plans.stream().map(p -> new PlanWork(p.info(), p.agencyWork())).toList());
    }

    public List<AgencyPage> gather(List<PlanWork> plans) {
        Map<String, List<AgencyPage.Entry>> byAgency = new LinkedHashMap<>();
        Map<String, AgencyWork> first = new LinkedHashMap<>();
        Map<String, List<AgencyPage.PlanTotal>> totals = new LinkedHashMap<>();
        AgencyLabels labels = new AgencyLabels();
        Map<String, Integer> places = decimalPlaces(plans);
        for (PlanWork plan : plans) {
            Map<String, List<AgencyWork>> leads = leadsByRow(plan.work());
            Map<String, Money> money = new LinkedHashMap<>();
            Optional<String> signed = SignatureWording.of(plan.signatures(), language).map(SignedMark::shortNote);
            for (AgencyWork work : plan.work()) {
                Optional<String> coLeads = coLeads(work, leads);
                byAgency.computeIfAbsent(work.agencyId(), k -> new ArrayList<>()).add(new AgencyPage.Entry(
                        plan.info().slug(), listed(plan.info()), plan.info().title(), work, coLeads,
                        work.amount().map(a -> text(dong(work), places.get(work.agencyId()))), label(work), signed,
                        asPrinted(work)));
                first.putIfAbsent(work.agencyId(), work);
                labels.add(work.agencyId(), work.agencyName(), plan.info().issuer());
                if (work.amount().isPresent() && work.role() == AgencyRole.LEAD) {
                    money.computeIfAbsent(work.agencyId(), k -> new Money()).add(work, coLeads.isPresent());
                }
            }
            money.forEach((id, m) -> totals.computeIfAbsent(id, k -> new ArrayList<>()).add(new AgencyPage.PlanTotal(
                    plan.info().slug(), listed(plan.info()), plan.info().shortDate(),
                    m.anyInside ? Optional.of(text(m.all, places.get(id))) : Optional.empty(),
                    m.anyJoint ? Optional.of(text(m.joint, places.get(id))) : Optional.empty(), m.mixes(mixWords),
                    m.anyOutside ? Optional.of(text(m.outside, places.get(id))) : Optional.empty(), signed)));
        }
        List<AgencyPage> pages = new ArrayList<>();
        // Two provinces' registers each with a "Sở Khoa học và Công nghệ" (s24 review M1): named as the index's filter.
        Map<String, String> names = labels.byId();
        byAgency.forEach((id, entries) -> {
            AgencyWork w = first.get(id);
            String name = names.get(id);
            List<AgencyPage.PlanTotal> its = totals.getOrDefault(id, List.of());
            // Which columns its totals table has, decided here so that the template only places them (s20 review 6).
            pages.add(new AgencyPage(id, name, w.group(), entries, its,
                    its.stream().anyMatch(t -> t.joint().isPresent()), its.stream().anyMatch(t -> !t.mixes().isEmpty())));
        });
        // Agencies first, collectives after; each alphabetically as Vietnamese sorts, in the index filter's order.
        pages.sort(Comparator.comparing(AgencyPage::group).thenComparing(AgencyPage::name, AgencyOrder.names()));
        return pages;
    }

    /** A plan's tasks and budget rows by anchor, with the agencies that lead each (several for a joint lead). */
    private static Map<String, List<AgencyWork>> leadsByRow(List<AgencyWork> work) {
        Map<String, List<AgencyWork>> leads = new LinkedHashMap<>();
        for (AgencyWork w : work) {
            if (w.role() == AgencyRole.LEAD && w.pageAnchor().isPresent()) {
                leads.computeIfAbsent(w.pageAnchor().get(), k -> new ArrayList<>()).add(w);
            }
        }
        return leads;
    }

    /** The other agencies leading the row {@code work} leads, by name; empty when it leads alone (or takes part). */
    private static Optional<String> coLeads(AgencyWork work, Map<String, List<AgencyWork>> leads) {
        if (work.role() != AgencyRole.LEAD || work.anchor().isEmpty()) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (AgencyWork other : leads.getOrDefault(work.anchor(), List.of())) {
            if (!other.agencyId().equals(work.agencyId()) && !others.contains(other.agencyName())) {
                others.add(other.agencyName());
            }
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", others));
    }

    /** An axis whose members a total adds: sources are one axis across a plan's budgets, another is its own. */
    private record SplitAxis(AxisKind kind, String axis) {
    }

    /**
     * The rows one agency leads in one plan, in đồng: all of them, and those it leads jointly; and, per way
     * their budgets divide money (a kind of axis), the members their money lies in, in the budgets' order.
     */
    private static final class Money {
        BigDecimal all = BigDecimal.ZERO;
        boolean anyInside;
        BigDecimal joint = BigDecimal.ZERO;
        boolean anyJoint;
        BigDecimal outside = BigDecimal.ZERO;
        boolean anyOutside;
        final Map<SplitAxis, List<String>> members = new LinkedHashMap<>();

        void add(AgencyWork w, boolean jointly) {
            BigDecimal dong = dong(w);
            if (!w.inPlanTotal()) {
                // Said beside the total, not in it: the plan's own total leaves this budget out (s20 review 1).
                outside = outside.add(dong);
                anyOutside = true;
                return;
            }
            all = all.add(dong);
            anyInside = true;
            if (jointly) {
                joint = joint.add(dong);
                anyJoint = true;
            }
            for (AgencyWork.Split split : w.splits()) {
                // Sources are sources whichever budget of the plan they are columns of; another axis is its own.
                String axis = split.kind() == AxisKind.OTHER ? split.axis() : "";
                merge(members.computeIfAbsent(new SplitAxis(split.kind(), axis), k -> new ArrayList<>()), split.members());
            }
        }

        /** Adds a row's members, each new one after the member it follows in the row (the budget's order). */
        private static void merge(List<String> into, List<String> row) {
            int at = 0;
            for (String member : row) {
                int found = into.indexOf(member);
                if (found >= 0) {
                    at = found + 1;
                } else {
                    into.add(at++, member);
                }
            }
        }

        /**
         * What the total adds together: the kinds of axis in which the money lies in more than one member,
         * sources first, then periods and years, in the same order for every plan. Members are joined by
         * "; " because a member's own label may hold a comma ("Nguồn ODA, xã hội hóa").
         */
        List<AgencyPage.Mix> mixes(MixWords words) {
            List<AgencyPage.Mix> mixes = new ArrayList<>();
            members.forEach((kind, labels) -> {
                if (labels.size() > 1) {
                    mixes.add(words.mix(kind.kind(), kind.axis(), labels));
                }
            });
            mixes.sort(Comparator.comparing(AgencyPage.Mix::kind)); // sources, periods, years, others (AxisKind's order)
            return mixes;
        }
    }

    /**
     * The row's money as its document prints it ("2,70 tỷ đồng"), when that is not in the view's unit: the view's
     * "2.700" triệu đồng is not a figure the officer finds in the PDF. The document's figure keeps its table's
     * decimals and the Vietnamese form on an English page too, as the document beside it.
     */
    private static Optional<String> asPrinted(AgencyWork w) {
        boolean viewUnit = Unit.byLabel(w.unit()).map(TOTAL_UNIT::equals).orElse(false);
        return w.amount().isEmpty() || viewUnit ? Optional.empty() : w.printedAmount();
    }

    private static BigDecimal dong(AgencyWork w) {
        return w.amount().orElseThrow().multiply(Unit.byLabel(w.unit()).orElse(TOTAL_UNIT).inDong());
    }

    /**
     * Per agency, the decimals its page writes every amount with: the most any of its amounts needs in the view's
     * unit, so that one column does not print "6.000" under "11.500,5" (s29 tryout F10). A sum never needs more
     * decimals than its addends.
     */
    private static Map<String, Integer> decimalPlaces(List<PlanWork> plans) {
        Map<String, Integer> places = new LinkedHashMap<>();
        for (PlanWork plan : plans) {
            for (AgencyWork work : plan.work()) {
                int needed = work.amount().isEmpty() ? 0
                        : Math.max(0, dong(work).divide(TOTAL_UNIT.inDong()).stripTrailingZeros().scale());
                places.merge(work.agencyId(), needed, Math::max);
            }
        }
        return places;
    }

    /** An amount in đồng in the view's unit, at {@code decimals}, in the chrome's form: "27.000" ("27,000" in English). */
    /** The plan as the view's rows name it: its number, a draft's "Dự thảo Kế hoạch (chưa có số)". */
    private static String listed(DocumentInfo info) {
        return ListedNumber.of(info.numberSymbol(), info.kindName());
    }

    private String text(BigDecimal dong, int decimals) {
        return form.format(dong.divide(TOTAL_UNIT.inDong()), decimals);
    }
}

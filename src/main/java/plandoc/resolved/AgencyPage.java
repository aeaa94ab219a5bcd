package plandoc.resolved;

import java.util.List;

/**
 * One agency's page in the site: its work across every plan, and, plan by plan, the money of the
 * budget rows it leads. Money is never added up across plans: they are documents of other years,
 * other sources, and a later one may revise an earlier one.
 *
 * @param totals the money of the rows it leads, one line per plan that gives it any, in the order
 *               of the entries; empty when it leads no budget row
 */
public record AgencyPage(String id, String name, boolean group, List<Entry> entries, List<PlanTotal> totals) {
    public AgencyPage {
        entries = List.copyOf(entries);
        totals = List.copyOf(totals);
    }

    /**
     * A piece of work and the plan it is in.
     *
     * @param coLeads    the other agencies leading the same task or budget row ("Sở Tài chính, Sở Nội vụ"),
     *                   or "": the row's money is counted whole for each of them
     * @param amountText the money of a budget row it leads in the view's one unit (that of its totals) and
     *                   the chrome's number form ("12.000" for 12,00 tỷ đồng), or ""
     * @param label      how the view names the work, in the chrome's language: the document's label ({@link
     *                   AgencyWork#label()}) on a Vietnamese page, "task 15 (Appendix 04)" on an English one
     */
    public record Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work, String coLeads,
                        String amountText,
                        String label) {
        public Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work) {
            this(planSlug, planNumberSymbol, planTitle, work, "", "", work.label());
        }
    }

    /**
     * What the budget rows an agency leads in one plan add up to, converted exactly to the view's one unit,
     * in the chrome's number form.
     *
     * @param planDateText the plan's date ("28/12/2012"), or "" for an undated draft
     * @param totalText    every row it leads, the jointly led ones whole ("27.000")
     * @param jointText    of which the rows it leads jointly with other agencies, or "" when none
     * @param mixes        what the total adds together: each way the rows' budgets divide their money (sources,
     *                     periods) in which the rows' money lies in more than one member; empty when none
     */
    public record PlanTotal(String planSlug, String planNumberSymbol, String planDateText, String totalText,
                            String jointText, List<Mix> mixes) {
        public PlanTotal {
            mixes = List.copyOf(mixes);
        }
    }

    /**
     * Money of several members of a budget's axis added into one total.
     *
     * @param kind    as {@link AgencyWork.Split#kind()}
     * @param axis    the axis's own name, for an axis of kind {@link AxisKind#OTHER}, else ""
     * @param members the members' labels, as the documents print them ("NS TƯ; NS địa phương; Vốn khác"); what a
     *                province's agencies.ftlh before version 4 places
     * @param words   how many of what, in the chrome's language: "4 năm, từ 2022 đến 2025", "3 nguồn vốn"
     * @param names   the members' labels the words do not already say ("NS TƯ; NS địa phương; Vốn khác"), the
     *                documents' Vietnamese; "" for years and periods, which the words name by their numbers
     */
    public record Mix(AxisKind kind, String axis, String members, String words, String names) {
    }
}

package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * One agency's page in the site: its work across every plan, and, plan by plan, the money of the
 * budget rows it leads. Money is never added up across plans: they are documents of other years,
 * other sources, and a later one may revise an earlier one.
 *
 * @param totals      the money of the rows it leads, one line per plan that gives it any, in the order
 *                    of the entries; empty when it leads no budget row
 * @param jointColumn whether its totals table has the column of rows led jointly: some plan's total has such rows
 * @param mixColumn   whether its totals table has the column saying what a total adds: some total adds several
 *                    sources or periods
 */
public record AgencyPage(String id, String name, boolean group, List<Entry> entries, List<PlanTotal> totals,
                         boolean jointColumn, boolean mixColumn) {
    public AgencyPage {
        entries = List.copyOf(entries);
        totals = List.copyOf(totals);
    }

    /**
     * A piece of work and the plan it is in.
     *
     * @param planNumberSymbol the plan as the view names it: "424/QĐ-UBND"; a draft's "Dự thảo Kế hoạch (chưa có số)"
     *                    (compute's ListedNumber), never its blank "/KH-UBND"
     * @param coLeadNames the other agencies leading the same task or budget row ("Sở Tài chính, Sở Nội vụ"), when
     *                    any: the row's money is counted whole for each of them
     * @param amount      the money of a budget row it leads in the view's one unit (that of its totals) and
     *                    the chrome's number form ("12.000" for 12,00 tỷ đồng); empty for a task
     * @param label       how the view names the work, in the chrome's language: the document's label ({@link
     *                    AgencyWork#label()}) on a Vietnamese page, "task 15 (Appendix 04)" on an English one
     * @param signed      the mark of a plan whose published PDF is digitally signed, in the chrome's language
     *                    ("đã ký số"); empty otherwise
     * @param asPrinted   the row's money as the document prints it, its figure and unit ("2,70 tỷ đồng", in
     *                    Vietnamese whatever the chrome's language), when the document prints it in another unit
     *                    than the view's: an officer looking for "2.700" in the PDF finds "2,70" under "tỷ đồng"
     *                    (s27); empty otherwise
     */
    public record Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work,
                        Optional<String> coLeadNames, Optional<String> amount, String label, Optional<String> signed,
                        Optional<String> asPrinted) {
        public Entry {
            java.util.Objects.requireNonNull(coLeadNames, "coLeadNames: Optional.empty() when it leads alone");
            java.util.Objects.requireNonNull(amount, "amount: Optional.empty() for a task");
            java.util.Objects.requireNonNull(signed, "signed: Optional.empty() for a PDF not signed");
            java.util.Objects.requireNonNull(asPrinted, "asPrinted: Optional.empty() when printed in the view's unit");
        }

        public Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work,
                     Optional<String> coLeadNames, Optional<String> amount, String label, Optional<String> signed) {
            this(planSlug, planNumberSymbol, planTitle, work, coLeadNames, amount, label, signed, Optional.empty());
        }

        public Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work,
                     Optional<String> coLeadNames, Optional<String> amount, String label) {
            this(planSlug, planNumberSymbol, planTitle, work, coLeadNames, amount, label, Optional.empty());
        }

        /** The signed mark, "" when the plan's PDF is not signed. */
        public String signedText() {
            return signed.orElse("");
        }

        public Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work) {
            this(planSlug, planNumberSymbol, planTitle, work, Optional.empty(), Optional.empty(), work.label());
        }

        // The template fields of these names (docs/format.md, "Templates"), "" when absent as before the Optionals:
        // a province's agencies.ftlh testing entry.coLeads?has_content keeps working.

        /** The other leads, "" when it leads alone. */
        public String coLeads() {
            return coLeadNames.orElse("");
        }

        /** The row's money, "" for a task. */
        public String amountText() {
            return amount.orElse("");
        }

        /** The row's money as the document prints it, "" when it prints it in the view's unit or has none. */
        public String asPrintedText() {
            return asPrinted.orElse("");
        }
    }

    /**
     * What the budget rows an agency leads in one plan add up to, converted exactly to the view's one unit,
     * in the chrome's number form.
     *
     * @param planDate     the plan's date ("28/12/2012"); empty for an undated draft
     * @param total        every row it leads in the plan's total, the jointly led ones whole ("27.000"); absent when
     *                     every row it leads is outside that total (only {@code outside} is said: a "0" would read
     *                     as "leads nothing with money")
     * @param planNumberSymbol as {@link Entry#planNumberSymbol}
     * @param joint        of which the rows it leads jointly with other agencies; empty when none
     * @param mixes        what the total adds together: each way the rows' budgets divide their money (sources,
     *                     periods) in which the rows' money lies in more than one member; empty when none
     * @param outside      the money of rows it leads in budgets the plan's total leaves out, which the total does
     *                     not count ("229.943"); absent when none
     * @param signed       the mark of a plan whose published PDF is digitally signed ("đã ký số"); empty otherwise
     */
    public record PlanTotal(String planSlug, String planNumberSymbol, Optional<String> planDate, Optional<String> total,
                            Optional<String> joint, List<Mix> mixes, Optional<String> outside, Optional<String> signed) {
        public PlanTotal(String planSlug, String planNumberSymbol, Optional<String> planDate, Optional<String> total,
                         Optional<String> joint, List<Mix> mixes, Optional<String> outside) {
            this(planSlug, planNumberSymbol, planDate, total, joint, mixes, outside, Optional.empty());
        }

        /** The signed mark, "" when the plan's PDF is not signed. */
        public String signedText() {
            return signed.orElse("");
        }

        public PlanTotal {
            java.util.Objects.requireNonNull(planDate, "planDate: Optional.empty() for an undated draft");
            java.util.Objects.requireNonNull(total, "total: Optional.empty() when every row it leads is outside the total");
            java.util.Objects.requireNonNull(joint, "joint: Optional.empty() when it leads no row jointly");
            java.util.Objects.requireNonNull(outside, "outside: Optional.empty() when no row it leads is outside the total");
            java.util.Objects.requireNonNull(signed, "signed: Optional.empty() for a PDF not signed");
            mixes = List.copyOf(mixes);
        }

        // The template fields of these names, "" when absent (as Entry's).

        /** The rows' money, "" when every row it leads is outside the plan's total. */
        public String totalText() {
            return total.orElse("");
        }

        /** The plan's date, "" for an undated draft. */
        public String planDateText() {
            return planDate.orElse("");
        }

        /** The jointly led rows' money, "" when none. */
        public String jointText() {
            return joint.orElse("");
        }

        /** The money of rows outside the plan's total, "" when none. */
        public String outsideText() {
            return outside.orElse("");
        }
    }

    /**
     * Money of several members of a budget's axis added into one total.
     *
     * @param kind    as {@link AgencyWork.Split#kind()}
     * @param axisName the axis's own name, for an axis of kind {@link AxisKind#OTHER}; empty for the others
     * @param members the members' labels, as the documents print them ("NS TƯ; NS địa phương; Vốn khác"); what a
     *                province's agencies.ftlh before version 4 places
     * @param words   how many of what, in the chrome's language: "4 năm, từ 2022 đến 2025", "3 nguồn vốn"
     * @param memberNames the members' labels the words do not already say ("NS TƯ; NS địa phương; Vốn khác"),
     *                the documents' Vietnamese; empty for years and periods, which the words name by their numbers
     */
    public record Mix(AxisKind kind, Optional<String> axisName, String members, String words,
                      Optional<String> memberNames) {
        public Mix {
            java.util.Objects.requireNonNull(axisName, "axisName: Optional.empty() but for an axis of kind OTHER");
            java.util.Objects.requireNonNull(memberNames, "memberNames: Optional.empty() when the words name them");
        }

        // The template fields of these names, "" when absent (as Entry's).

        /** The axis's own name, "" but for an axis of kind OTHER. */
        public String axis() {
            return axisName.orElse("");
        }

        /** The members' labels, "" when the words name them. */
        public String names() {
            return memberNames.orElse("");
        }
    }
}

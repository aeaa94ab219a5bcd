package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Work a plan assigns to an agency: a section it is given, or a task or budget row it leads or
 * takes part in.
 *
 * @param role       leads, takes part in, or carries out (a section's assignment)
 * @param label      how the plan refers to it: "dự án số 3", "mục V.2"
 * @param anchor     the anchor in the plan's page
 * @param amount     the row's computed total when the agency leads a budget row
 * @param amountText the amount as printed with its unit ("12,00 tỷ đồng"), or ""
 * @param splits     for a budget row it leads that has money: each column axis of the budget and the members
 *                   that hold the row's money, so that the agency view can say what a plan's total adds
 *                   together (sources, periods); empty otherwise
 * @param cite       what {@code label} names, as parts and numbers: how the agency view says it in the chrome's
 *                   language ("task 15 (Appendix 04)" on an English page); {@link Citation#NONE} when the label is
 *                   not made of numbered parts
 * @param inPlanTotal whether the row's budget is one the plan's total adds up: false for a budget its summary
 *                   leaves out (424's PHỤ LỤC 01, projects already under way), whose money the agency view then
 *                   does not count in the agency's total for the plan
 */
public record AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, String label, String title,
                         String anchor, Optional<BigDecimal> amount, String unit, String amountText,
                         List<Split> splits, boolean inPlanTotal, Citation cite) {
    public AgencyWork {
        splits = List.copyOf(splits);
    }

    public AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, String label, String title,
                      String anchor, Optional<BigDecimal> amount, String unit, String amountText, List<Split> splits) {
        this(agencyId, agencyName, group, role, label, title, anchor, amount, unit, amountText, splits, true, Citation.NONE);
    }

    public AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, String label, String title,
                      String anchor, Optional<BigDecimal> amount, String unit, String amountText) {
        this(agencyId, agencyName, group, role, label, title, anchor, amount, unit, amountText, List.of());
    }

    /**
     * The members of one column axis of a budget that hold a row's money, top-level members by their labels
     * ("NS TƯ", "NS địa phương").
     *
     * @param kind what the axis divides the money by
     * @param axis the axis's label, else its id ("Nguồn vốn", "source"): what names an {@link AxisKind#OTHER} axis
     */
    public record Split(AxisKind kind, String axis, List<String> members) {
        public Split {
            members = List.copyOf(members);
        }
    }
}

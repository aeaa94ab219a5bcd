package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Work a plan assigns to an agency: a section it is given, or a task or budget row it leads or
 * takes part in.
 *
 * @param role       leads, takes part in, or carries out (a section's assignment)
 * @param reference  how the plan refers to it: "dự án số 3", "mục V.2"; empty for a row the plan prints nowhere
 * @param pageAnchor its anchor in the plan's page, beside {@code reference}
 * @param amount     the row's computed total when the agency leads a budget row
 * @param printedAmount the amount as printed with its unit ("12,00 tỷ đồng"), beside {@code amount}
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
public record AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, Optional<String> reference,
                         String title, Optional<String> pageAnchor, Optional<BigDecimal> amount, String unit,
                         Optional<String> printedAmount,
                         List<Split> splits, boolean inPlanTotal, Citation cite) {
    public AgencyWork {
        java.util.Objects.requireNonNull(reference, "reference: Optional.empty() for a row printed nowhere");
        java.util.Objects.requireNonNull(pageAnchor, "pageAnchor: Optional.empty() for a row printed nowhere");
        java.util.Objects.requireNonNull(printedAmount, "printedAmount: Optional.empty() without an amount");
        splits = List.copyOf(splits);
    }

    public AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, Optional<String> reference,
                      String title, Optional<String> pageAnchor, Optional<BigDecimal> amount, String unit,
                      Optional<String> printedAmount, List<Split> splits) {
        this(agencyId, agencyName, group, role, reference, title, pageAnchor, amount, unit, printedAmount, splits, true, Citation.NONE);
    }

    public AgencyWork(String agencyId, String agencyName, boolean group, AgencyRole role, Optional<String> reference,
                      String title, Optional<String> pageAnchor, Optional<BigDecimal> amount, String unit,
                      Optional<String> printedAmount) {
        this(agencyId, agencyName, group, role, reference, title, pageAnchor, amount, unit, printedAmount, List.of());
    }

    // The template fields of these names (docs/format.md, "Templates") and the site record's, "" when absent as
    // before the Optionals.

    /** "dự án số 3", "" for a row the plan prints nowhere. */
    public String label() {
        return reference.orElse("");
    }

    /** The anchor in the plan's page, "" for a row the plan prints nowhere. */
    public String anchor() {
        return pageAnchor.orElse("");
    }

    /** "12,00 tỷ đồng", "" without an amount. */
    public String amountText() {
        return printedAmount.orElse("");
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

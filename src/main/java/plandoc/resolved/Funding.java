package plandoc.resolved;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The plan's total funding, as compute found it in its main budget (the first), for every output that names it:
 * plan.json and the site record (amount, unit, text), the site's index, search data and feed (its amount in đồng,
 * which compares plans kept in different units).
 *
 * @param unit  the main budget's unit as printed ("tỷ đồng"); empty for a plan without a budget
 * @param total the main budget's total; empty without a budget, or when it could not be computed
 */
public record Funding(Optional<String> unit, Optional<Total> total) {
    /** A plan without a budget. */
    public static final Funding NONE = new Funding(Optional.empty(), Optional.empty());

    /**
     * @param amount in the budget's unit (its scale as computed: 724.90)
     * @param text   as the document prints it: "724,90 tỷ đồng"
     * @param dong   the same amount in đồng
     */
    public record Total(BigDecimal amount, String text, BigDecimal dong) {
    }

    /** The amount in the budget's unit, when there is one. */
    public Optional<BigDecimal> amount() {
        return total.map(Total::amount);
    }

    /** The amount in đồng, when there is one. */
    public Optional<BigDecimal> dong() {
        return total.map(Total::dong);
    }

    /** The text the document prints, when there is a total. */
    public Optional<String> text() {
        return total.map(Total::text);
    }
}

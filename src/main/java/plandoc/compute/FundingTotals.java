package plandoc.compute;

import java.math.BigDecimal;
import plandoc.model.Unit;
import plandoc.resolved.Funding;

/**
 * A plan's total with its amount in đồng: made here for a plan compute resolves, and for a site record of an older
 * format that kept only the amount and its unit (build reads those: they hold the old file names a site keeps).
 */
public final class FundingTotals {
    private FundingTotals() {
    }

    public static Funding.Total of(BigDecimal amount, String text, Unit unit) {
        return new Funding.Total(amount, text, amount.multiply(unit.inDong()));
    }
}

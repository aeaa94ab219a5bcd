package plandoc.compute;

import java.math.BigDecimal;
import java.util.Optional;
import plandoc.model.Unit;

/**
 * A plan's total as the site index prints it: in {@value #UNIT}, whatever unit the plan's budget is
 * kept in, so that the column compares like with like ("724,90 tỷ đồng" → "724.900"). Converted exactly
 * (a unit is a power of ten of the đồng): every decimal the conversion needs is printed, none rounded.
 */
public final class IndexFunding {
    /** The one unit of the index's money column; its header names it. */
    public static final String UNIT = "triệu đồng";

    private IndexFunding() {
    }

    /** An amount in đồng, in {@value #UNIT}: "724.900", "1,5". */
    public static String ofDong(BigDecimal dong) {
        BigDecimal millions = dong.divide(Unit.TRIEU_DONG.inDong()).stripTrailingZeros();
        return VietnameseNumbers.format(millions, Math.max(0, millions.scale()));
    }

    /** An amount in the unit labelled {@code unit} ("tỷ đồng"), in {@value #UNIT}; "" without an amount. */
    public static String of(Optional<BigDecimal> amount, String unit) {
        return amount.flatMap(a -> Unit.byLabel(unit).map(u -> ofDong(a.multiply(u.inDong())))).orElse("");
    }
}

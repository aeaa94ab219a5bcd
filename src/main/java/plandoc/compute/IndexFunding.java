package plandoc.compute;

import java.math.BigDecimal;
import java.util.Optional;
import plandoc.model.Unit;

/**
 * Money as the site's chrome prints it (the index's total column, the agency view): in {@value #UNIT},
 * whatever unit the plan's budget is kept in, so that a column compares like with like ("724,90 tỷ đồng"
 * → "724.900"). Converted exactly (a unit is a power of ten of the đồng): every decimal the conversion
 * needs is printed, none rounded; in the chrome's number form ({@link FigureForm}).
 */
public final class IndexFunding {
    /** The one unit of the chrome's money; the index's and the agency view's headers name it. */
    public static final String UNIT = "triệu đồng";

    private IndexFunding() {
    }

    /** An amount in đồng, in {@value #UNIT}: "724.900", "1,5". */
    public static String ofDong(BigDecimal dong) {
        return ofDong(dong, FigureForm.VIETNAMESE);
    }

    /** An amount in đồng, in {@value #UNIT}, in the chrome's form: "724.900" or "724,900". */
    public static String ofDong(BigDecimal dong, FigureForm form) {
        return form.exact(dong.divide(Unit.TRIEU_DONG.inDong()));
    }

    /** An amount in the unit labelled {@code unit} ("tỷ đồng"), in {@value #UNIT}; "" without an amount. */
    public static String of(Optional<BigDecimal> amount, String unit) {
        return of(amount, unit, FigureForm.VIETNAMESE);
    }

    /** As above, in the chrome's form. */
    public static String of(Optional<BigDecimal> amount, String unit, FigureForm form) {
        return amount.flatMap(a -> Unit.byLabel(unit).map(u -> ofDong(a.multiply(u.inDong()), form))).orElse("");
    }
}

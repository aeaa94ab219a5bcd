package plandoc.compute;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plandoc.model.Unit;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;

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

    /**
     * A plan's total in {@value #UNIT}, in the chrome's form: what the index's money column and the search data
     * print for it; "" (an empty cell) without a total.
     */
    public static String of(Funding funding, FigureForm form) {
        return funding.dong().map(dong -> ofDong(dong, form)).orElse("");
    }

    /** Each plan's figure as {@link #of(Funding, FigureForm)} gives it, by the plan's slug. */
    public static Map<String, String> bySlug(List<DocumentInfo> plans, FigureForm form) {
        Map<String, String> figures = new HashMap<>();
        plans.forEach(info -> figures.put(info.slug(), of(info.funding(), form)));
        return figures;
    }
}

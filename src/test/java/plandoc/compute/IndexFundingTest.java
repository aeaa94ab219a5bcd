package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.model.Unit;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;

/** The site index's money column: every plan's total (in đồng, as compute found it) in triệu đồng, exactly. */
class IndexFundingTest {
    @Test
    void everyAmountIsPrintedExactlyInMillionsOfDong() {
        assertEquals("724.900", IndexFunding.ofDong(new BigDecimal("724900000000.00")));
        assertEquals("1.438.798", IndexFunding.ofDong(new BigDecimal("1438798000000")));
        assertEquals("1,5", IndexFunding.ofDong(new BigDecimal("1500000")));
        assertEquals("0,000001", IndexFunding.ofDong(BigDecimal.ONE), "nothing rounded away");
        assertEquals("12.345,678", IndexFunding.ofDong(new BigDecimal("12345678000")));
        assertEquals("2.000", IndexFunding.ofDong(new BigDecimal("2E+9")));
    }

    @Test
    void aPlanWithoutATotalPrintsAnEmptyCellInEitherLanguage() {
        Funding undetermined = new Funding(Optional.of(Unit.TY_DONG.label()), Optional.empty());
        assertEquals("", IndexFunding.of(Funding.NONE, FigureForm.VIETNAMESE));
        assertEquals("", IndexFunding.of(undetermined, FigureForm.ENGLISH));
    }

    @Test
    void eachPlanIsPrintedByItsSlugInTheChromesForm() {
        Funding funding = new Funding(Optional.of(Unit.TY_DONG.label()), Optional.of(new Funding.Total(
                new BigDecimal("724.90"), "724,90 tỷ đồng", new BigDecimal("724900000000.00"))));
        List<DocumentInfo> plans = List.of(info("a", funding), info("b", Funding.NONE));
        assertEquals(Map.of("a", "724.900", "b", ""), IndexFunding.bySlug(plans, FigureForm.VIETNAMESE));
        assertEquals(Map.of("a", "724,900", "b", ""), IndexFunding.bySlug(plans, FigureForm.ENGLISH));
    }

    private static DocumentInfo info(String slug, Funding funding) {
        return new DocumentInfo(slug, "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", slug, funding);
    }
}

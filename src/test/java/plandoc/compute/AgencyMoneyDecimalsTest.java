package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.ResolvedPlan;

/**
 * s29 tryout F10: an agency leading rows of 11.500,5 and 6.000 triệu đồng read "11.500,5" above "6.000" in the
 * agency view, one column with two scales, while the PDF prints 6.000,0. Every amount of an agency's page is written
 * with the decimals the most precise of them needs.
 */
class AgencyMoneyDecimalsTest {

    @Test
    void anAgencysAmountsShareTheirDecimals() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        AgencyPage page = new AgencyDirectory().gather(List.of(new AgencyDirectory.PlanWork(plan.info(), List.of(
                led("r1", "11500.5"), led("r2", "6000"), led("r3", "3700.5"))))).get(0);
        assertEquals(List.of("11.500,5", "6.000,0", "3.700,5"),
                page.entries().stream().map(AgencyPage.Entry::amountText).toList());
        assertEquals("21.201,0", page.totals().get(0).totalText());
    }

    private static AgencyWork led(String anchor, String amount) {
        return new AgencyWork("so-khcn", "Sở Khoa học và Công nghệ", false, AgencyRole.LEAD, Optional.of(anchor), anchor,
                Optional.of(anchor), Optional.of(new BigDecimal(amount)), "triệu đồng", Optional.empty());
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site index's money column: every plan's total in triệu đồng, converted exactly. */
class IndexFundingTest {
    @Test
    void everyUnitIsConvertedExactlyToMillionsOfDong() {
        assertEquals("724.900", IndexFunding.of(Optional.of(new BigDecimal("724.90")), "tỷ đồng"));
        assertEquals("1.438.798", IndexFunding.of(Optional.of(new BigDecimal("1438798")), "triệu đồng"));
        assertEquals("1,5", IndexFunding.of(Optional.of(new BigDecimal("1500000")), "đồng"));
        assertEquals("0,000001", IndexFunding.of(Optional.of(BigDecimal.ONE), "đồng"), "nothing rounded away");
        assertEquals("12.345,678", IndexFunding.of(Optional.of(new BigDecimal("12345678")), "nghìn đồng"));
        assertEquals("", IndexFunding.of(Optional.empty(), "tỷ đồng"));
        assertEquals("2.000", IndexFunding.ofDong(new BigDecimal("2E+9")));
    }
}

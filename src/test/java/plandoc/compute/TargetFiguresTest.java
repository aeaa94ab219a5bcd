package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ObjectiveData;
import plandoc.resolved.Period;

/** Issue 16: objective targets read as typed figures only where the printed text is unambiguous. */
class TargetFiguresTest {

    @Test
    void readsComparatorValueAndUnit() {
        assertEquals("gte 80 %", read("≥ 80%"));
        assertEquals("eq 100 %", read("100%"));
        assertEquals("eq 90 %", read("đạt 90%"));
        assertEquals("gt 95 %", read("Trên 95% hồ sơ"));
        assertEquals("gte 50 %", read("Phấn đấu đạt tối thiểu 50% địa bàn dân cư toàn tỉnh"));
        assertEquals("gte 60 %", read("không dưới 60 %"));
        assertEquals("lte 5 %", read("không quá 5%"));
        assertEquals("lt 2.5 %", read("dưới 2,5%"));
        assertEquals("gte 1500 -", read("tối thiểu 1.500 người"), "a plain number, its unit not guessed");
        assertEquals("eq 100 %", read("Đến năm 2025, 100% văn bản các cấp"), "a year is not the figure");
    }

    @Test
    void leavesAmbiguousTextUntyped() {
        assertEquals("none", read("90% văn bản cấp tỉnh, cấp huyện và 50% văn bản cấp xã"));
        assertEquals("none", read("Triển khai đồng bộ từ cấp tỉnh đến cấp xã"));
        assertEquals("none", read("10% DVC mức 3, và 5% DVC mức 4"));
        assertEquals("none", read("Hoàn thành trong năm 2025"));
        assertEquals("none", read("3 hệ thống, 12 cơ sở dữ liệu"));
    }

    @Test
    void readsMilestonesAsYears() {
        assertEquals(Optional.of(new Period(2025, 2025)), ObjectiveDataBuilder.period("2025"));
        assertEquals(Optional.of(new Period(2021, 2025)), ObjectiveDataBuilder.period("2021-2025"));
        assertEquals(Optional.of(new Period(2016, 2020)), ObjectiveDataBuilder.period("Giai đoạn 2016 – 2020"));
        assertEquals(Optional.empty(), ObjectiveDataBuilder.period("hằng năm"));
        assertEquals(Optional.empty(), ObjectiveDataBuilder.period("từ 2025"), "open-ended: no end year to give");
    }

    private static String read(String text) {
        Optional<ObjectiveData.Figure> figure = TargetFigures.read(text);
        return figure.map(f -> f.comparator() + " " + f.value().toPlainString() + " " + f.unit().orElse("-"))
                .orElse("none");
    }
}

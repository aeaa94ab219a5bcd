package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document's files are named after its number and symbol, unaccented but in its own capitals (not Folding.slug). */
class FileStemTest {
    @ParameterizedTest
    @CsvSource({
            "4086/QĐ-UBND, 4086-QD-UBND",
            "02/2012/QĐ-UBND, 02-2012-QD-UBND",
            "12/KH-ĐĐBQH, 12-KH-DDBQH",
            "/QĐ-UBND/, QD-UBND",
            "167/KH-UBND ngày 5, 167-KH-UBND-ngay-5"})
    void numberAndSymbol(String numberSymbol, String stem) {
        assertEquals(stem, PlanResolver.fileStem(numberSymbol));
    }
}

package plandoc.compute;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issuer's lines in the header block and the rule under them (Decree 30; format-standard.md §13 F5). */
class IssuerLinesTest {

    @Test
    void breaksAPeoplesCommitteeAfterItsCollectiveName() {
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"), IssuerLines.of("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"));
    }

    @Test
    void setsALongNameAsTwoBalancedLines() {
        assertEquals(List.of("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"), IssuerLines.of("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
    }

    @Test
    void keepsAShortNameOnOneLine() {
        assertEquals(List.of("UBND TỈNH HÀ TĨNH"), IssuerLines.of("UBND TỈNH HÀ TĨNH"));
    }

    @Test
    void followsExplicitLineBreaks() {
        assertEquals(List.of("CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), IssuerLines.of("CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"));
    }

    @Test
    void isEmptyForNoName() {
        assertTrue(IssuerLines.of("").isEmpty());
    }

    /** 1/3 to 1/2 of the printed width of the line above the rule, from the font's metrics, not a fixed length. */
    @Test
    void theRuleIsAShareOfTheLineAboveIt() {
        double line = TextMeasure.mm("TỈNH HÀ TĨNH", 12, true);
        double rule = IssuerLines.rule(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH")).mm();
        assertTrue(rule >= line / 3 && rule <= line / 2, rule + " mm under a line of " + line + " mm");
        double longer = IssuerLines.rule(List.of("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG")).mm();
        assertTrue(longer > rule, "a longer line gets a longer rule");
        assertTrue(line > 25 && line < 40, "12 pt bold capitals: " + line + " mm");
    }
}

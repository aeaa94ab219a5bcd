package plandoc.render.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssuerNameTest {

    @Test
    void breaksAPeoplesCommitteeAfterItsCollectiveName() {
        IssuerName name = IssuerName.of("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"), name.lines());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", name.oneLine());
    }

    @Test
    void setsALongNameAsTwoBalancedLines() {
        assertEquals(List.of("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"), IssuerName.of("SỞ THÔNG TIN VÀ TRUYỀN THÔNG").lines());
    }

    @Test
    void keepsAShortNameOnOneLine() {
        assertEquals(List.of("UBND TỈNH HÀ TĨNH"), IssuerName.of("UBND TỈNH HÀ TĨNH").lines());
    }

    @Test
    void followsExplicitLineBreaks() {
        IssuerName name = IssuerName.of("CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        assertEquals(List.of("CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), name.lines());
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", name.oneLine());
    }

    @Test
    void isEmptyForNoName() {
        assertTrue(IssuerName.of("").isEmpty());
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SearchHint;

/**
 * s34 review M3: the examples of a search that finds nothing are the site's own, not Hà Tĩnh's "424" and "Chuyển đổi
 * số": the newest document's number and two marked words of its title, the rarest on the site.
 */
class SearchHintsTest {
    private static final String T424 = "Phê duyệt Đề án “Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025”";
    private static final String T4086 = "Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh"
            + " đến năm 2020";

    @Test
    void theNumberAndTheRarestLongestPairOfMarkedWords() {
        // "Phê duyệt" and "tỉnh Hà Tĩnh" are in both titles; of the rarer pairs the longest; none across the quote.
        assertEquals(Optional.of(new SearchHint("424", "chuyen doi", "Chuyển đổi")),
                SearchHints.of("424/QĐ-UBND", T424, List.of(T424, T4086)));
    }

    @Test
    void anotherProvincesDocumentGivesItsOwnExamples() {
        // "Quang" has no mark, "Tuyên" has: the pair shows typing without marks; "phát triển" is in both titles.
        String title = "Kế hoạch phát triển du lịch tỉnh Tuyên Quang năm 2027";
        assertEquals(Optional.of(new SearchHint("15", "tuyen quang", "Tuyên Quang")),
                SearchHints.of("15/KH-UBND", title, List.of(title, "Kế hoạch phát triển nông nghiệp năm 2026")));
    }

    @Test
    void noExampleWithoutANumberOrAPairOfMarkedWords() {
        assertEquals(Optional.empty(), SearchHints.of("/KH-UBND", T424, List.of(T424)));
        assertEquals(Optional.empty(), SearchHints.of("7/KH-UBND", "ABC 2027 Hà", List.of()));
    }
}

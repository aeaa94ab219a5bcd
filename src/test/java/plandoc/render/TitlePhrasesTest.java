package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitlePhrasesTest {
    private static final String NB = "\u00A0";

    @Test
    void aTimeIsOnePhrase() {
        assertEquals("BẢN ĐỒ QUY HOẠCH MẠNG CHUYÊN DỤNG TỈNH HÀ TĨNH ĐẾN" + NB + "NĂM" + NB + "2020",
                TitlePhrases.bind("BẢN ĐỒ QUY HOẠCH MẠNG CHUYÊN DỤNG TỈNH HÀ TĨNH ĐẾN NĂM 2020"));
        // A year range's hyphen is a no-break hyphen too (the Word copy's w:noBreakHyphen).
        assertEquals("Đề án chuyển đổi số giai" + NB + "đoạn" + NB + "2021\u20112025, định hướng đến" + NB + "năm" + NB + "2030",
                TitlePhrases.bind("Đề án chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030"));
        assertEquals("kế hoạch năm" + NB + "2021" + NB + "-" + NB + "2025", TitlePhrases.bind("kế hoạch năm 2021 - 2025"));
        assertEquals("ngày" + NB + "28" + NB + "tháng" + NB + "12", TitlePhrases.bind("ngày 28 tháng 12"));
    }

    @Test
    void aNumberWithItsUnitAndAPlaceInSentenceCaseAreOnePhrase() {
        assertEquals("Quyết định số" + NB + "4086/QĐ-UBND", TitlePhrases.bind("Quyết định số 4086/QĐ-UBND"));
        assertEquals("hỗ trợ 25" + NB + "tỷ" + NB + "đồng", TitlePhrases.bind("hỗ trợ 25 tỷ đồng"));
        assertEquals("thông tin tỉnh" + NB + "Hà" + NB + "Tĩnh đến" + NB + "năm" + NB + "2020",
                TitlePhrases.bind("thông tin tỉnh Hà Tĩnh đến năm 2020"));
    }

    @Test
    void otherWordsStillBreak() {
        // An upper-case title does not show where a place name ends; "năm" inside a word is not the word.
        assertEquals("MẠNG TỈNH HÀ TĨNH", TitlePhrases.bind("MẠNG TỈNH HÀ TĨNH"));
        assertEquals("thanhnăm 2020", TitlePhrases.bind("thanhnăm 2020"));
        assertEquals("Danh mục dự án", TitlePhrases.bind("Danh mục dự án"));
    }
}

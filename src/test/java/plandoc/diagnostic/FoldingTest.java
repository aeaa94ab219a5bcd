package plandoc.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese as typed without Vietnamese input: every tone on every vowel, đ/Đ, capitals, real names. */
class FoldingTest {
    /** Each vowel with no tone, then huyền, sắc, hỏi, ngã, nặng: one precomposed character each, as typed. */
    private static final List<String> VOWELS = List.of("aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
            "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ");
    private static final String BASES = "aaaeeiooouuy";

    @Test
    void everyToneOnEveryVowelFoldsToItsLetter() {
        for (int v = 0; v < VOWELS.size(); v++) {
            String lower = VOWELS.get(v);
            String upper = lower.toUpperCase(java.util.Locale.ROOT);
            assertEquals(6, lower.length(), lower); // precomposed: the folding, not the test, decomposes them
            String base = String.valueOf(BASES.charAt(v));
            assertEquals(base.repeat(6), Folding.folded(lower), lower);
            assertEquals(base.repeat(6), Folding.folded(upper), upper);
            assertEquals(base.repeat(6), Folding.unaccented(lower), lower);
            assertEquals(base.toUpperCase(java.util.Locale.ROOT).repeat(6), Folding.unaccented(upper), upper);
        }
    }

    @Test
    void dWithStrokeIsD() {
        // "đ" has no decomposition in Unicode: without its own rule it would survive NFD and the marks' removal.
        assertEquals("da nang", Folding.folded("Đà Nẵng"));
        assertEquals("dong thap", Folding.folded("ĐỒNG THÁP"));
        assertEquals("DONG THAP", Folding.unaccented("ĐỒNG THÁP"));
        assertEquals("4086/QD-UBND", Folding.unaccented("4086/QĐ-UBND"));
        assertEquals("dd", Folding.folded("đĐ"));
    }

    @ParameterizedTest
    @CsvSource({
            "Hà Tĩnh, ha tinh",
            "Thừa Thiên Huế, thua thien hue",
            "Đắk Lắk, dak lak",
            "Bà Rịa – Vũng Tàu, ba ria – vung tau",
            "Quảng Ngãi, quang ngai",
            "Cần Thơ, can tho",
            "Hải Phòng, hai phong",
            "Điện Biên Phủ, dien bien phu",
            "Lạng Sơn, lang son",
            "Thành phố Hồ Chí Minh, thanh pho ho chi minh",
            "Nguyễn Thị Bưởi, nguyen thi buoi",
            "Trần Đức Lương, tran duc luong",
            "Ủy ban nhân dân tỉnh Nghệ An, uy ban nhan dan tinh nghe an",
            "QUYẾT ĐỊNH, quyet dinh"})
    void realNames(String name, String folded) {
        assertEquals(folded, Folding.folded(name));
    }

    @Test
    void theSameNameHoweverItWasTyped() {
        // Decomposed (NFD, as some keyboards and macOS file names give it) and the old tone placement alike.
        assertEquals("khanh hoa", Folding.folded(Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD)));
        assertEquals("khanh hoa", Folding.folded("Khánh Hoà"));
        assertEquals("thanh hoa", Folding.folded("Thanh Hoá"));
    }

    @Test
    void onlyMarksGoOtherLettersStay() {
        // Combining marks of any script go; letters are not transliterated (no "ß" → "ss", no Greek → Latin),
        // so slug turns them into separators, as every copy before this class did.
        assertEquals("ελλαδα", Folding.folded("Ελλάδα"));
        assertEquals("straße", Folding.folded("Straße"));
        assertEquals("ก", Folding.folded("ก่"));
        assertEquals("", Folding.folded(""));
    }

    @ParameterizedTest
    @CsvSource({
            "Phụ lục 3, phu-luc-3",
            "'  Kế hoạch số 05/KH-UBND  ', ke-hoach-so-05-kh-ubnd",
            "Giai đoạn 2012–2015, giai-doan-2012-2015",
            "--Kế hoạch--, ke-hoach",
            "dự_án  số 15, du-an-so-15",
            "Ελλάδα 2030, 2030",
            "…, ''"})
    void slugs(String text, String slug) {
        assertEquals(slug, Folding.slug(text));
    }
}

package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {
    /** Vietnamese typed with TCVN3 (ABC) or VNI fonts, pasted as Latin-1 characters. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Quy¸t ®Þnh",                                   // Quyết định, TCVN3
            "  title: Quy¸t ®Þnh vÒ viÖc phª duyÖt kÕ ho¹ch", // TCVN3 in a YAML value
            "Uû ban nh©n d©n tØnh Hµ TÜnh",                 // Ủy ban nhân dân tỉnh Hà Tĩnh, TCVN3
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam",           // TCVN3
            "Quyeát ñònh",                                  // Quyết định, VNI
            "Ñieàu 1. Pheâ duyeät keá hoaïch",               // Điều 1. Phê duyệt kế hoạch, VNI
            "UÛy ban nhaân daân tænh Haø Tónh",              // VNI
            "Moâi tröôøng phaùp lyù",                        // Môi trường pháp lý, VNI (issue 13)
            "  title: Moâi tröôøng phaùp lyù",
    })
    void flagsLegacyText(String line) {
        assertNotNull(LegacyEncoding.inspect(line), line);
    }

    /** Real Vietnamese, other languages' names and ordinary symbols are left alone. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Quyết định về việc phê duyệt kế hoạch",
            "Ủy ban nhân dân tỉnh Hà Tĩnh",
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Khoá học, hoà giải, thuế, xuân, quân, khuê, võ", // oá, oà, uê, uâ are real Vietnamese
            "Chuyên gia Jürgen Müller",                     // one foreign name
            "Hợp tác với Bộ Kinh tế Tây Ban Nha (España)",
            "© 2024 Công ty ABC® — giá 10 000 ₫ « trích »", // symbols next to spaces, not inside words
            "Café Olé ở Hà Nội, Noël",
            "amounts: { 2021: 4000, 2022: 1447 }",
            "Straße in München",
            "Thuý, thuở, khoẻ, hoà, ngoài, tuỳ, quý, Nguyễn Văn Đoàn", // tone on a vowel after a vowel
    })
    void leavesOrdinaryTextAlone(String line) {
        assertNull(LegacyEncoding.inspect(line), line);
    }

    @Test
    void namesTheWordAndItsColumn() {
        LegacyEncoding.Finding f = LegacyEncoding.inspect("  title: Quy¸t ®Þnh");
        assertEquals(new LegacyEncoding.Finding(13, "Quy¸t"), f);
        assertEquals(new LegacyEncoding.Finding(12, "Quyeát"), LegacyEncoding.inspect("text: \"Quyeát ñònh\""));
    }
}

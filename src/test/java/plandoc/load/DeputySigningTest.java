package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.TestPlans;

/**
 * The KT. line against the signer's title ({@link DeputySigning}), beyond the three cases in
 * {@code src/test/resources/errors/legal-signer-kt-*}: the heads of other bodies, the deputy's qualifiers, the forms
 * that are right and must stay silent.
 */
class DeputySigningTest {
    private static final String SIGNATURE = """
                authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
                title: Phó Chủ tịch
            """;

    private static List<String> messages(Path dir, String authority, String title) {
        return TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION.replace(SIGNATURE,
                "    authority: " + authority + "\n    title: " + title + "\n")));
    }

    /** Blocks of Decree 30's forms (format-standard §8) and of a Sở, a Văn phòng, a Ban: no warning. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[TM. Ủy ban nhân dân, KT. Chủ tịch]|Phó Chủ tịch",
            "[TM. Ủy ban nhân dân]|Chủ tịch",
            "[KT. Chủ tịch]|Phó Chủ tịch",
            "[]|Chủ tịch",
            "[KT. Giám đốc]|Phó Giám đốc",
            "[KT. Giám đốc Sở]|Phó Giám đốc",
            "[TL. Chủ tịch, KT. Chánh Văn phòng]|Phó Chánh Văn phòng",
            "[TL. Chủ tịch]|Chánh Văn phòng",
            "[TM. Ban Chỉ đạo, KT. Trưởng ban]|Phó Trưởng ban",
            "[TM. Ủy ban nhân dân, KT. Chủ tịch]|Phó Chủ tịch Thường trực",
            "[KT. Giám đốc]|Phó Giám đốc phụ trách",
            "[KT. CHỦ TỊCH]|PHÓ CHỦ TỊCH",
            "[KT. Bộ trưởng]|Thứ trưởng",
            // An acting head's block is a form of its own.
            "[Q. Chủ tịch]|Phó Chủ tịch"})
    void aBlockThatFitsTheSignerPasses(String authority, String title, @TempDir Path dir) {
        assertEquals(List.of(), messages(dir, authority, title).stream().filter(m -> m.contains("KT.")).toList());
    }

    @Test
    void aDeputyOfASoWithoutKtIsToldTheHeadOfTheSo(@TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:15:12: cảnh báo: người ký \"Phó Giám đốc\" là cấp phó ký thay người đứng đầu, "
                + "nhưng authority không có dòng \"KT.\": Nghị định 30/2020/NĐ-CP (Điều 13) ghi \"KT.\" trước chức vụ của "
                + "người đứng đầu, rồi đến chức vụ của người ký; thêm dòng \"KT. Giám đốc\": authority: [KT. Giám đốc]"),
                messages(dir, "[]", "Phó Giám đốc"));
    }

    @Test
    void aDeputyUnderTlIsToldToAddKtAfterIt(@TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:15:12: cảnh báo: người ký \"Phó Chánh Văn phòng\" là cấp phó ký thay người "
                + "đứng đầu, nhưng authority không có dòng \"KT.\": Nghị định 30/2020/NĐ-CP (Điều 13) ghi \"KT.\" trước chức "
                + "vụ của người đứng đầu, rồi đến chức vụ của người ký; thêm dòng \"KT. Chánh Văn phòng\": authority: "
                + "[TL. Chủ tịch, KT. Chánh Văn phòng]"), messages(dir, "[TL. Chủ tịch]", "Phó Chánh Văn phòng"));
    }

    @Test
    void theHeadSigningWithAKtLineIsToldToDeleteIt(@TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:14:17: cảnh báo: dòng \"KT. Giám đốc\" ghi cấp phó ký thay (KT.) người đứng "
                + "đầu, nhưng người ký là người đứng đầu (\"Giám đốc\"): người đứng đầu ký thì không ghi \"KT.\" (Nghị định "
                + "30/2020/NĐ-CP, Điều 13); xóa dòng này khỏi authority, hoặc ghi chức vụ của cấp phó ký thay (title:)"),
                messages(dir, "[KT. Giám đốc]", "Giám đốc"));
    }

    /** Two lines typed as one are FrameForms' warning alone: their KT. part is read as the line it prints as. */
    @ParameterizedTest
    @ValueSource(strings = {"[\"TM. Ủy ban nhân dân, KT. Chủ tịch\"]", "TM. Ủy ban nhân dân KT. Chủ tịch"})
    void twoLinesTypedAsOneGetOnlyThatWarning(String authority, @TempDir Path dir) {
        List<String> messages = messages(dir, authority, "Phó Chủ tịch");
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("2 dòng của khối chữ ký"), messages.toString());
    }
}

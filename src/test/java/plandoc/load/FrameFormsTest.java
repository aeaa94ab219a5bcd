package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.TestPlans;

/**
 * The forms of the frame's values {@link FrameForms} checks, beyond the one case of each in
 * {@code src/test/resources/errors/legal-*}: the spellings of academic titles, names that only look like one,
 * and the ký hiệu's shapes.
 */
class FrameFormsTest {
    private static List<String> messages(Path dir, String yaml) {
        return TestPlans.messages(TestPlans.resolve(dir, yaml));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TS. Nguyễn Văn A|TS.", "ThS. Trần Thị B|ThS.", "Th.S Lê Văn C|Th.S", "PGS.TS. Phạm Văn D|PGS.TS.",
            "GS.TSKH Hoàng Văn E|GS.TSKH", "KS. Võ Văn G|KS.", "BS Đỗ Thị H|BS", "CN. Bùi Văn K|CN.", "ts. Ngô Văn L|ts.",
            "THS Đặng Văn M|THS"})
    void anAcademicTitleBeforeTheSignersNameIsAWarningAtTheName(String name, String title, @TempDir Path dir) {
        String fixed = name.substring(title.length()).strip();
        assertEquals(List.of("ke-hoach/plan.yaml:16:11: cảnh báo: người ký \"" + name + "\" có học hàm, học vị \"" + title
                + "\" trước họ tên: Nghị định 30/2020/NĐ-CP chỉ ghi họ và tên người ký, không ghi học hàm, học vị: sửa thành name: "
                + fixed), messages(dir, TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + name)));
    }

    /** Names that begin with the same letters, or a syllable, are names (a Jarai "Ksor", "Tsú" is none of the titles). */
    @ParameterizedTest
    @ValueSource(strings = {"Ksor Phước Hà", "Cù Huy Cận", "Thạch Sơn", "Bùi Thị Sen", "Gsa Nguyễn", "Tsú A"})
    void aNameIsNotTakenForATitle(String name, @TempDir Path dir) {
        assertEquals(List.of(), messages(dir, TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + name)));
    }

    /** Shapes a register uses: the issuer's part with digits, more than one issuer part, a type of mixed case. */
    @ParameterizedTest
    @ValueSource(strings = {"QĐ-UBND", "QĐ-BCĐ389", "QĐ-UBND-VX", "QĐ-CTUBND"})
    void aWellFormedSymbolPasses(String symbol, @TempDir Path dir) {
        assertEquals(List.of(), messages(dir, TestPlans.DECISION.replace("symbol: QĐ-UBND", "symbol: " + symbol)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "QĐ/UBND|lỗi|có dấu \"/\": plandoc tự in \"/\" giữa số và ký hiệu (Số: …/QĐ-UBND); các phần của ký hiệu nối bằng "
                    + "dấu \"-\" (Nghị định 30/2020/NĐ-CP): sửa thành symbol: QĐ-UBND",
            // A normative document's year typed into the symbol (s15): the number's year goes under number:.
            "2012/QĐ-UBND|lỗi|bắt đầu bằng năm 2012: năm ban hành của văn bản quy phạm pháp luật ghi sau số, ở number: "
                    + "(Số: …/2012/QĐ-UBND); sửa thành number: 4086/2012 và symbol: QĐ-UBND",
            "QĐ -UBND|lỗi|có dấu cách: ký hiệu viết liền, các phần nối bằng dấu \"-\" không có dấu cách (Nghị định 30/2020/NĐ-CP): "
                    + "sửa thành symbol: QĐ-UBND",
            "QĐ UBND|lỗi|có dấu cách: ký hiệu viết liền, các phần nối bằng dấu \"-\" không có dấu cách (Nghị định 30/2020/NĐ-CP): "
                    + "sửa thành symbol: QĐ-UBND",
            "QĐUBND|cảnh báo|không đúng dạng chữ viết tắt tên loại văn bản, dấu \"-\", chữ viết tắt tên cơ quan ban hành "
                    + "(chỉ gồm chữ cái và chữ số, Nghị định 30/2020/NĐ-CP), ví dụ symbol: QĐ-UBND",
            "UBND|cảnh báo|không đúng dạng chữ viết tắt tên loại văn bản, dấu \"-\", chữ viết tắt tên cơ quan ban hành "
                    + "(chỉ gồm chữ cái và chữ số, Nghị định 30/2020/NĐ-CP), ví dụ symbol: QĐ-UBND",
            "QĐ-UBND.|cảnh báo|không đúng dạng chữ viết tắt tên loại văn bản, dấu \"-\", chữ viết tắt tên cơ quan ban hành "
                    + "(chỉ gồm chữ cái và chữ số, Nghị định 30/2020/NĐ-CP), ví dụ symbol: QĐ-UBND",
            "KH-UBND|cảnh báo|bắt đầu bằng \"KH\" (Kế hoạch) nhưng văn bản là Quyết định (type: quyet-dinh); ký hiệu của "
                    + "Quyết định bắt đầu bằng \"QĐ\" (Nghị định 30/2020/NĐ-CP, Phụ lục III): sửa thành symbol: QĐ-UBND, "
                    + "hoặc sửa type: cho đúng loại văn bản",
            "QD-UBND|cảnh báo|bắt đầu bằng \"QD\" nhưng văn bản là Quyết định (type: quyet-dinh); ký hiệu của Quyết định bắt "
                    + "đầu bằng \"QĐ\" (Nghị định 30/2020/NĐ-CP, Phụ lục III): sửa thành symbol: QĐ-UBND, hoặc sửa type: "
                    + "cho đúng loại văn bản"})
    void aSymbolOfAnotherShapeSaysWhatToWrite(String symbol, String severity, String message, @TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:8:11: " + severity + ": ký hiệu \"" + symbol + "\" " + message),
                messages(dir, TestPlans.DECISION.replace("symbol: QĐ-UBND", "symbol: \"" + symbol + "\"")));
    }

    /** s16: the mark of a signed copy typed with the signer's name, in the forms a typed copy writes it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Nguyễn Văn A (đã ký)|(đã ký)", "Nguyễn Văn A (Đã ký)|(Đã ký)",
            "(Đã ký) Nguyễn Văn A|(Đã ký)", "Đã ký Nguyễn Văn A|Đã ký", "Nguyễn Văn A - đã ký|đã ký",
            "Nguyễn Văn A (da ky)|(da ky)", "Nguyễn Văn A (ĐÃ KÝ)|(ĐÃ KÝ)"})
    void aSignedMarkWithTheSignersNameIsAWarningAtTheName(String name, String mark, @TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:16:11: cảnh báo: người ký \"" + name + "\" có ghi \"" + mark
                + "\": name chỉ ghi họ và tên người ký (Nghị định 30/2020/NĐ-CP); chữ đánh máy này sẽ in dưới chữ ký như một "
                + "phần họ tên và vào trường FullName của dữ liệu văn bản điện tử, còn việc văn bản đã được ký là do chữ ký số "
                + "(plandoc sign) hoặc ảnh chữ ký (image:) thể hiện: sửa thành name: Nguyễn Văn A"),
                messages(dir, TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Đã", "Lê Văn Ký", "Đàm Thị Kỳ"})
    void aNameWithTheSameSyllablesIsAName(String name, @TempDir Path dir) {
        assertEquals(List.of(), messages(dir, TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + name)));
    }

    /** s16: two lines of the signature block in one (the list's brackets left out, or one entry holding two). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "authority: TM. Ủy ban nhân dân, KT. Chủ tịch|14:16|thẩm quyền ký \"TM. Ủy ban nhân dân, KT. Chủ tịch\" ghi 2 dòng của "
                    + "khối chữ ký trong một chuỗi nên in thành một dòng: authority là danh sách, mỗi dòng (TM., KT., TL., TUQ., Q.) là "
                    + "một mục, in thành một dòng riêng; viết trong ngoặc vuông: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]",
            "authority: TM. Ủy ban nhân dân KT. Chủ tịch|14:16|thẩm quyền ký \"TM. Ủy ban nhân dân KT. Chủ tịch\" ghi 2 dòng của "
                    + "khối chữ ký trong một chuỗi nên in thành một dòng: authority là danh sách, mỗi dòng (TM., KT., TL., TUQ., Q.) là "
                    + "một mục, in thành một dòng riêng; viết trong ngoặc vuông: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]",
            "authority: [\"TM. Ủy ban nhân dân; KT. Chủ tịch\"]|14:17|dòng thẩm quyền ký \"TM. Ủy ban nhân dân; KT. Chủ tịch\" gộp 2 "
                    + "dòng của khối chữ ký làm một nên in thành một dòng: mỗi dòng (TM., KT., TL., TUQ., Q.) là một mục riêng của "
                    + "authority; tách thành các mục [TM. Ủy ban nhân dân, KT. Chủ tịch]",
            "authority: [TM. ủy ban nhân dân, KT. Chủ tịch]|14:17|dòng thẩm quyền ký \"TM. ủy ban nhân dân\" viết chữ thường: Nghị "
                    + "định 30/2020/NĐ-CP (Phụ lục II) viết hoa chữ cái đầu của tên cơ quan và chức vụ; dòng này được ghi nguyên văn "
                    + "vào trường SignerCompetence của dữ liệu văn bản điện tử: sửa thành TM. Ủy ban nhân dân"})
    void anAuthorityOfAnotherFormSaysWhatToWrite(String authority, String at, String message, @TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:" + at + ": cảnh báo: " + message), messages(dir,
                TestPlans.DECISION.replace("authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]", authority)));
    }

    /** One line each, a single one as a string, a district's "Q." after a name: as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]|Phó Chủ tịch",
            "authority: TM. Ủy ban nhân dân|Chủ tịch", "authority: [TM. Ủy ban nhân dân Q. 1]|Chủ tịch",
            "authority: [TL. Chủ tịch, KT. Chánh Văn phòng]|Phó Chánh Văn phòng"})
    void anAuthorityOfOneLineAnEntryPasses(String authority, String title, @TempDir Path dir) {
        assertEquals(List.of(), messages(dir, TestPlans.DECISION.replace("authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]",
                authority).replace("title: Phó Chủ tịch", "title: " + title)));
    }
}

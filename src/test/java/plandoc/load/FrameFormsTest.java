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
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code plandoc check} on seed 001 (QĐ 424/QĐ-UBND, 2022): a faithful transcription of PHỤ LỤC 01–07
 * and the Đề án's table IV.1 with every printed total under {@code declared:}
 * (src/test/resources/fixtures/seed-001/EXPECTED.md). The published document disagrees with itself
 * in 22 printed figures: two only in single year columns of PHỤ LỤC 04, two inherited by PHỤ LỤC 07,
 * eight totals of the body table IV.1, and ten crossed source × year cells of IV.1. No crossed cell can
 * be computed from the items and each lies within the range they allow, but checked together
 * (compute.CrossedCells) their rows and columns do not add up to the computed totals: two columns of
 * PHỤ LỤC 07 (the inherited error) and three rows and four columns of IV.1, which hold the ten cells.
 */
class CheckSeed001FixtureTest {
    private static final String FIXTURE = "src/test/resources/fixtures/seed-001";
    private static final String F = FIXTURE + "/plan.yaml";

    static final List<String> LINES = List.of(
            F + ":623:35: lỗi: bảng kinh phí chinh-quyen: tổng Năm 2022 ghi 128.000 nhưng tính được 125.000 (chênh lệch +3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 128.000",
            F + ":623:63: lỗi: bảng kinh phí chinh-quyen: tổng Năm 2024 ghi 117.000 nhưng tính được 120.000 (chênh lệch -3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 117.000",
            F + ":842:37: lỗi: bảng kinh phí tong-hop [Phụ lục 07]: tổng Năm 2022 ghi 253.400 nhưng tính được 250.400 (chênh lệch +3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 253.400",
            F + ":842:65: lỗi: bảng kinh phí tong-hop [Phụ lục 07]: tổng Năm 2024 ghi 361.600 nhưng tính được 364.600 (chênh lệch -3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 361.600",
            F + ":844:37: lỗi: bảng kinh phí tong-hop [Phụ lục 07]: các ô đã ghi của cột Năm 2022 (63.300 + 143.600 + 46.500) cộng lại 253.400 nhưng tổng tính được từ các khoản mục là 250.400 (chênh lệch +3.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":844:63: lỗi: bảng kinh phí tong-hop [Phụ lục 07]: các ô đã ghi của cột Năm 2024 (53.200 + 197.400 + 111.000) cộng lại 361.600 nhưng tổng tính được từ các khoản mục là 364.600 (chênh lệch -3.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":848:16: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng ghi 1.410.498 nhưng tính được 1.438.798 (chênh lệch -28.300); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 1.410.498",
            F + ":849:23: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Ngân sách Trung ương ghi 310.500 nhưng tính được 319.500 (chênh lệch -9.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 310.500",
            F + ":849:35: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Ngân sách địa phương ghi 752.998 nhưng tính được 770.298 (chênh lệch -17.300); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 752.998",
            F + ":849:52: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác ghi 347.000 nhưng tính được 349.000 (chênh lệch -2.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 347.000",
            F + ":850:37: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Năm 2022 ghi 242.600 nhưng tính được 250.400 (chênh lệch -7.800); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 242.600",
            F + ":850:51: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Năm 2023 ghi 288.600 nhưng tính được 297.100 (chênh lệch -8.500); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 288.600",
            F + ":850:65: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Năm 2024 ghi 354.600 nhưng tính được 364.600 (chênh lệch -10.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 354.600",
            F + ":850:79: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: tổng Năm 2025 ghi 326.100 nhưng tính được 328.100 (chênh lệch -2.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 326.100",
            F + ":852:23: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của hàng Ngân sách Trung ương (104.000 + 60.500 + 52.000 + 52.000 + 42.000) cộng lại 310.500 nhưng tổng tính được từ các khoản mục là 319.500 (chênh lệch -9.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":852:37: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của cột Năm 2022 (60.500 + 136.600 + 45.500) cộng lại 242.600 nhưng tổng tính được từ các khoản mục là 250.400 (chênh lệch -7.800); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":852:50: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của cột Năm 2023 (52.000 + 145.600 + 91.000) cộng lại 288.600 nhưng tổng tính được từ các khoản mục là 297.100 (chênh lệch -8.500); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":852:63: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của cột Năm 2024 (52.000 + 192.600 + 110.000) cộng lại 354.600 nhưng tổng tính được từ các khoản mục là 364.600 (chênh lệch -10.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":852:76: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của cột Năm 2025 (42.000 + 203.600 + 80.500) cộng lại 326.100 nhưng tổng tính được từ các khoản mục là 328.100 (chênh lệch -2.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":853:23: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của hàng Ngân sách địa phương (74.598 + 136.600 + 145.600 + 192.600 + 203.600) cộng lại 752.998 nhưng tổng tính được từ các khoản mục là 770.298 (chênh lệch -17.300); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")",
            F + ":854:28: lỗi: bảng kinh phí tong-hop [Đề án, mục IV.1]: các ô đã ghi của hàng Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác (20.000 + 45.500 + 91.000 + 110.000 + 80.500) cộng lại 347.000 nhưng tổng tính được từ các khoản mục là 349.000 (chênh lệch -2.000); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")");

    @Test
    void everyPrintedInconsistencyIsReportedWithBothFigures() {
        Cli.Result result = Cli.run("check", FIXTURE);
        // The fixture's EXPECTED.md and tally.py are files the plan does not read: named as not published.
        assertEquals("src/test/resources/fixtures/seed-001/EXPECTED.md:1:1: cảnh báo: tệp \"EXPECTED.md\" trong thư mục"
                + " kế hoạch không được kế hoạch dùng đến nên không được đưa vào PDF công bố; nếu cần đưa vào, hãy ghi"
                + " tên tệp ở file: hoặc image:, nếu là tài liệu nội bộ (ghi chú, dự thảo cũ), hãy chuyển ra ngoài thư"
                + " mục content", result.err().get(0));
        assertTrue(result.err().get(result.err().size() - 1)
                .startsWith("src/test/resources/fixtures/seed-001/tally.py:1:1: cảnh báo: tệp \"tally.py\""));
        // The transcription has no Nơi nhận: warned at document: (s15), before the figures.
        List<String> expected = new java.util.ArrayList<>(List.of(F + ":6:1: cảnh báo: văn bản không có nơi nhận: Nghị định 30/2020/NĐ-CP yêu cầu khối \"Nơi nhận:\" (các nơi nhận, dòng cuối \"- Lưu: VT, …\"); thêm vào document: các dòng recipients: (mỗi nơi nhận một dòng, ví dụ - Như Điều 3) và archive: [VT] (có đơn vị soạn thảo thì thêm sau VT)"));
        expected.addAll(LINES);
        assertEquals(expected, result.err().subList(1, result.err().size() - 1));
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 21 lỗi, 3 cảnh báo."), result.out());
        assertEquals(1, result.exit());
    }

    /**
     * Phần thứ ba cites points of Phần thứ hai by id; a list of points prints "(các điểm 3.2, 3.4, 3.7, 3.8)". Phần
     * and Mục are capitalised, khoản and điểm not, as Decree 30 (Phụ lục II) cites a document's parts (s32 review B3).
     */
    @Test
    void citationsOfAnotherPartArePrintedTheVietnameseWay() {
        var plan = new plandoc.Generator(java.nio.file.Path.of("")).resolve(java.nio.file.Path.of("content/ha-tinh-424-2022"))
                .resolved().orElseThrow();
        List<String> titles = new java.util.ArrayList<>();
        plan.body().sections().forEach(s -> collectTitles(s, titles));
        assertEquals(true, titles.contains("Thực hiện các nhiệm vụ tại khoản 1 Mục III Phần thứ hai, khoản 3 Mục III Phần thứ hai "
                + "(các điểm 3.2, 3.4, 3.7, 3.8), khoản 4 Mục III Phần thứ hai (các điểm 4.1, 4.2, 4.3) và theo Phụ lục kèm theo Đề án."),
                String.join("\n", titles.stream().filter(t -> t.startsWith("Thực hiện các nhiệm vụ tại")).limit(3).toList()));
    }

    /** Titles, and the sentence of a point written with {@code text:} (the 424 tasks are sentences). */
    private static void collectTitles(plandoc.resolved.SectionView section, List<String> out) {
        out.add(section.title().plain());
        section.blocks().stream().filter(b -> b instanceof plandoc.resolved.TextBlock)
                .forEach(b -> out.add(((plandoc.resolved.TextBlock) b).text().source().strip()
                        .replaceAll("\\[([^\\]]*)\\]\\(#[^)]*\\)", "$1"))); // the printed words of each link
        section.blocks().stream().filter(b -> b instanceof plandoc.resolved.SectionBlock)
                .forEach(b -> collectTitles(((plandoc.resolved.SectionBlock) b).section(), out));
    }

    @Test
    void theBundledPlanComputesTheSummaryInsteadOfTypingIt() {
        Cli.Result result = Cli.run("check", "content/ha-tinh-424-2022");
        assertEquals(List.of(), result.err());
        assertEquals(0, result.exit());
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import plandoc.load.PlanLoader;

/**
 * {@code plandoc check} on seed 000: the faithful transcription of Phụ lục 3 with every printed total
 * under {@code declared:} (src/test/resources/fixtures/seed-000-phu-luc-3/EXPECTED.md), and the content
 * plan built from the same decision.
 */
class CheckSeedFixtureTest {
    private static final String FIXTURE = "src/test/resources/fixtures/seed-000-phu-luc-3";
    private static final String F = FIXTURE + "/plan.yaml";

    /** The 10 printed figures that disagree with the computed ones (EXPECTED.md §1), in file order. */
    static final List<String> ERRORS = List.of(
            F + ":55:18: lỗi: nhóm I (ud-cq): tổng ghi 151,70 nhưng tính được 146,70 (chênh lệch +5,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 151,70",
            F + ":83:32: lỗi: khoản mục số 3 (giao-ban): tổng ghi 17,00 nhưng tính được 12,00 (chênh lệch +5,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 17,00",
            F + ":282:18: lỗi: nhóm VI (co-che): tổng ghi 3,00 nhưng tính được 0,00 (chênh lệch +3,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 3,00",
            F + ":284:30: lỗi: nhóm VI (co-che): ô Giai đoạn 2012-2015 / NS địa phương ghi 1,00 nhưng tính được 0,00 (chênh lệch +1,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 1,00",
            F + ":285:30: lỗi: nhóm VI (co-che): ô Giai đoạn 2016-2020 / NS địa phương ghi 2,00 nhưng tính được 0,00 (chênh lệch +2,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 2,00",
            F + ":384:14: lỗi: bảng kinh phí du-an: tổng ghi 724,90 nhưng tính được 721,90 (chênh lệch +3,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 724,90",
            F + ":386:37: lỗi: bảng kinh phí du-an: ô Giai đoạn 2012-2015 / NS địa phương ghi 68,95 nhưng tính được 67,95 (chênh lệch +1,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 68,95",
            F + ":387:38: lỗi: bảng kinh phí du-an: ô Giai đoạn 2016-2020 / NS địa phương ghi 150,80 nhưng tính được 148,80 (chênh lệch +2,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 150,80",
            F + ":388:27: lỗi: bảng kinh phí du-an: tổng Giai đoạn 2012-2015 ghi 218,90 nhưng tính được 217,90 (chênh lệch +1,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 218,90",
            F + ":388:45: lỗi: bảng kinh phí du-an: tổng Giai đoạn 2016-2020 ghi 506,00 nhưng tính được 504,00 (chênh lệch +2,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 506,00");

    /** Money in 2016-2020 for the nine items whose period ends before 2016 (EXPECTED.md §1, one warning per item). */
    static final List<String> WARNINGS = List.of(
            F + ":98:15: cảnh báo: khoản mục số 5 (mot-cua) có kinh phí Giai đoạn 2016-2020 (25,00) ngoài thời gian thực hiện \"2012-2014\"",
            F + ":139:15: cảnh báo: khoản mục số 9 (thu-vien-dien-tu) có kinh phí Giai đoạn 2016-2020 (4,00) ngoài thời gian thực hiện \"2013-2015\"",
            F + ":311:15: cảnh báo: khoản mục số 27 (tuyen-truyen-cn-cntt) có kinh phí Giai đoạn 2016-2020 (3,00) ngoài thời gian thực hiện \"2012-2015\"",
            F + ":326:15: cảnh báo: khoản mục số 29 (trung-tam-ho-tro) có kinh phí Giai đoạn 2016-2020 (10,00) ngoài thời gian thực hiện \"2012-2013\"",
            F + ":342:15: cảnh báo: khoản mục số 31 (chinh-sach-khu-cn-cntt) có kinh phí Giai đoạn 2016-2020 (2,00) ngoài thời gian thực hiện \"2012-2013\"",
            F + ":350:15: cảnh báo: khoản mục số 32 (khao-sat-kinh-nghiem) có kinh phí Giai đoạn 2016-2020 (1,00) ngoài thời gian thực hiện \"1/2012-12/2012\"",
            F + ":358:15: cảnh báo: khoản mục số 33 (dao-tao-chuyen-gia) có kinh phí Giai đoạn 2016-2020 (4,00) ngoài thời gian thực hiện \"2012-2015\"",
            F + ":366:15: cảnh báo: khoản mục số 34 (thanh-lap-doanh-nghiep) có kinh phí Giai đoạn 2016-2020 (73,00) ngoài thời gian thực hiện \"2012-2013\"",
            F + ":381:15: cảnh báo: khoản mục số 36 (thu-hut-von-ha-tang) có kinh phí Giai đoạn 2016-2020 (35,00) ngoài thời gian thực hiện \"2012-2015\"");

    /** The transcription has no Nơi nhận (the appendix's pages hold none): warned at document: (s15). */
    static final String NO_RECIPIENTS = F + ":5:1: cảnh báo: văn bản không có nơi nhận: Nghị định 30/2020/NĐ-CP yêu cầu khối \"Nơi nhận:\" (các nơi nhận, dòng cuối \"- Lưu: VT, …\"); thêm vào document: các dòng recipients: (mỗi nơi nhận một dòng, ví dụ - Như Điều 3) và archive: [VT] (có đơn vị soạn thảo thì thêm sau VT)";

    @Test
    void theFixtureReportsExactlyTheTenMismatchesAndNineWarnings() {
        Cli.Result result = Cli.run("check", FIXTURE);
        List<String> err = plansOwn(result.err());
        assertEquals(ERRORS, err.stream().filter(l -> l.contains(": lỗi: ")).toList());
        List<String> warnings = new java.util.ArrayList<>(List.of(NO_RECIPIENTS));
        warnings.addAll(WARNINGS);
        assertEquals(warnings, err.stream().filter(l -> l.contains(": cảnh báo: ")).toList());
        assertEquals(20, err.size(), "nothing else: " + result.errText());
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 10 lỗi, 12 cảnh báo."), result.out());
        assertEquals(1, result.exit());
    }

    /** Errors and warnings come out together in file order. */
    @Test
    void problemsArePrintedInFileOrder() {
        List<String> err = plansOwn(Cli.run("check", FIXTURE).err());
        assertEquals(NO_RECIPIENTS, err.get(0));
        assertEquals(ERRORS.get(1), err.get(2));
        assertEquals(WARNINGS.get(0), err.get(3));
        assertEquals(WARNINGS.get(8), err.get(14));
        assertEquals(ERRORS.get(5), err.get(15));
    }

    /**
     * The problems of the plan itself: the fixture folder's EXPECTED.md and tally.py are files the plan does not
     * read, each named once as not published (checked here), the one before and the other after plan.yaml's.
     */
    private static List<String> plansOwn(List<String> err) {
        List<String> fixtureFiles = err.stream()
                .filter(l -> l.startsWith(FIXTURE + "/EXPECTED.md:1:1: ") || l.startsWith(FIXTURE + "/tally.py:1:1: ")).toList();
        assertEquals(2, fixtureFiles.size(), String.join("\n", err));
        assertEquals(fixtureFiles.get(0), err.get(0));
        assertEquals(fixtureFiles.get(1), err.get(err.size() - 1));
        assertTrue(fixtureFiles.stream().allMatch(l -> l.contains("không được đưa vào PDF công bố")), fixtureFiles.toString());
        return err.subList(1, err.size() - 1);
    }

    /** The plans under content/ (more are added over time; only 4086's nine warnings are expected). */
    private static int contentPlans() throws IOException {
        int plans = new PlanLoader(Path.of("")).planFolders(Path.of("content")).size();
        assertTrue(plans >= 1);
        return plans;
    }

    /**
     * The content plan is edited by others, so its warnings are compared without their positions;
     * instead each position must point at the "2016-2020:" key holding the money (positions themselves
     * are pinned exactly on the fixture above).
     */
    @Test
    void theContentIsCleanApartFromNineWarnings() throws IOException {
        Cli.Result result = Cli.run("check", "content");
        String c = "content/ha-tinh-4086-2012/plan.yaml";
        List<String> source = Files.readAllLines(Path.of(c));
        List<String> withoutPositions = new ArrayList<>();
        for (String line : result.err()) {
            Matcher m = Pattern.compile("^" + Pattern.quote(c) + ":(\\d+):(\\d+): (.*)$").matcher(line);
            assertTrue(m.matches(), line);
            String at = source.get(Integer.parseInt(m.group(1)) - 1).substring(Integer.parseInt(m.group(2)) - 1);
            assertTrue(at.startsWith("2016-2020: {"), line + " points at: " + at);
            withoutPositions.add(m.group(3));
        }
        // The decision's own noun (labels.item: dự án, s18), not "khoản mục".
        assertEquals(List.of(
                "cảnh báo: dự án số 5 (mot-cua) có kinh phí Giai đoạn 2016-2020 (25,00) ngoài thời gian thực hiện \"2012-2014\"",
                "cảnh báo: dự án số 9 (thu-vien-dien-tu) có kinh phí Giai đoạn 2016-2020 (4,00) ngoài thời gian thực hiện \"2013-2015\"",
                "cảnh báo: dự án số 27 (tuyen-truyen-cn-cntt) có kinh phí Giai đoạn 2016-2020 (3,00) ngoài thời gian thực hiện \"2012-2015\"",
                "cảnh báo: dự án số 29 (trung-tam-ho-tro) có kinh phí Giai đoạn 2016-2020 (10,00) ngoài thời gian thực hiện \"2012-2013\"",
                "cảnh báo: dự án số 31 (chinh-sach-khu-cn-cntt) có kinh phí Giai đoạn 2016-2020 (2,00) ngoài thời gian thực hiện \"2012-2013\"",
                "cảnh báo: dự án số 32 (khao-sat-kinh-nghiem) có kinh phí Giai đoạn 2016-2020 (1,00) ngoài thời gian thực hiện \"1/2012-12/2012\"",
                "cảnh báo: dự án số 33 (dao-tao-chuyen-gia) có kinh phí Giai đoạn 2016-2020 (4,00) ngoài thời gian thực hiện \"2012-2015\"",
                "cảnh báo: dự án số 34 (thanh-lap-doanh-nghiep) có kinh phí Giai đoạn 2016-2020 (73,00) ngoài thời gian thực hiện \"2012-2013\"",
                "cảnh báo: dự án số 36 (thu-hut-von-ha-tang) có kinh phí Giai đoạn 2016-2020 (35,00) ngoài thời gian thực hiện \"2012-2015\""),
                withoutPositions);
        assertEquals(List.of("Đã kiểm tra " + contentPlans() + " văn bản: 0 lỗi, 9 cảnh báo."), result.out());
        assertEquals(0, result.exit());
        Cli.Result alone = Cli.run("check", "content/ha-tinh-4086-2012");
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 0 lỗi, 9 cảnh báo."), alone.out());
        assertEquals(result.err(), alone.err());
        assertEquals(0, alone.exit());
    }

    @Test
    void theContentFailsUnderStrict() {
        Cli.Result result = Cli.run("check", "content", "--strict");
        assertEquals(1, result.exit());
        // The 9 warnings, then the line saying they count as errors.
        assertEquals(10, result.err().size());
        assertEquals("--strict: 9 cảnh báo được tính là lỗi. Sửa các cảnh báo ở trên, hoặc bỏ --strict.", result.err().get(9));
    }

    @Test
    void theContentInEnglish() throws IOException {
        Cli.Result result = Cli.run("check", "content", "--lang", "en");
        assertEquals(List.of("Checked " + contentPlans() + " plans: 0 errors, 9 warnings."), result.out());
        // English messages say "item" and write figures the English way (s20 tryout 18: "dự án 5", "25,00"); the
        // column's label, the document's words, is quoted in an English sentence (s22 tryout L6: "has money in Năm 2027").
        assertTrue(result.err().get(0).matches("content/ha-tinh-4086-2012/plan\\.yaml:\\d+:15: warning: item 5 \\(mot-cua\\) has "
                + "money under the heading \"Giai đoạn 2016-2020\" \\(25\\.00\\) outside its implementation period "
                + "\"2012-2014\""), result.err().get(0));
        assertEquals(0, result.exit());
    }
}

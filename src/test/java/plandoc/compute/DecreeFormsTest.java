package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * What Decree 30 prints in a set form, whatever was typed: a number below 10 with its leading 0 (F6, "Số: 05/…")
 * in every place the number appears, and one "Căn cứ" before each base even when the author typed it too.
 */
class DecreeFormsTest {
    private static final String APPENDIX = """
            plan:
              sections:
                - id: muc-dich
                  title: Mục đích
                  text: Chi tiết tại {ref:pl-danh-sach}.
            appendices:
              items:
                - id: pl-danh-sach
                  title: Danh sách đơn vị
                  text: Các sở, ban, ngành cấp tỉnh.
            """;

    @Test
    void aNumberBelowTenPrintsWithItsLeadingZeroEverywhere(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION.replace("number: 4086", "number: 5") + APPENDIX);
        assertEquals("Số: 05/QĐ-UBND", plan.header().numberLine());
        assertEquals("05/QĐ-UBND", plan.info().numberSymbol()); // metadata, record, site index, feed, plan.json
        assertEquals("05-QD-UBND", plan.info().fileStem()); // 05-QD-UBND.pdf, .docx, .xlsx: the number as printed
        assertEquals("(Kèm theo Quyết định số 05/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND tỉnh phê duyệt điều chỉnh "
                + "Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)",
                plan.appendices().get(0).caption());
    }

    @Test
    void aNormativeDocumentsNumberCarriesItsYearEverywhere(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION.replace("number: 4086", "number: 2/2012") + APPENDIX);
        assertEquals("Số: 02/2012/QĐ-UBND", plan.header().numberLine());
        assertEquals("02/2012/QĐ-UBND", plan.info().numberSymbol()); // metadata, site index, feed, plan.json
        assertEquals("02-2012-QD-UBND", plan.info().fileStem()); // 02-2012-QD-UBND.pdf, .docx, .xlsx, .xml
        assertEquals("(Kèm theo Quyết định số 02/2012/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND tỉnh phê duyệt điều "
                + "chỉnh Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", plan.appendices().get(0).caption());
        plandoc.render.edoc.ElectronicRecord record = plandoc.render.edoc.ElectronicRecord.of(plan).orElseThrow();
        // The number and the rest of what follows it: the two give the printed Số, and a normative 02/2012 is not
        // taken for the administrative 02/QĐ-UBND of the same year.
        assertEquals(List.of("02", "2012/QĐ-UBND", 2012), List.of(record.codeNumber(), record.codeNotation(), record.year()));
        assertEquals("Số: 02/2012/QĐ-UBND", TestPlans.resolveClean(dir.resolve("typed-padded"),
                TestPlans.DECISION.replace("number: 4086", "number: 02/2012")).header().numberLine());
    }

    @Test
    void aNormativeNumberOfAnotherYearThanTheIssueDateIsAnErrorWithTheNumberToWrite(@TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:7:11: lỗi: số văn bản \"02/2011\" ghi năm 2011 nhưng ngày ban hành (date) là "
                        + "2012-12-28; số của văn bản quy phạm pháp luật ghi năm ban hành (Luật Ban hành văn bản quy phạm pháp "
                        + "luật): sửa thành number: 02/2012, hoặc sửa date: cho đúng ngày ban hành"),
                TestPlans.messages(TestPlans.resolve(dir.resolve("a"), TestPlans.DECISION.replace("number: 4086", "number: 02/2011"))));
        assertEquals(List.of("ke-hoach/plan.yaml:7:11: lỗi: số văn bản \"02/2012/QĐ-UBND\" có cả ký hiệu; plandoc tự in \"/\" và "
                        + "ký hiệu sau số: sửa thành number: 02/2012 và ghi ký hiệu ở symbol: QĐ-UBND"),
                TestPlans.messages(TestPlans.resolve(dir.resolve("b"),
                        TestPlans.DECISION.replace("number: 4086", "number: 02/2012/QĐ-UBND"))));
    }

    @Test
    void aNormativeDraftKeepsItsYearWhereverTheNumberIsLeftBlank(@TempDir Path dir) {
        // s16: "Số:      /QĐ-UBND" was printed, the year lost, for a draft has no number: to carry it.
        ResolvedPlan plan = TestPlans.resolveClean(dir,
                TestPlans.DECISION.replace("number: 4086", "draft: true\n  number: /2012") + APPENDIX);
        assertEquals("Số:       /2012/QĐ-UBND", plan.header().numberLine());
        // The year on the date line too, as on the number line (s16-tryout: "năm 20…" beside "/2012/").
        assertEquals("Hà Tĩnh, ngày    tháng    năm 2012", plan.header().placeDate());
        assertEquals("/2012/QĐ-UBND", plan.info().numberSymbol()); // PDF/DOCX metadata, plan.json, the draft site's index
        assertEquals(true, plan.info().draft());
        assertEquals("du-thao-QD-UBND", plan.info().fileStem()); // a draft's files never carry a number
        assertEquals("(Kèm theo Quyết định số       /2012/QĐ-UBND ngày    tháng    năm 2012 của UBND tỉnh phê duyệt "
                + "điều chỉnh Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", plan.appendices().get(0).caption());
        assertEquals(java.util.Optional.empty(), plandoc.render.edoc.ElectronicRecord.of(plan)); // a draft has no record
        // An administrative draft is as before.
        assertEquals("Số:       /QĐ-UBND", TestPlans.resolveClean(dir.resolve("b"),
                TestPlans.DECISION.replace("number: 4086", "draft: true")).header().numberLine());
    }

    @Test
    void anIssuedNormativeDecisionsAppendixInItsOwnFileLeavesTheOrdinalBlankAndKeepsTheYear(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION.replace("number: 4086", "number: 02/2012") + APPENDIX);
        assertEquals("(Kèm theo Quyết định số       /2012/QĐ-UBND ngày    tháng    năm 2012 của UBND tỉnh phê duyệt "
                + "điều chỉnh Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", plan.appendices().get(0).fileCaption());
    }

    @Test
    void aNormativeDraftsYearIsCheckedAndItsNumberFormsAreToldApart(@TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:8:11: lỗi: số văn bản \"/2011\" ghi năm 2011 nhưng ngày ban hành (date) là "
                        + "2012-12-28; số của văn bản quy phạm pháp luật ghi năm ban hành (Luật Ban hành văn bản quy phạm pháp "
                        + "luật): sửa thành number: /2012, hoặc sửa date: cho đúng ngày ban hành"),
                TestPlans.messages(TestPlans.resolve(dir.resolve("a"),
                        TestPlans.DECISION.replace("number: 4086", "draft: true\n  number: /2011"))));
        // The year alone on a document not marked draft: both ways out.
        assertEquals(List.of("ke-hoach/plan.yaml:7:11: lỗi: số văn bản \"/2012\" chưa có số thứ tự: văn bản đã ban hành thì "
                        + "ghi số được cấp trước năm, ví dụ number: 02/2012, và sửa date: thành ngày ban hành; văn bản chưa "
                        + "ban hành (bản dự thảo văn bản quy phạm pháp luật) thì thêm dòng draft: true"),
                TestPlans.messages(TestPlans.resolve(dir.resolve("b"), TestPlans.DECISION.replace("number: 4086", "number: /2012"))));
        // A draft with the whole normative number: told to keep the year alone.
        assertEquals(List.of("ke-hoach/plan.yaml:8:11: lỗi: văn bản vừa có number: 02/2012 vừa ghi draft: true (dòng 7), chỉ "
                        + "được một trong hai: đã được cấp số thì xóa dòng draft: true (build đăng văn bản lên cổng); còn là dự "
                        + "thảo thì sửa thành number: /2012 (bản dự thảo văn bản quy phạm pháp luật chỉ ghi năm ban hành dự "
                        + "kiến, in \"Số:      /2012/…\", để trống số)"),
                TestPlans.messages(TestPlans.resolve(dir.resolve("c"),
                        TestPlans.DECISION.replace("number: 4086", "draft: true\n  number: 02/2012"))));
    }

    @Test
    void aNormativeSymbolTooLongForTheRecordWithItsYearIsAnErrorAtTheSymbol(@TempDir Path dir) {
        // 26 characters: fits CodeNotation (30) alone, not as "2012/" + symbol (31).
        String symbol = "QĐ-UBND-" + "X".repeat(18);
        String yaml = TestPlans.DECISION.replace("symbol: QĐ-UBND", "symbol: " + symbol);
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir.resolve("a"), yaml)).stream()
                .filter(m -> m.contains("CodeNotation")).toList());
        String expected = "ke-hoach/plan.yaml:8:11: lỗi: ký hiệu văn bản kèm năm ban hành \"2012/" + symbol + "\" dài 31 ký "
                + "tự, quá 30 ký tự mà trường CodeNotation của dữ liệu văn bản điện tử cho phép (Nghị định 30/2020/NĐ-CP Phụ "
                + "lục VI): văn bản quy phạm pháp luật ghi năm ban hành trước ký hiệu, nên symbol chỉ được dài tối đa 25 ký "
                + "tự: rút gọn symbol, ví dụ QĐ-UBND";
        assertEquals(List.of(expected), TestPlans.messages(TestPlans.resolve(dir.resolve("b"),
                yaml.replace("number: 4086", "number: 02/2012"))).stream().filter(m -> m.contains("CodeNotation")).toList());
        // A draft is issued as written: checked too, one line further down.
        assertEquals(List.of(expected.replace(":8:11:", ":9:11:")), TestPlans.messages(TestPlans.resolve(dir.resolve("c"),
                yaml.replace("number: 4086", "draft: true\n  number: /2012"))).stream()
                .filter(m -> m.contains("CodeNotation")).toList());
    }

    @Test
    void aNumberOfTwoDigitsOrTypedWithItsZeroIsPrintedAsTyped(@TempDir Path dir) {
        assertEquals("Số: 4086/QĐ-UBND", TestPlans.resolveClean(dir.resolve("a"), TestPlans.DECISION).header().numberLine());
        assertEquals("Số: 10/QĐ-UBND", TestPlans.resolveClean(dir.resolve("b"),
                TestPlans.DECISION.replace("number: 4086", "number: 10")).header().numberLine());
        assertEquals("Số: 05/QĐ-UBND", TestPlans.resolveClean(dir.resolve("c"),
                TestPlans.DECISION.replace("number: 4086", "number: \"05\"")).header().numberLine());
    }

    @Test
    void aBaseTypedWithCanCuPrintsItOnce(@TempDir Path dir) {
        String yaml = TestPlans.DECISION.replace("  signature:\n", """
                  bases:
                    - "Căn cứ Luật Tổ chức chính quyền địa phương"
                    - căn cứ vào Luật Công nghệ thông tin ngày 29/6/2006
                    - Luật Giao dịch điện tử
                  signature:
                """);
        var outcome = TestPlans.resolve(dir, yaml);
        assertEquals(List.of("Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;", "Căn cứ Luật Giao dịch điện tử."),
                outcome.resolved().orElseThrow().bases());
        assertEquals(2, TestPlans.messages(outcome).size(), TestPlans.messages(outcome).toString());
    }
}

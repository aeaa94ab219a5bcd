package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * {@code print.undetermined: declared} (s20 review, finding 3): a crossed cell the items do not determine prints the
 * author's {@code declared:} figure, as the signed original does, in every output of the one resolved document — the
 * PDF, the workbook (a typed number with a comment, never a SUM; the totals over it unchanged and equal to what the
 * cells print), the CSV (flagged as declared) and plan.json; cells without a declared figure keep "…" and the note
 * under the table, which goes once every open cell has a figure.
 */
class DeclaredCellsTest {
    /**
     * Item a is given cell by cell; item b by source and by year separately, so its cells and the grand row's are
     * open. b declares its four cells; the budget declares three of the grand row's four, leaving ĐP 2022 open.
     */
    static String plan(String budgetDeclared) {
        return TestPlans.DECISION + """
                plan:
                  sections:
                    - id: kinh-phi-muc
                      title: Kinh phí
                      show: kinh-phi
                axes:
                  - id: source
                    members:
                      - { id: tw, label: Ngân sách Trung ương, short: TW }
                      - { id: dp, label: Ngân sách địa phương, short: ĐP }
                  - id: year
                    years: 2021-2022
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    labels: { item: nhiệm vụ }
                    axes: [source, year]
                    print: { undetermined: declared }
                    items:
                      - id: a
                        title: Nhiệm vụ A
                        amounts: { tw: { 2021: 10, 2022: 10 } }
                      - id: b
                        title: Nhiệm vụ B
                        split:
                          source: { tw: 10, dp: 10 }
                          year: { 2021: 8, 2022: 12 }
                        declared: { amounts: { tw: { 2021: 4, 2022: 6 }, dp: { 2021: 4, 2022: 6 } } }
                    declared:
                """ + budgetDeclared;
    }

    static final String THREE_OF_FOUR = """
                      amounts: { tw: { 2021: 14, 2022: 16 }, dp: { 2021: 4 } }
            """;

    private static RenderedPlan.OutputFile file(RenderedPlan rendered, String suffix) {
        return rendered.files().stream().filter(f -> f.name().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void theDeclaredFiguresArePrintedInThePdfAndTheUndeclaredCellKeepsItsMark(@TempDir Path dir) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan(THREE_OF_FOUR));
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        String text;
        try (PDDocument pdf = Loader.loadPDF(file(rendered, ".pdf").bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }
        // TT, title, TW 2021, TW 2022, ĐP 2021, ĐP 2022, total: b's four cells as declared, its total computed.
        assertTrue(text.contains("2 Nhiệm vụ B 4 6 4 6 20"), text);
        // The grand row: three declared figures, ĐP 2022 still "…", the total the items' own.
        assertTrue(text.contains("Tổng cộng 14 16 4 … 40"), text);
        // No sentence of plandoc's under a table reproducing a signed original (s32 review B2).
        assertFalse(text.contains("Không tính được kinh phí"), text);
    }

    /**
     * s20 tryout 2: under PHỤ LỤC 07's nine declared figures the note still said every source's money in every year
     * could not be computed. Since s33 the note is the workbook's comment only: the printed table of a document that
     * reproduces a signed original carries no sentence of plandoc's (s32 review B2). Where a year's open cells all print declared figures and another's all print "…", the
     * note names the years the "…" stand for and says the others print given figures (where from, when declared: in:
     * says); where no axis
     * tells them apart (three of the grand row's four cells declared), it says so of "the other open cells". The
     * workbook's comment says this one sentence (TableSums.undeterminedNote); TableView.notes is empty.
     */
    @Test
    void theNoteNamesTheYearsItsMarksStandForAndSaysTheOthersAreTheOriginals(@TempDir Path dir) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan("""
                      amounts: { tw: { 2021: 14 }, dp: { 2021: 4 } }
            """).replace("declared: { amounts: { tw: { 2021: 4, 2022: 6 }, dp: { 2021: 4, 2022: 6 } } }",
                "declared: { amounts: { tw: { 2021: 4 }, dp: { 2021: 4 } } }"));
        TableView table = TestPlans.table(plan, "kinh-phi");
        String note = "Không tính được kinh phí của từng nguồn vốn trong năm 2022 vì dòng nhiệm vụ số 2 chỉ ghi kinh phí"
                + " theo nguồn vốn và theo năm (không phân bổ ước lượng). Các ô không tính được trong năm 2021 in số ghi"
                + " sẵn, không tính từ các dòng.";
        assertEquals(List.of(), table.notes());
        assertEquals(note, table.sums().open().undeterminedNote().orElseThrow());
        assertEquals(4, table.sums().open().declared().size());
        String text;
        try (PDDocument pdf = Loader.loadPDF(file(TestRenderers.standard().render(plan), ".pdf").bytes())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertFalse(text.contains("Không tính được"), text);

        TableView mixed = TestPlans.table(TestPlans.resolveClean(dir.resolve("mixed"), plan(THREE_OF_FOUR)), "kinh-phi");
        assertEquals("Không tính được kinh phí của từng nguồn vốn trong từng năm vì dòng nhiệm vụ số 2 chỉ"
                + " ghi kinh phí theo nguồn vốn và theo năm (không phân bổ ước lượng). Các ô không tính được khác in số"
                + " ghi sẵn, không tính từ các dòng.", mixed.sums().open().undeterminedNote().orElseThrow());
        assertEquals(List.of(), mixed.notes());
    }

    @Test
    void everyOpenCellDeclaredLeavesNoNote(@TempDir Path dir) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan("""
                      amounts: { tw: { 2021: 14, 2022: 16 }, dp: { 2021: 4, 2022: 6 } }
            """));
        TableView table = TestPlans.table(plan, "kinh-phi");
        assertEquals(List.of(), table.notes());
        assertEquals(List.of(), table.sums().open().undetermined());
        assertEquals(8, table.sums().open().declared().size());
        String text;
        try (PDDocument pdf = Loader.loadPDF(file(TestRenderers.standard().render(plan), ".pdf").bytes())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertFalse(text.contains("…"), text);
        assertFalse(text.contains("Không tính được"), text);
    }

    /**
     * The workbook: each declared figure a typed number with a comment saying so; the totals over them what they were
     * (the item's total typed, the grand total a SUM of the item rows), each equal to the cells the sheet prints.
     */
    @Test
    void theWorkbookTypesTheDeclaredFiguresAndItsTotalsStillAddUp(@TempDir Path dir) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan(THREE_OF_FOUR));
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(rendered, ".xlsx").bytes()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Row itemB = row(sheet, "Nhiệm vụ B");
            Row grand = row(sheet, "Tổng cộng");
            int first = column(itemB, "Nhiệm vụ B") + 1; // TW 2021, TW 2022, ĐP 2021, ĐP 2022, Tổng
            double[] b = {4, 6, 4, 6};
            for (int i = 0; i < 4; i++) {
                Cell cell = itemB.getCell(first + i);
                assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
                assertEquals(b[i], cell.getNumericCellValue(), 0);
                assertTrue(cell.getCellComment().getString().getString().startsWith(
                        "Số ghi theo văn bản (declared:), không phải tổng tính từ các dòng: Không tính được kinh phí"),
                        cell.getCellComment().getString().getString());
            }
            Cell open = grand.getCell(first + 3);
            assertEquals("…", open.getStringCellValue());
            assertTrue(open.getCellComment().getString().getString().startsWith("Không tính được"));
            for (int i = 0; i < 3; i++) {
                assertEquals(CellType.NUMERIC, grand.getCell(first + i).getCellType());
                assertTrue(grand.getCell(first + i).getCellComment().getString().getString().startsWith("Số ghi theo"));
            }
            // Each printed column adds up: a's cell plus b's declared one is the grand row's declared figure.
            Row itemA = row(sheet, "Nhiệm vụ A");
            for (int i = 0; i < 3; i++) {
                double a = itemA.getCell(first + i).getCellType() == CellType.BLANK ? 0
                        : evaluator.evaluate(itemA.getCell(first + i)).getNumberValue();
                assertEquals(grand.getCell(first + i).getNumericCellValue(),
                        a + itemB.getCell(first + i).getNumericCellValue(), 0);
            }
            // b's total (20) is the item's own figure, typed as before; the grand total a SUM of the item rows.
            assertEquals(20, evaluator.evaluate(itemB.getCell(first + 4)).getNumberValue(), 0);
            Cell total = grand.getCell(first + 4);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals(40, evaluator.evaluate(total).getNumberValue(), 0);
            assertFalse(total.getCellFormula().contains(new org.apache.poi.ss.util.CellReference(itemB.getCell(first))
                    .formatAsString(false)), total.getCellFormula());
        }
    }

    @Test
    void theCsvAndPlanJsonMarkTheDeclaredFigures(@TempDir Path dir) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan(THREE_OF_FOUR));
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        List<String> lines = List.of(new String(file(rendered, "kinh-phi.csv").bytes(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").split("\r\n"));
        assertTrue(lines.get(0).endsWith(";Dòng tổng (tự tính);Số ghi theo văn bản (declared)"), lines.get(0));
        String b = lines.stream().filter(l -> l.contains("Nhiệm vụ B")).findFirst().orElseThrow();
        // The columns as headed (the sources' short forms over the years), not "computed".
        assertTrue(b.endsWith(";4;6;4;6;20;;\"TW - Năm 2021; TW - Năm 2022; ĐP - Năm 2021; ĐP - Năm 2022\""), b);
        String grand = lines.stream().filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow();
        assertTrue(grand.contains(";14;16;4;…;40;có;"), grand);
        String a = lines.stream().filter(l -> l.contains("Nhiệm vụ A")).findFirst().orElseThrow();
        assertTrue(a.endsWith(";"), "a declares nothing: " + a);

        JsonNode json = new ObjectMapper().readTree(file(rendered, "plan.json").bytes());
        List<String> declared = new ArrayList<>();
        for (JsonNode table : json.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.path("declared").asBoolean(false)) {
                        declared.add(cell.get("text").asText() + "=" + cell.get("value").decimalValue().toPlainString()
                                + (cell.get("computed").asBoolean() ? " computed" : ""));
                    }
                }
            }
        }
        assertEquals(List.of("4=4", "6=6", "4=4", "6=6", "14=14", "16=16", "4=4"), declared);
    }

    /**
     * 424's PHỤ LỤC 07 prints the original's figures in the 2021, 2023 and 2025 columns; its 2022 and 2024 cells,
     * which add up to 253.400 / 361.600 where the items give 250.400 / 364.600, stay "…", and the totals are the
     * items' (seed-001 EXPECTED.md 3–4).
     */
    @Test
    void phuLuc07Of424PrintsTheOriginalsConsistentFigures() {
        ResolvedPlan plan = new plandoc.Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow();
        List<String> rows = TestPlans.table(plan, "tong-hop").rows().stream()
                .map(r -> String.join(" | ", r.cells().stream().map(plandoc.resolved.CellView::plain).toList())).toList();
        assertEquals(List.of(
                "Tổng kinh phí | 198.598 | 250.400 | 297.100 | 364.600 | 328.100 | 1.438.798",
                "Ngân sách Trung ương | 104.000 | … | 56.000 | … | 43.000 | 319.500",
                "Ngân sách địa phương | 74.598 | … | 150.100 | … | 204.600 | 770.298",
                "Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác | 20.000 | … | 91.000 | … | 80.500 | 349.000"), rows);
    }

    private static Row row(XSSFSheet sheet, String title) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (format.formatCellValue(cell).equals(title)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static int column(Row row, String text) {
        DataFormatter format = new DataFormatter();
        for (Cell cell : row) {
            if (format.formatCellValue(cell).equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(text);
    }
}

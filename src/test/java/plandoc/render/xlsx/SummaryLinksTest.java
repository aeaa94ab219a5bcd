package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.resolved.SheetLayout;
import plandoc.Generator;
import plandoc.resolved.CellLink;
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * A summary's figures ({@code from:}) in the workbook are references to the appendix cells they add up,
 * so a finance officer sees where each comes from and an edited appendix line moves the summary: read
 * back with POI, every such formula evaluates to plandoc's figure and to the cached value, exactly.
 */
class SummaryLinksTest {
    private static final Pattern REFERENCE = Pattern.compile("'([^']+)'!([A-Z]+[0-9]+)(/1000|\\*1000)?");

    /** 424's summary (Đề án IV.1): each year of "Tổng kinh phí" adds up the same year of Phụ lục 02–06's grand rows. */
    @Test
    void theSummaryOf424RefersToTheGrandRowsOfItsAppendices() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int s = index(places, "tong-hop");
            TableView summary = plan.table(places.get(s).tableId()).orElseThrow();
            XSSFSheet sheet = book.getSheetAt(s);
            int firstBody = BudgetWorkbookTest.firstBody(sheet, summary);
            int grand = BudgetWorkbookTest.rowsOf(summary, "grand").get(0);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            int years = 0;
            for (int c = 0; c < summary.columns().size(); c++) {
                String key = summary.columns().get(c).key();
                if (!key.startsWith("year/")) {
                    continue;
                }
                years++;
                Cell cell = sheet.getRow(firstBody + grand).getCell(c);
                assertEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                List<String> sheets = new ArrayList<>();
                Matcher m = REFERENCE.matcher(cell.getCellFormula());
                while (m.find()) {
                    sheets.add(m.group(1));
                    // The referenced cell is the grand row of that appendix, in the column of the same year.
                    int t = sheetIndex(book, m.group(1));
                    TableView source = plan.table(places.get(t).tableId()).orElseThrow();
                    CellReference ref = new CellReference(m.group(2));
                    int sourceBody = BudgetWorkbookTest.firstBody(book.getSheetAt(t), source);
                    assertEquals(BudgetWorkbookTest.rowsOf(source, "grand").get(0), ref.getRow() - sourceBody, cell.getCellFormula());
                    assertEquals(key, source.columns().get(ref.getCol()).key(), cell.getCellFormula());
                }
                assertEquals(List.of("Phụ lục 02", "Phụ lục 03", "Phụ lục 04", "Phụ lục 05",
                        "Phụ lục 06"), sheets, cell.getCellFormula());
                double figure = summary.rows().get(grand).cells().get(c).value().orElseThrow().doubleValue();
                assertEquals(figure, cell.getNumericCellValue(), 0, "cached " + cell.getAddress());
                assertEquals(figure, evaluator.evaluate(cell).getNumberValue(), 0, "evaluated " + cell.getAddress());
            }
            assertEquals(5, years);
        }
    }

    /**
     * 424 prints its summary twice, in the Đề án's IV.1 and as PHỤ LỤC 07: its sheet is named, headed and
     * captioned after the appendix, as the finance department cites it, not after the body's section.
     */
    @Test
    void aTableShownInTheBodyAndInAnAppendixIsTheAppendixsSheet() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet sheet = book.getSheetAt(index(plan.workbook().sheets(), "tong-hop"));
            assertEquals("Phụ lục 07", sheet.getSheetName());
            assertEquals("PHỤ LỤC 07", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("TỔNG HỢP KINH PHÍ ƯỚC TÍNH", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("(Kèm theo Đề án"),
                    sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    /**
     * Every computed figure of the summary is a formula: in-table SUMs and references to the appendices, none a bare
     * number; only the figures declared from the original are typed.
     */
    @Test
    void noComputedFigureOf424sSummaryIsABareNumber() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            SummarySheet on = SummarySheet.of(plan, book);
            TableView summary = on.table();
            XSSFSheet sheet = on.sheet();
            int firstBody = on.firstBody();
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            int figures = 0;
            int crossSheet = 0;
            for (int r = 0; r < summary.rows().size(); r++) {
                int c = 0;
                for (CellView view : summary.rows().get(r).cells()) {
                    if (summary.sums().open().declared().contains(new plandoc.resolved.CellRef(r, c))) {
                        // PHỤ LỤC 07's declared cells: the original's figures, typed (DeclaredCellsTest).
                        assertEquals(CellType.NUMERIC, sheet.getRow(firstBody + r).getCell(c).getCellType());
                    } else if (view.value().isPresent()) {
                        Cell cell = sheet.getRow(firstBody + r).getCell(c);
                        assertEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                        double figure = view.value().get().doubleValue();
                        assertEquals(figure, cell.getNumericCellValue(), 0, cell.getAddress().toString());
                        assertEquals(figure, evaluator.evaluate(cell).getNumberValue(), 0, cell.getCellFormula());
                        figures++;
                        crossSheet += cell.getCellFormula().contains("!") ? 1 : 0;
                    }
                    c += view.colspan();
                }
            }
            assertEquals(9, figures); // 5 years and the total of "Tổng kinh phí", each source's total
            assertEquals(8, crossSheet); // all but the grand total, the SUM of the sources' totals above it
        }
    }

    /**
     * s23 review H2: 424's Phụ lục 02 has no central-budget money and 02 and 06 no ODA, yet their sheets have those
     * columns. The summary's source totals named only the appendices with money there while its year totals named all
     * five, so a figure a finance officer typed into Phụ lục 02's empty column moved the year totals and not the source
     * total: the summary no longer added up. Every cross-sheet figure names all five, and such a figure reaches it.
     */
    @Test
    void aFigureTypedIntoAnAppendixsEmptyColumnReachesTheSummary() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            SummarySheet on = SummarySheet.of(plan, book);
            TableView summary = on.table();
            XSSFSheet sheet = on.sheet();
            int firstBody = on.firstBody();
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<Cell> linked = new ArrayList<>();
            for (int r = 0; r < summary.rows().size(); r++) {
                for (Cell cell : sheet.getRow(firstBody + r)) {
                    if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().contains("!")) {
                        List<String> sheets = new ArrayList<>();
                        Matcher m = REFERENCE.matcher(cell.getCellFormula());
                        while (m.find()) {
                            sheets.add(m.group(1));
                        }
                        assertEquals(List.of("Phụ lục 02", "Phụ lục 03", "Phụ lục 04", "Phụ lục 05", "Phụ lục 06"), sheets,
                                cell.getAddress() + " " + cell.getCellFormula());
                        linked.add(cell);
                    }
                }
            }
            assertEquals(8, linked.size());
            int typed = 0;
            for (Cell cell : linked) {
                Matcher m = REFERENCE.matcher(cell.getCellFormula());
                m.find(); // Phụ lục 02's cell
                CellReference ref = new CellReference(m.group(2));
                XSSFSheet source = book.getSheet(m.group(1));
                Cell empty = source.getRow(ref.getRow()).getCell(ref.getCol());
                evaluator.clearAllCachedResultValues();
                if (empty != null && empty.getCellType() != CellType.BLANK && evaluator.evaluate(empty).getNumberValue() != 0) {
                    continue;
                }
                double before = evaluator.evaluate(cell).getNumberValue();
                Cell target = empty == null ? source.getRow(ref.getRow()).createCell(ref.getCol()) : empty;
                if (target.getCellType() == CellType.FORMULA) {
                    target.removeFormula(); // the appendix's own SUM of its empty items, typed over as an officer would
                }
                target.setCellValue(1000);
                evaluator.clearAllCachedResultValues();
                assertEquals(before + 1000, evaluator.evaluate(cell).getNumberValue(), 0, cell.getCellFormula());
                typed++;
            }
            assertEquals(2, typed, "Phụ lục 02's empty central-budget and ODA totals");
        }
    }

    /** An officer corrects a line of Phụ lục 03: the summary's figure for that year moves with it. */
    @Test
    void editingAnAppendixLineMovesTheSummary() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int s = index(places, "tong-hop");
            TableView summary = plan.table(places.get(s).tableId()).orElseThrow();
            XSSFSheet sheet = book.getSheetAt(s);
            int grand = BudgetWorkbookTest.firstBody(sheet, summary) + BudgetWorkbookTest.rowsOf(summary, "grand").get(0);
            int year = column(summary, "year/2023");
            int t = index(places, "ha-tang");
            TableView appendix = plan.table(places.get(t).tableId()).orElseThrow();
            XSSFSheet source = book.getSheetAt(t);
            int sourceYear = column(appendix, "year/2023");
            Cell line = null;
            for (int item : BudgetWorkbookTest.rowsOf(appendix, "item")) {
                Cell cell = source.getRow(BudgetWorkbookTest.firstBody(source, appendix) + item).getCell(sourceYear);
                if (line == null && cell != null && cell.getCellType() == CellType.NUMERIC) {
                    line = cell;
                }
            }
            assertTrue(line != null, "an item with money in 2023");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            double before = evaluator.evaluate(sheet.getRow(grand).getCell(year)).getNumberValue();
            line.setCellValue(line.getNumericCellValue() + 7);
            evaluator.clearAllCachedResultValues();
            assertEquals(before + 7, evaluator.evaluate(sheet.getRow(grand).getCell(year)).getNumberValue(), 0);
        }
    }

    /**
     * A source kept in nghìn đồng under a summary in triệu đồng: the reference divides by 1000, and gives the
     * summary's figure exactly; the sheet of a budget shown in no appendix is named after its id, quoted.
     */
    @Test
    void aSourceInAnotherUnitIsConverted(@TempDir Path dir) throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");
        Path folder = dir.resolve("qn");
        Files.createDirectories(folder);
        Files.copy(fixture.resolve("agencies.yaml"), folder.resolve("agencies.yaml"));
        String yaml = Files.readString(fixture.resolve("plan.yaml"));
        String changed = yaml
                .replace("- id: kinh-phi-dao-tao\n    unit: triệu đồng", "- id: kinh-phi-dao-tao\n    unit: nghìn đồng")
                .replace("amounts: { ns-tinh: 350 }", "amounts: { ns-tinh: 350000 }")
                .replace("amounts: { ns-tinh: 150, xhh: 100 }", "amounts: { ns-tinh: 150500, xhh: 100000 }")
                .replace("    from: [kinh-phi-ha-tang, kinh-phi-dao-tao]\n", "    from: [kinh-phi-ha-tang, kinh-phi-dao-tao]\n"
                        + "    decimals: 1\n    print: { rows: [grand, nguon], money: [total] }\n");
        assertEquals(4, changed.split("nghìn đồng|350000|150500|decimals: 1", -1).length - 1, "the fixture changed as meant");
        assertFalse(changed.equals(yaml));
        Files.writeString(folder.resolve("plan.yaml"), changed);
        var outcome = new Generator(Path.of("")).resolve(folder);
        ResolvedPlan plan = outcome.resolved().orElseThrow(() -> new AssertionError(outcome.problems().sorted().toString()));
        TableView summary = plan.tables().stream().filter(t -> t.id().equals("kinh-phi-tong")).findFirst().orElseThrow();
        // Compute: the parts times their factors give the printed figure exactly.
        assertFalse(summary.sums().links().sources().isEmpty());
        for (CellLink link : summary.sums().links().sources()) {
            BigDecimal total = BigDecimal.ZERO;
            for (CellLink.Part part : link.parts()) {
                TableView source = plan.tables().stream().filter(t -> t.id().equals(part.table())).findFirst().orElseThrow();
                total = total.add(value(source, part.cell().row(), part.cell().column()).multiply(part.factor()));
            }
            assertEquals(0, total.compareTo(value(summary, link.cell().row(), link.cell().column())), link.toString());
        }
        byte[] bytes = new BudgetWorkbook().write(plan);
        assertArrayEquals(bytes, new BudgetWorkbook().write(plan), "same plan, same bytes");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<SheetLayout> places = plan.workbook().sheets();
            int s = index(places, "kinh-phi-tong");
            XSSFSheet sheet = book.getSheetAt(s);
            int firstBody = BudgetWorkbookTest.firstBody(sheet, summary);
            int nsTinh = -1;
            for (int r = 0; r < summary.rows().size(); r++) {
                if (summary.rows().get(r).cells().get(0).plain().equals("Ngân sách tỉnh")) {
                    nsTinh = r;
                }
            }
            Cell cell = sheet.getRow(firstBody + nsTinh).getCell(summary.columns().size() - 1);
            Matcher m = REFERENCE.matcher(cell.getCellFormula());
            List<String> refs = new ArrayList<>();
            while (m.find()) {
                refs.add(m.group(1) + (m.group(3) == null ? "" : m.group(3)));
            }
            assertEquals(List.of(book.getSheetAt(index(places, "kinh-phi-ha-tang")).getSheetName(), "kinh-phi-dao-tao/1000"),
                    refs, cell.getCellFormula());
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            assertEquals(4500 + 1200 + 350 + 150.5, cell.getNumericCellValue(), 0);
            assertEquals(4500 + 1200 + 350 + 150.5, evaluator.evaluate(cell).getNumberValue(), 0);
        }
    }

    /**
     * s26 review H2: a summary over a budget that prints no cell for its central-budget total (a split: row leaves
     * its years open) added its grand total up from its own row of central-budget money, a typed value: an edited
     * appendix line moved the years of "Tổng kinh phí" and not its total. The grand total refers to the sources'
     * grand cells instead, and after the edit it equals them and its own row's years.
     */
    @Test
    void aSummarysGrandTotalOverATypedFigureFollowsAnEditedLine() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("src/test/resources/fixtures/summary-over-split");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            XSSFSheet main = book.getSheetAt(index(places, "kp-chinh"));
            TableView mainTable = plan.table("kp-chinh").orElseThrow();
            int mainBody = BudgetWorkbookTest.firstBody(main, mainTable);
            int item = BudgetWorkbookTest.rowsOf(mainTable, "item").get(0);
            Cell line = null;
            for (Cell cell : main.getRow(mainBody + item)) {
                if (line == null && cell.getCellType() == CellType.NUMERIC) {
                    line = cell; // item 1's central budget in 2026: 1.234,5
                }
            }
            assertEquals(1234.5, line.getNumericCellValue(), 0);
            line.setCellValue(1334.5);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            double sources = 0;
            for (String id : List.of("kp-chinh", "kp-phu")) {
                TableView source = plan.table(id).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(index(places, id));
                int grand = BudgetWorkbookTest.firstBody(sheet, source) + BudgetWorkbookTest.rowsOf(source, "grand").get(0);
                sources += sheet.getRow(grand).getCell(source.columns().size() - 1).getNumericCellValue() / 1000;
            }
            assertEquals(2.3206, sources, 1e-9, "the appendices' grand totals after the edit");
            TableView summary = plan.table("tong-hop").orElseThrow();
            XSSFSheet sheet = book.getSheetAt(index(places, "tong-hop"));
            Row grand = sheet.getRow(BudgetWorkbookTest.firstBody(sheet, summary) + BudgetWorkbookTest.rowsOf(summary, "grand").get(0));
            int last = summary.columns().size() - 1;
            double years = 0;
            for (int c = 1; c < last; c++) {
                years += grand.getCell(c).getNumericCellValue();
            }
            assertEquals(sources, grand.getCell(last).getNumericCellValue(), 1e-9, grand.getCell(last).getCellFormula());
            assertEquals(years, grand.getCell(last).getNumericCellValue(), 1e-9, "the row's own years");
        }
    }

    private static BigDecimal value(TableView table, int row, int column) {
        int c = 0;
        for (CellView cell : table.rows().get(row).cells()) {
            if (c == column) {
                return cell.value().orElseThrow();
            }
            c += cell.colspan();
        }
        throw new AssertionError("no cell " + row + "," + column + " in " + table.id());
    }

    private static int index(List<SheetLayout> places, String id) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).tableId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static int sheetIndex(XSSFWorkbook book, String name) {
        int i = book.getSheetIndex(name);
        assertTrue(i >= 0, "no sheet " + name);
        return i;
    }

    private static int column(TableView table, String key) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).key().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no column " + key + " in " + table.id());
    }

    /** 424's summary (PHỤ LỤC 07) in the workbook: its table, its sheet and the sheet's first body row. */
    private record SummarySheet(TableView table, XSSFSheet sheet, int firstBody) {
        static SummarySheet of(ResolvedPlan plan, XSSFWorkbook book) {
            List<SheetLayout> places = plan.workbook().sheets();
            int s = index(places, "tong-hop");
            TableView summary = plan.table(places.get(s).tableId()).orElseThrow();
            XSSFSheet sheet = book.getSheetAt(s);
            return new SummarySheet(summary, sheet, BudgetWorkbookTest.firstBody(sheet, summary));
        }
    }
}

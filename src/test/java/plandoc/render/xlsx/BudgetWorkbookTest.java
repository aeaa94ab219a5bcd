package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetLayout;
import plandoc.Generator;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.CellView;
import plandoc.compute.SheetLayouts;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * The workbook read back with POI: one sheet per budget laid out like the printed table, every total
 * a formula that POI's evaluator brings to plandoc's own figure, a changed amount re-totalling its
 * group and the grand total, and the print set-up of Decree 30.
 */
class BudgetWorkbookTest {

    static ResolvedPlan plan(String folder) {
        return new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
    }

    /** Seed 001 as published: every printed total under declared:, twelve of them wrong (a plan with errors). */
    static ResolvedPlan seedOne() {
        plandoc.diagnostic.Problems problems = new plandoc.diagnostic.Problems();
        var loaded = new plandoc.load.PlanLoader(Path.of("")).load(Path.of("src/test/resources/fixtures/seed-001"), problems)
                .orElseThrow();
        return new plandoc.compute.PlanResolver().resolve(loaded,
                new plandoc.validate.PlanValidator().validate(loaded, problems), problems).orElseThrow();
    }

    static XSSFWorkbook workbook(ResolvedPlan plan) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)));
    }

    /**
     * s31 tryout L4: a summary's source rows ("Ngân sách trung ương" …, per-member totals) print bold italic in the PDF
     * and the Word copy, as 424's PHỤ LỤC 07; the workbook printed them bold upright. Read back: bold italic, figures
     * included; the grand row bold upright.
     */
    @Test
    void aSummarysSourceRowsAreBoldItalicAsInThePdf() throws IOException {
        try (XSSFWorkbook book = workbook(plan("src/test/resources/fixtures/quang-ngai-tai-chinh"))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("III. KINH PHÍ THỰC HIỆN");
            int seen = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
                String title = first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
                        : first.getStringCellValue();
                boolean source = title.startsWith("Ngân sách") || title.equals("Xã hội hóa");
                if (!source && !title.equals("Tổng kinh phí")) {
                    continue;
                }
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    var font = book.getFontAt(cell.getCellStyle().getFontIndex());
                    assertTrue(font.getBold(), title + " " + cell.getAddress());
                    assertEquals(source, font.getItalic(), title + " " + cell.getAddress());
                }
                seen++;
            }
            assertEquals(5, seen, "the grand row and the four source rows");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022",
        "src/test/resources/fixtures/per-group-numbering"})
    void everyFormulaEvaluatesToPlandocsFigure(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XSSFWorkbook book = workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            // 424's split: rows on a sheet of their own after "Kiểm tra" (s28 tryout F3).
            List<String> last = plan.workbook().check().splits().isPresent()
                    ? List.of("Dữ liệu", BudgetWorkbook.CHECK_SHEET, SheetLayouts.SPLIT_CHECK_SHEET)
                    : List.of("Dữ liệu", BudgetWorkbook.CHECK_SHEET);
            assertEquals(places.size() + last.size(), names.size(), names.toString());
            assertEquals(last, names.subList(names.size() - last.size(), names.size()));
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            int formulas = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                Map<CellRef, CellSum> sums = sums(table);
                java.util.Set<CellRef> links = new java.util.HashSet<>();
                table.sums().links().sources().forEach(l -> links.add(l.cell()));
                for (int r = 0; r < table.rows().size(); r++) {
                    int c = 0;
                    for (CellView view : table.rows().get(r).cells()) {
                        Cell cell = sheet.getRow(firstBody + r).getCell(c);
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (sums.containsKey(new CellRef(r, c))) {
                            assertEquals(CellType.FORMULA, cell.getCellType(), where);
                            assertTrue(cell.getCellFormula().startsWith("SUM("), where);
                            double value = evaluator.evaluate(cell).getNumberValue();
                            double expected = view.value().map(java.math.BigDecimal::doubleValue).orElse(0d);
                            assertEquals(expected, value, 1e-6, where + " " + cell.getCellFormula());
                            formulas++;
                        } else if (links.contains(new CellRef(r, c))) {
                            // A summary's figure refers to the appendix cells it adds up (SummaryLinksTest).
                            assertEquals(CellType.FORMULA, cell.getCellType(), where);
                            assertTrue(cell.getCellFormula().contains("!"), where);
                            double expected = view.value().orElseThrow().doubleValue();
                            assertEquals(expected, cell.getNumericCellValue(), 0, where + " cached");
                            assertEquals(expected, evaluator.evaluate(cell).getNumberValue(), 0, where + " " + cell.getCellFormula());
                            formulas++;
                        } else if (view.value().isPresent()) {
                            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                            assertEquals(view.value().get().doubleValue(), cell.getNumericCellValue(), 0, where);
                        }
                        if (view.value().isPresent()) {
                            assertTrue(cell.getCellStyle().getDataFormatString().contains("#,##0"), where);
                        }
                        c += view.colspan();
                    }
                }
            }
            // The bundled plans' many sums; the per-group fixture's two groups and its total.
            assertTrue(formulas >= (folder.startsWith("content/") ? 20 : 3), "formulas: " + formulas);
        }
    }

    /**
     * Figures and totals at the 15 digits check lets through (s25-values, M1): every cell read back with POI, typed
     * figure or evaluated SUM, is the figure the PDF prints, to the last digit.
     */
    @Test
    void fifteenDigitFiguresAreKeptExactly(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path folder = temp.resolve("lon");
        java.nio.file.Files.createDirectories(folder);
        String source = java.nio.file.Files.readString(Path.of("src/test/resources/errors/amount-too-many-digits/plan.yaml"))
                .replace("99999999999999999999999999999", "99999999999.999")
                .replace("900000000000000", "490000000000001");
        java.nio.file.Files.writeString(folder.resolve("plan.yaml"), source);
        ResolvedPlan plan = plan(folder.toString());
        try (XSSFWorkbook book = workbook(plan)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<SheetLayout> places = plan.workbook().sheets();
            int checked = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                for (int r = 0; r < table.rows().size(); r++) {
                    int c = 0;
                    for (CellView view : table.rows().get(r).cells()) {
                        Cell cell = sheet.getRow(firstBody + r).getCell(c);
                        if (view.value().isPresent()) {
                            double read = cell.getCellType() == CellType.FORMULA
                                    ? evaluator.evaluate(cell).getNumberValue() : cell.getNumericCellValue();
                            // As a spreadsheet shows it: 15 significant digits (a SUM's double may be off past them).
                            BigDecimal shown = new BigDecimal(read, new java.math.MathContext(15));
                            assertEquals(0, view.value().get().compareTo(shown),
                                    sheet.getSheetName() + "!" + cell.getAddress() + ": " + view.value().get() + " vs " + read);
                            checked++;
                        }
                        c += view.colspan();
                    }
                }
            }
            assertTrue(checked >= 10, "cells: " + checked);
        }
    }

    /** Totals that rows, groups and the grand row add up are formulas; the grand row sums the group rows. */
    @Test
    void groupAndGrandRowsSumTheirParts() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        TableView table = plan.tables().stream().filter(t -> t.kind() == TableKind.BUDGET).findFirst().orElseThrow();
        try (XSSFWorkbook book = workbook(plan)) {
            XSSFSheet sheet = book.getSheet("Phụ lục 3");
            assertNotNull(sheet);
            int firstBody = firstBody(sheet, table);
            int total = table.columns().size() - 1;
            List<Integer> groups = rowsOf(table, "group");
            int grand = rowsOf(table, "grand").get(0);
            String grandFormula = sheet.getRow(firstBody + grand).getCell(total).getCellFormula();
            List<String> groupCells = groups.stream().map(g -> sheet.getRow(firstBody + g).getCell(total).getAddress()
                    .formatAsString()).toList();
            assertEquals("SUM(" + String.join(",", groupCells) + ")", grandFormula);
            // Group I adds up its items' rows, a range down the column.
            String first = sheet.getRow(firstBody + groups.get(0) + 1).getCell(total).getAddress().formatAsString();
            assertTrue(sheet.getRow(firstBody + groups.get(0)).getCell(total).getCellFormula().startsWith("SUM(" + first + ":"));
        }
    }

    /** The appendix's "(Kèm theo …)" line above the table, read back: the decision's date in full, italic. */
    @Test
    void theCaptionWritesTheDecisionsDateInFull() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        try (XSSFWorkbook book = workbook(plan)) {
            XSSFSheet sheet = book.getSheet("Phụ lục 3");
            List<Cell> captions = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("(Kèm theo")) {
                        captions.add(cell);
                    }
                }
            }
            assertEquals(1, captions.size(), captions.toString());
            assertEquals("(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND tỉnh phê duyệt điều chỉnh "
                    + "Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", captions.get(0).getStringCellValue());
            assertTrue(book.getFontAt(captions.get(0).getCellStyle().getFontIndex()).getItalic());
        }
    }

    /** Raising one item's amount by 1 raises its total, its group's and the grand total by 1. */
    @Test
    void aChangedAmountReTotals() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        TableView table = plan.tables().stream().filter(t -> t.kind() == TableKind.BUDGET).findFirst().orElseThrow();
        try (XSSFWorkbook book = workbook(plan)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int firstBody = firstBody(sheet, table);
            int itemRow = rowsOf(table, "item").get(0);
            int groupRow = rowsOf(table, "group").get(0);
            int grandRow = rowsOf(table, "grand").get(0);
            int totalColumn = table.columns().size() - 1;
            int input = -1;
            Row row = sheet.getRow(firstBody + itemRow);
            for (int c = 0; c < totalColumn && input < 0; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    input = c;
                }
            }
            assertTrue(input > 0, "an item amount to change");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            double[] before = {
                    value(evaluator, sheet, firstBody + itemRow, totalColumn),
                    value(evaluator, sheet, firstBody + groupRow, input),
                    value(evaluator, sheet, firstBody + groupRow, totalColumn),
                    value(evaluator, sheet, firstBody + grandRow, input),
                    value(evaluator, sheet, firstBody + grandRow, totalColumn)};
            Cell changed = row.getCell(input);
            changed.setCellValue(changed.getNumericCellValue() + 1);
            evaluator.clearAllCachedResultValues();
            double[] after = {
                    value(evaluator, sheet, firstBody + itemRow, totalColumn),
                    value(evaluator, sheet, firstBody + groupRow, input),
                    value(evaluator, sheet, firstBody + groupRow, totalColumn),
                    value(evaluator, sheet, firstBody + grandRow, input),
                    value(evaluator, sheet, firstBody + grandRow, totalColumn)};
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i] + 1, after[i], 1e-9, "figure " + i);
            }
        }
    }

    @Test
    void printSetUpIsDecree30LandscapeWithRepeatedFrozenHeader() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = workbook(plan)) {
            XSSFSheet sheet = book.getSheetAt(0);
            TableView table = plan.table(plan.workbook().sheets().get(0).tableId()).orElseThrow();
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            // A scale (one page wide: PrintedPartsTest), not "fit to page", which would make Excel drop the row breaks.
            assertFalse(sheet.getFitToPage());
            assertTrue(print.getScale() > 80 && print.getScale() <= 100, print.getScale() + " %");
            assertEquals(20 / 25.4, sheet.getMargin(PageMargin.TOP), 1e-9);
            assertEquals(20 / 25.4, sheet.getMargin(PageMargin.BOTTOM), 1e-9);
            assertEquals(30 / 25.4, sheet.getMargin(PageMargin.LEFT), 1e-9);
            assertEquals(15 / 25.4, sheet.getMargin(PageMargin.RIGHT), 1e-9);
            int firstBody = firstBody(sheet, table);
            CellRangeAddress repeated = sheet.getRepeatingRows();
            assertEquals(firstBody - table.header().size(), repeated.getFirstRow());
            assertEquals(firstBody - 1, repeated.getLastRow());
            assertEquals(firstBody, sheet.getPaneInformation().getHorizontalSplitPosition());
            // Two-level header: "Năm 2022" spans its source columns, merged.
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == firstBody - 2
                    && m.getLastColumn() > m.getFirstColumn()), sheet.getMergedRegions().toString());
            assertEquals("[$-42A]#,##0_);-#,##0_);#,##0_);@_)", NumberFormat.code(0, false));
        }
    }

    /**
     * Crossed cells the items do not fix print "…" as in the PDF (a blank reads as a zero) with a comment;
     * declared figures fill "Kiểm tra".
     */
    @Test
    void undeterminedCellsAreMarkedWithANoteAndDeclaredFiguresAreChecked() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = workbook(plan)) {
            int undetermined = 0;
            int declared = 0;
            List<SheetLayout> places = plan.workbook().sheets();
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                for (CellRef ref : table.sums().open().undetermined()) {
                    Cell cell = sheet.getRow(firstBody + ref.row()).getCell(ref.column());
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertEquals("…", cell.getStringCellValue());
                    assertNotNull(cell.getCellComment(), cell.getAddress().formatAsString());
                    assertTrue(cell.getCellComment().getString().getString().startsWith("Không tính được"));
                    undetermined++;
                }
                declared += table.sums().checks().declared().size();
            }
            assertTrue(undetermined > 0);
            XSSFSheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
            // 424 declares PHỤ LỤC 07's nine crossed cells that agree with the items (print.undetermined: declared):
            // the check sheet lists them as figures the items cannot compute.
            assertEquals(9, declared);
            // s20 tryout 1: the rows whose words wrap are as tall as their lines (LibreOffice printed 6 of the 9 over
            // each other at the default height).
            long tall = java.util.stream.IntStream.rangeClosed(2, check.getLastRowNum()).mapToObj(check::getRow)
                    .filter(row -> row.getHeightInPoints() > check.getDefaultRowHeightInPoints() * 1.5).count();
            assertTrue(tall >= 6, "rows of the check sheet tall enough for their wrapped words: " + tall);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<String> results = new ArrayList<>();
            for (Row row : check) {
                Cell result = row.getCell(7);
                if (row.getRowNum() >= 2 && result != null && !"Kết quả".equals(result.toString())) {
                    results.add(result.getCellType() == CellType.FORMULA ? evaluator.evaluate(result).getStringValue()
                            : result.getStringCellValue());
                }
            }
            assertEquals(declared, results.size());
            // The 54 split: rows of Phụ lục 02–06, each printing both breakdowns (s27, tryout M-2), on their own sheet
            // under their own headings (s28 tryout F3).
            assertEquals(1 + 54, book.getSheet(SheetLayouts.SPLIT_CHECK_SHEET).getLastRowNum());
        }
    }

    /**
     * Seed 001 as published (every printed total under declared:, twelve of them wrong): the check sheet
     * lists each declared figure beside the computed one, the wrong ones marked "Lệch" by a formula.
     */
    @Test
    void theCheckSheetListsDeclaredFiguresBesideComputedOnes() throws IOException {
        try (XSSFWorkbook book = workbook(seedOne())) {
            XSSFSheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
            // The finance officer's headings, in Vietnamese (not the YAML key "declared"), repeated on every printed page
            List<String> heads = new ArrayList<>();
            check.getRow(1).forEach(c -> heads.add(c.getStringCellValue()));
            assertEquals(List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính", "Số ghi trong văn bản", "Số tính từ các dòng",
                    "Chênh lệch", "Kết quả"), heads);
            // The title with them (s27): a sheet with many split: rows prints on pages that each say what they are.
            assertEquals(new CellRangeAddress(0, 1, -1, -1), check.getRepeatingRows());
            assertNull(book.getPrintArea(book.getSheetIndex(check)), "a sheet with figures to check prints whole");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<String> mismatches = new ArrayList<>();
            int matches = 0;
            for (Row row : check) {
                Cell result = row.getCell(7);
                if (row.getRowNum() < 2 || result == null || result.getCellType() != CellType.FORMULA) {
                    continue;
                }
                if (evaluator.evaluate(result).getStringValue().equals("Lệch")) {
                    mismatches.add(row.getCell(2).getStringCellValue() + " " + row.getCell(4).getNumericCellValue()
                            + " " + row.getCell(5).getNumericCellValue());
                } else {
                    matches++;
                }
            }
            assertEquals(List.of("Tổng Năm 2022 128000.0 125000.0", "Tổng Năm 2024 117000.0 120000.0"),
                    mismatches.subList(0, 2));
            assertEquals(12, mismatches.size(), mismatches.toString());
            assertTrue(matches > 10, "matches " + matches);
        }
    }

    @Test
    void sameSourcesGiveTheSameBytes() throws IOException, InterruptedException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        byte[] first = new BudgetWorkbook().write(plan);
        Thread.sleep(2100);
        assertTrue(java.util.Arrays.equals(first, new BudgetWorkbook().write(plan)));
    }

    /**
     * A row of wrapped text is as tall as its lines: neither Excel nor LibreOffice grows a row to its wrapped
     * cells on opening, and LibreOffice printed 4086's three-line titles over each other in one line. A cell
     * holding more characters than its column is wide at 1.6 mm a letter (a Times letter at 12 pt averages
     * 1.8 mm) wraps at least once, so its row must be at least two lines of 12 pt tall; the note under 424's
     * summary table, longer than the table is wide, wraps too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void rowsOfWrappedTextAreTallEnoughForTheirLines(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XSSFWorkbook book = workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            List<String> short_ = new ArrayList<>();
            int wrapped = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                for (int r = firstBody; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        double chars = 0;
                        final int at = r;
                        CellRangeAddress merged = sheet.getMergedRegions().stream()
                                .filter(m -> m.isInRange(at, cell.getColumnIndex())).findFirst()
                                .orElse(new CellRangeAddress(r, r, cell.getColumnIndex(), cell.getColumnIndex()));
                        for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                            // Excel's width unit: Times New Roman 12's digit, 8 px at 96 dpi.
                            chars += sheet.getColumnWidth(c) / 256.0 * (8 * 25.4 / 96) / 1.6;
                        }
                        if (cell.getStringCellValue().length() > chars) {
                            wrapped++;
                            assertTrue(cell.getCellStyle().getWrapText(), sheet.getSheetName() + " " + cell.getAddress());
                            if (row.getHeightInPoints() < 2 * 12 * 1.15) {
                                short_.add(sheet.getSheetName() + " " + cell.getAddress() + " (" + row.getHeightInPoints() + " pt): "
                                        + cell.getStringCellValue());
                            }
                        }
                    }
                }
            }
            assertTrue(wrapped > 10, "cells that wrap: " + wrapped);
            assertEquals(List.of(), short_);
        }
    }

    /**
     * A live figure hides its zero exactly where the printed table leaves the cell blank (no line holds a figure); a
     * total of lines typed 0 prints 0 as the PDF does (s26 re-read M2: every live figure hid its zero, the workbook
     * left blank what the signed PDF prints "0,00"). typed-zero (the starter plan) types xhh: 0 for its only line with that source.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "src/test/resources/fixtures/summary-over-split",
            "src/test/resources/fixtures/typed-zero"})
    void aLiveFigureHidesItsZeroWhereThePrintedTableIsBlank(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XSSFWorkbook book = workbook(plan)) {
            int formulas = 0;
            int printedZeros = 0;
            for (int t = 0; t < plan.workbook().sheets().size(); t++) {
                TableView table = plan.table(plan.workbook().sheets().get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                for (int r = 0; r < table.rows().size(); r++) {
                    int c = 0;
                    for (CellView view : table.rows().get(r).cells()) {
                        Cell cell = sheet.getRow(firstBody + r).getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            String[] sections = cell.getCellStyle().getDataFormatString().split(";", -1);
                            boolean hidden = sections.length > 2 && sections[2].isEmpty();
                            assertEquals(view.value().isEmpty(), hidden, sheet.getSheetName() + "!" + cell.getAddress()
                                    + " printed " + view.value() + ", format " + cell.getCellStyle().getDataFormatString());
                            formulas++;
                            if (view.value().filter(v -> v.signum() == 0).isPresent()) {
                                printedZeros++;
                            }
                        }
                        c += view.colspan();
                    }
                }
            }
            assertTrue(formulas > 3, formulas + " formulas");
            if (folder.contains("typed-zero")) {
                assertTrue(printedZeros > 0, "the fixture has a live total printed 0");
            }
        }
    }

    /** s26 review L3: the workbook's creator is the issuer, as the PDF's Author and the Word copy's, not "plandoc". */
    @Test
    void theWorkbooksCreatorIsTheIssuer() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        try (XSSFWorkbook book = workbook(plan)) {
            assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", book.getProperties().getCoreProperties().getCreator());
            assertEquals(plan.info().issuer(), book.getProperties().getCoreProperties().getCreator());
        }
    }

    static int firstBody(XSSFSheet sheet, TableView table) {
        for (Row row : sheet) {
            // In the first column, or over the first part's own columns of a table printed in column parts.
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(table.unitLine())) {
                    return row.getRowNum() + 1 + table.header().size();
                }
            }
        }
        throw new AssertionError("no unit line on " + sheet.getSheetName());
    }

    private static Map<CellRef, CellSum> sums(TableView table) {
        Map<CellRef, CellSum> sums = new HashMap<>();
        table.sums().sums().forEach(s -> sums.put(s.cell(), s));
        return sums;
    }

    static List<Integer> rowsOf(TableView table, String kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).kind().id().equals(kind)) {
                out.add(i);
            }
        }
        return out;
    }

    private static double value(FormulaEvaluator evaluator, XSSFSheet sheet, int row, int column) {
        return evaluator.evaluate(sheet.getRow(row).getCell(column)).getNumberValue();
    }
}

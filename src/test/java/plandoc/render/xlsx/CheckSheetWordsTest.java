package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;

/**
 * The check sheet reads as a finance officer reads the tables (s20 tryout, finding 7): the row as the table prints it,
 * not an internal id ("bảng kinh phí tong-hop [Phụ lục 07]"); the unit of each figure; a declared figure the rows do
 * not determine on its own said to be printed as the document prints it, within the range the rows allow, not "Không
 * tính được"; in Vietnamese on an English site too, as the whole workbook. Read back with POI.
 */
class CheckSheetWordsTest {

    @Test
    void the424CheckSheetNamesTheRowTheUnitAndTheRangeOfEachOpenCell() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("content/ha-tinh-424-2022"), BudgetWorkbook.CHECK_SHEET);
        assertEquals(1, rows.stream().filter(r -> r.equals(DECLARED_HEADS)).count(), rows.toString());
        List<List<String>> declared = declared(rows);
        assertEquals(List.of("Phụ lục 07", "Ngân sách Trung ương", "Ngân sách Trung ương / Năm 2021", "Triệu đồng", "104000.0",
                "không tính riêng được", "", "Ghi theo văn bản, trong khoảng cho phép 54.000–170.000"), declared.get(0));
        assertEquals(9, declared.size(), "the nine figures PHỤ LỤC 07 declares");
    }

    private static final List<String> DECLARED_HEADS = List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính",
            "Số ghi trong văn bản", "Số tính từ các dòng", "Chênh lệch", "Kết quả");
    private static final List<String> SPLIT_HEADS = List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính",
            "Cộng theo nguồn vốn", "Cộng theo năm", "Chênh lệch", "Kết quả");

    /** The rows of declared figures, under the title and the headings. */
    private static List<List<String>> declared(List<List<String>> rows) {
        return rows.subList(2, rows.size()).stream().filter(r -> !r.get(2).startsWith("Cộng theo ")
                && !r.get(0).equals("Bảng")).toList();
    }

    /**
     * s28 review M3: a split: row's two figures are its sum by source and its sum by year, neither a figure "ghi trong
     * văn bản": they stand under headings saying so, and the declared figures under theirs; the comparisons stay live
     * formulas. s28 tryout F3: a sheet repeats one range of rows on every printed page (and freezes it on screen), so
     * on one sheet 424's nine declared figures, after the 54 split rows, printed under the split rows' headings: each
     * block has its own sheet, its own title and headings repeated over its own rows only.
     */
    @Test
    void theSplitRowsStandOnTheirOwnSheetUnderHeadingsNamingTheirTwoSums() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        List<List<String>> declared = rows(plan, BudgetWorkbook.CHECK_SHEET);
        List<List<String>> splits = rows(plan, plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET);
        assertEquals(List.of("ĐỐI CHIẾU SỐ LIỆU GHI TRONG VĂN BẢN VỚI SỐ TÍNH TỪ CÁC DÒNG"), declared.get(0));
        assertEquals(DECLARED_HEADS, declared.get(1));
        assertEquals(9, declared.size() - 2);
        assertTrue(declared.subList(2, declared.size()).stream().noneMatch(r -> r.get(2).startsWith("Cộng theo ")),
                declared.toString());
        assertEquals(List.of("ĐỐI CHIẾU KINH PHÍ MỖI DÒNG CỘNG THEO NGUỒN VỐN VÀ CỘNG THEO NĂM"), splits.get(0));
        assertEquals(SPLIT_HEADS, splits.get(1));
        assertEquals(54, splits.size() - 2);
        for (List<String> row : splits.subList(2, splits.size())) {
            assertEquals(List.of("Cộng theo nguồn vốn so với cộng theo năm", true, true),
                    List.of(row.get(2), row.get(4).startsWith("=SUM("), row.get(5).startsWith("=SUM(")), row.toString());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            for (String name : List.of(BudgetWorkbook.CHECK_SHEET, plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET)) {
                assertEquals(new org.apache.poi.ss.util.CellRangeAddress(0, 1, -1, -1), book.getSheet(name).getRepeatingRows(),
                        name);
            }
        }
    }

    /**
     * A cell of the whole budget is named by the row it is printed on, as PHỤ LỤC 07 prints it: the source's row,
     * not "Tổng kinh phí" above it (s21 tryout 4).
     */
    @Test
    void eachCrossedCellIsOnItsSourcesRow() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("content/ha-tinh-424-2022"), BudgetWorkbook.CHECK_SHEET);
        List<String> named = declared(rows).stream().map(r -> r.get(1) + " | " + r.get(2)).toList();
        assertEquals(List.of("Ngân sách Trung ương | Ngân sách Trung ương / Năm 2021",
                "Ngân sách Trung ương | Ngân sách Trung ương / Năm 2023",
                "Ngân sách Trung ương | Ngân sách Trung ương / Năm 2025",
                "Ngân sách địa phương | Ngân sách địa phương / Năm 2021",
                "Ngân sách địa phương | Ngân sách địa phương / Năm 2023",
                "Ngân sách địa phương | Ngân sách địa phương / Năm 2025",
                "Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác | Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác / Năm 2021",
                "Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác | Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác / Năm 2023",
                "Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác | Nguồn ODA, xã hội hóa và các nguồn hợp pháp khác / Năm 2025"),
                named);
    }

    /**
     * The check sheet's pages are numbered as every other sheet's (s21 tryout 5): "Trang 1" on each sheet's first
     * page, as each appendix starts again at 1 (rule G2). Up to s34 "Trang &P/&N" without a first page number, which
     * a workbook printed or exported whole numbered across the sheets ("Trang 5/36" on Phụ lục 02; s34 pages review 1).
     * An appendix's sheet names its appendix before the number, "Phụ lục 01 – Trang 2": up to s35 its continuation
     * pages, printed with the whole workbook, said only "Trang 2" (s35 review L6). The check sheets name themselves,
     * "Kiểm tra – Trang 1" (s36 review L6).
     */
    @Test
    void theCheckSheetsPagesAreNumberedAsTheOtherSheets() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            assertEquals("Phụ lục 01 – Trang &P", book.getSheetAt(0).getFooter().getCenter());
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                // An appendix's sheet names it before the page's number (s35 review L6), and so do the check and data
                // sheets, named by their own names (s36 review L6: "Trang 1"… alone).
                assertEquals(sheet.getSheetName() + " – Trang &P", sheet.getFooter().getCenter(), sheet.getSheetName());
                assertTrue(sheet.getPrintSetup().getUsePage(), sheet.getSheetName() + ": its own first page number");
                assertEquals(1, sheet.getPrintSetup().getPageStart(), sheet.getSheetName());
                assertEquals(book.getSheetAt(0).getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER),
                        sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER), sheet.getSheetName());
            }
            assertEquals(List.of(BudgetWorkbook.CHECK_SHEET, plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET), List.of(
                    book.getSheetAt(book.getNumberOfSheets() - 2).getSheetName(),
                    book.getSheetAt(book.getNumberOfSheets() - 1).getSheetName()));
        }
    }


    /** An item's and a group's figures are named by the row as printed: its number and title. */
    @Test
    void aGroupsRowIsItsNumberAndTitle() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("src/test/resources/fixtures/summary-by-year"), BudgetWorkbook.CHECK_SHEET);
        assertEquals(List.of("I. Hạ tầng số", "Tổng cộng", "Tỷ đồng"), List.of(rows.get(2).get(1), rows.get(2).get(2),
                rows.get(2).get(3)));
    }

    /** With numbering: per-group two items print "1": each is named by its own title (s21 re-read 1). */
    @Test
    void twoItemsPrintingTheSameNumberAreEachNamedByTheirOwnTitle() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("src/test/resources/fixtures/per-group-numbering"),
                BudgetWorkbook.CHECK_SHEET);
        assertEquals(List.of("1. Mua máy chủ", "1. Tập huấn sử dụng chữ ký số"),
                List.of(rows.get(2).get(1), rows.get(3).get(1)));
    }

    private static List<List<String>> rows(ResolvedPlan plan, String sheet) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            XSSFSheet check = book.getSheet(sheet);
            List<List<String>> out = new ArrayList<>();
            for (Row row : check) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(switch (cell.getCellType()) {
                        case NUMERIC -> Double.toString(cell.getNumericCellValue());
                        case FORMULA -> "=" + cell.getCellFormula();
                        default -> cell.getStringCellValue();
                    });
                }
                out.add(cells);
            }
            return out;
        }
    }
}

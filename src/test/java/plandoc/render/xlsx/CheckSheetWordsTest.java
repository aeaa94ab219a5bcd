package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("content/ha-tinh-424-2022"));
        assertEquals(1, rows.stream().filter(r -> r.equals(DECLARED_HEADS)).count(), rows.toString());
        List<List<String>> declared = declared(rows);
        assertEquals(List.of("Phụ lục 07", "Ngân sách Trung ương", "Ngân sách Trung ương / Năm 2021", "Triệu đồng", "104000.0",
                "không tính riêng được", "", "Ghi theo văn bản, trong khoảng cho phép 54.000–170.000"), declared.get(0));
        assertEquals(9, declared.size(), "the nine figures PHỤ LỤC 07 declares; the split rows' comparisons beside them");
    }

    private static final List<String> DECLARED_HEADS = List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính",
            "Số ghi trong văn bản", "Số tính từ các dòng", "Chênh lệch", "Kết quả");
    private static final List<String> SPLIT_HEADS = List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính",
            "Cộng theo nguồn vốn", "Cộng theo năm", "Chênh lệch", "Kết quả");

    /** The rows of declared figures: beside them, each split row's two breakdowns compared (s27, CheckSheetTest). */
    private static List<List<String>> declared(List<List<String>> rows) {
        return rows.subList(2, rows.size()).stream().filter(r -> !r.get(2).startsWith("Cộng theo ")
                && !r.get(0).equals("Bảng")).toList();
    }

    /**
     * s28 review M3: a split: row's two figures are its sum by source and its sum by year, neither a figure "ghi trong
     * văn bản": they stand under headings saying so, in a block of their own, and the declared figures under theirs.
     * 424: the 54 split rows first (the longer block, whose headings are frozen and repeated on every printed page),
     * then the nine declared figures under "Số ghi trong văn bản"; the comparisons stay live formulas.
     */
    @Test
    void theSplitRowsStandUnderHeadingsNamingTheirTwoSums() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("content/ha-tinh-424-2022"));
        List<String> under = new ArrayList<>();
        List<String> heads = List.of();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(0).equals("Bảng")) {
                heads = row;
            } else {
                under.add((row.get(2).startsWith("Cộng theo ") ? "split" : "declared") + " under "
                        + (heads.equals(SPLIT_HEADS) ? "split heads" : heads.equals(DECLARED_HEADS) ? "declared heads" : heads));
                if (row.get(2).startsWith("Cộng theo ")) {
                    assertEquals(List.of(true, true), List.of(row.get(4).startsWith("=SUM("), row.get(5).startsWith("=SUM(")),
                            row.toString());
                }
            }
        }
        List<String> expected = new ArrayList<>(java.util.Collections.nCopies(54, "split under split heads"));
        expected.addAll(java.util.Collections.nCopies(9, "declared under declared heads"));
        assertEquals(expected, under);
        assertEquals(SPLIT_HEADS, rows.get(1), "the longer block's headings, frozen and repeated");
    }

    /**
     * A cell of the whole budget is named by the row it is printed on, as PHỤ LỤC 07 prints it: the source's row,
     * not "Tổng kinh phí" above it (s21 tryout 4).
     */
    @Test
    void eachCrossedCellIsOnItsSourcesRow() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("content/ha-tinh-424-2022"));
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

    /** The check sheet's pages are numbered as every other sheet's, "Trang 27/27" (s21 tryout 5). */
    @Test
    void theCheckSheetsPagesAreNumberedAsTheOtherSheets() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                assertEquals("Trang &P/&N", sheet.getFooter().getCenter(), sheet.getSheetName());
                assertEquals(book.getSheetAt(0).getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER),
                        sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER), sheet.getSheetName());
            }
            assertEquals(BudgetWorkbook.CHECK_SHEET, book.getSheetAt(book.getNumberOfSheets() - 1).getSheetName());
        }
    }


    /** An item's and a group's figures are named by the row as printed: its number and title. */
    @Test
    void aGroupsRowIsItsNumberAndTitle() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("src/test/resources/fixtures/summary-by-year"));
        assertEquals(List.of("I. Hạ tầng số", "Tổng cộng", "Tỷ đồng"), List.of(rows.get(2).get(1), rows.get(2).get(2),
                rows.get(2).get(3)));
    }

    /** With numbering: per-group two items print "1": each is named by its own title (s21 re-read 1). */
    @Test
    void twoItemsPrintingTheSameNumberAreEachNamedByTheirOwnTitle() throws IOException {
        List<List<String>> rows = rows(BudgetWorkbookTest.plan("src/test/resources/fixtures/per-group-numbering"));
        assertEquals(List.of("1. Mua máy chủ", "1. Tập huấn sử dụng chữ ký số"),
                List.of(rows.get(2).get(1), rows.get(3).get(1)));
    }

    private static List<List<String>> rows(ResolvedPlan plan) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            XSSFSheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
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

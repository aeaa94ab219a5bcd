package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.CellRef;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * 424's workbook, read back with POI: the comment on a crossed cell the items do not fix is the sentence of the
 * note under the printed table (made once in compute), naming sources and years, not "trục"; the sheets of the
 * Đề án's annexes carry their caption as signed.
 */
class WorkbookNotesTest {

    /**
     * A plan with no declared: figure says so in the finance officer's words: the source records no figure of the
     * signed text (s28 review H1: "Văn bản không ghi sẵn số tổng nào" read as "the signed decision prints no totals",
     * while 4086's prints one on every row), and where a drafter records them, the source's key named once in brackets.
     * (4086 declares its totals since s29: a fixture without any.)
     */
    @Test
    void theCheckSheetOfAPlanWithoutDeclaredFiguresSpeaksToTheOfficer() throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan("src/test/resources/fixtures/typed-zero");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<String> lines = strings(book.getSheet("Kiểm tra"));
            assertTrue(lines.contains("Tệp nguồn không ghi lại số tổng nào của bản đã ký để đối chiếu: mọi số tổng trong"
                    + " các bảng đều được cộng từ các dòng. Muốn đối chiếu, người soạn ghi các số tổng in trong bản đã ký"
                    + " vào tệp nguồn (mục declared: của bảng). Trang này không in ra giấy."), lines.toString());
            assertFalse(lines.stream().anyMatch(l -> l.contains("Văn bản không ghi sẵn") || l.contains("plan.yaml")),
                    lines.toString());
            // The title and one sentence, no column headings over an empty table (tryout s18, finding 8).
            assertEquals(1, book.getSheet("Kiểm tra").getLastRowNum(), "the title and the sentence");
            org.junit.jupiter.api.Assertions.assertNull(book.getSheet("Kiểm tra").getRepeatingRows());
            // s20: on screen, not on paper: the sheet is shown, and prints only an empty cell beside the sentence.
            int index = book.getSheetIndex("Kiểm tra");
            assertFalse(book.isSheetHidden(index) || book.isSheetVeryHidden(index));
            org.apache.poi.ss.util.CellRangeAddress printed = org.apache.poi.ss.util.CellRangeAddress.valueOf(
                    book.getPrintArea(index).replaceAll(".*!", ""));
            for (org.apache.poi.ss.usermodel.Row row : book.getSheet("Kiểm tra")) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertFalse(printed.isInRange(cell) && !cell.toString().isEmpty(), cell.getAddress().formatAsString());
                }
            }
        }
    }

    @Test
    void theUndeterminedCellsCommentSaysWhyAndTheSheetPrintsNoNote() throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int comments = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                for (CellRef ref : table.sums().open().undetermined()) {
                    String comment = sheet.getRow(firstBody + ref.row()).getCell(ref.column()).getCellComment()
                            .getString().getString();
                    assertEquals(table.sums().open().undeterminedNote().orElseThrow(), comment);
                    assertTrue(comment.startsWith("Không tính được kinh phí của từng nguồn vốn trong các năm 2022, 2024 vì"
                            + " các dòng sau chỉ ghi kinh phí theo nguồn vốn và theo năm (không phân bổ ước lượng): "), comment);
                    assertFalse(comment.contains("trục"), comment);
                    comments++;
                }
                if (!table.sums().open().undetermined().isEmpty()) {
                    // The comment alone says it: the sheet prints the annex as signed, with no note of plandoc's under
                    // it (print.undetermined: declared; s32 review B2).
                    assertFalse(strings(sheet).contains("(…) " + table.sums().open().undeterminedNote().orElseThrow()), sheet.getSheetName());
                }
            }
            assertTrue(comments > 0, "424's summary has crossed cells the items do not fix");
        }
    }

    @Test
    void theAnnexSheetsCarryTheCaptionAsSigned() throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int annexes = 0;
            for (int t = 0; t < places.size(); t++) {
                if (places.get(t).banners().stream().anyMatch(b -> b.caption() && b.text().startsWith("(Kèm theo Đề án"))) {
                    assertTrue(strings(book.getSheetAt(t)).contains(
                            "(Kèm theo Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025)"),
                            book.getSheetAt(t).getSheetName());
                    annexes++;
                }
            }
            assertTrue(annexes >= 6, "the budget annexes PHỤ LỤC 01–07: " + annexes);
        }
    }

    private static List<String> strings(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}

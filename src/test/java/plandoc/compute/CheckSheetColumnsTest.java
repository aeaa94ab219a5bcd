package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.CheckRow;
import plandoc.resolved.CheckSheetView;

/**
 * The check sheet's columns as compute lays them out, measured with the font's widths (Times New Roman 12, as the
 * sheet prints): s23 tryout L4 found "Triệu đồng" wrapped in the unit column and the bold "Chênh lệch" filling its
 * column from rule to rule. Each fits its column less a cell's padding, and the whole sheet still fits the landscape
 * page's 252 mm at full size (s22 tryout M1: wider, it was shrunk under 10 pt).
 */
class CheckSheetColumnsTest {
    /** A cell's padding and rules, which its text cannot use (SheetLayouts). */
    private static final double PADDING_MM = 1.4;

    @Test
    void theUnitAndTheDifferenceHeadingFitTheirColumnsAndTheSheetFitsThePage() {
        CheckSheetView view = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow().workbook().check();
        List<Double> mm = view.columns().stream().map(w -> w / 256.0 * SheetLayouts.CHAR_MM).toList();
        assertEquals("Đơn vị tính", view.heads().get(3));
        for (String unit : List.of("Triệu đồng", "Nghìn đồng")) {
            assertTrue(TextMeasure.mm(unit, SheetLayouts.BODY_PT, false) + PADDING_MM <= mm.get(3),
                    unit + " in " + mm.get(3) + " mm");
        }
        assertTrue(TextMeasure.mm(view.heads().get(3), SheetLayouts.BODY_PT, true) + PADDING_MM <= mm.get(3),
                "the unit's bold heading on one line in " + mm.get(3) + " mm");
        assertEquals("Chênh lệch", view.heads().get(6));
        assertTrue(TextMeasure.mm("Chênh lệch", SheetLayouts.BODY_PT, true) + PADDING_MM <= mm.get(6),
                "Chênh lệch in " + mm.get(6) + " mm");
        double total = mm.stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(total <= SheetLayouts.PAGE_MM, total + " mm");
    }

    /**
     * s27 tryout 6: with fixed widths (a 20-digit "Dòng", a 19-digit "Kết quả" holding "Khớp") 424's long item titles
     * wrapped into 6–9 lines and its 63 rows printed on 18 pages, some of 3 rows. The widths now follow the cells:
     * every sheet name and unit on one line, and the rows, laid on landscape pages under the repeated title and
     * headings, take one page for the nine declared figures and nine for the 54 split rows, on their own sheet under
     * their own headings (s28 tryout F3: on one sheet the declared figures' last page stood under the split rows').
     */
    @Test
    void fourTwoFoursCheckRowsPrintOnTenPagesTheSheetAndUnitOnOneLine() {
        CheckSheetView view = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow().workbook().check();
        assertEquals(9, view.rows().size());
        CheckSheetView splits = view.splits().orElseThrow();
        assertEquals(54, splits.rows().size());
        assertEquals("Cộng theo nguồn vốn", splits.heads().get(4));
        assertEquals("Số ghi trong văn bản", view.heads().get(4));
        assertEquals(List.of(1, 9), List.of(pages(view), pages(splits)), "pages of the two check sheets at full size");
    }

    /** The sheet's printed pages at full size, each row checked to hold its sheet name and unit on one line. */
    private static int pages(CheckSheetView view) {
        List<Double> mm = view.columns().stream().map(w -> w / 256.0 * SheetLayouts.CHAR_MM).toList();
        for (CheckRow row : view.rows()) {
            for (int c : new int[] {0, 3}) {
                assertTrue(TextMeasure.mm(row.texts().get(c), SheetLayouts.BODY_PT, false) + PADDING_MM <= mm.get(c),
                        row.texts().get(c) + " in " + mm.get(c) + " mm");
            }
        }
        double room = PageBreaks.PRINTABLE_PT - view.headPt().orElseThrow() - SheetLayouts.ONE_LINE_PT * 13 / 12;
        int pages = 1;
        double used = 0;
        for (CheckRow row : view.rows()) {
            double pt = row.heightPt().orElse(SheetLayouts.ONE_LINE_PT);
            if (used + pt > room) {
                pages++;
                used = 0;
            }
            used += pt;
        }
        return pages;
    }
}

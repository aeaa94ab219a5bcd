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
     * headings, take 11 pages.
     */
    @Test
    void fourTwoFoursCheckRowsPrintOnElevenPagesTheSheetAndUnitOnOneLine() {
        CheckSheetView view = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow().workbook().check();
        List<Double> mm = view.columns().stream().map(w -> w / 256.0 * SheetLayouts.CHAR_MM).toList();
        // s28 review M3: the 54 split rows first under their own headings (frozen and repeated), then the nine
        // declared figures under theirs.
        assertEquals(9, view.rows().size());
        assertEquals(54, view.splits().size());
        assertTrue(view.splitsFirst());
        List<CheckRow> all = new java.util.ArrayList<>(view.splits());
        all.addAll(view.rows());
        for (CheckRow row : all) {
            for (int c : new int[] {0, 3}) {
                assertTrue(TextMeasure.mm(row.texts().get(c), SheetLayouts.BODY_PT, false) + PADDING_MM <= mm.get(c),
                        row.texts().get(c) + " in " + mm.get(c) + " mm");
            }
        }
        double room = PageBreaks.PRINTABLE_PT - view.splitHeadPt().orElseThrow() - SheetLayouts.ONE_LINE_PT * 13 / 12;
        List<Double> heights = new java.util.ArrayList<>(view.splits().stream()
                .map(r -> r.heightPt().orElse(SheetLayouts.ONE_LINE_PT)).toList());
        heights.add(view.headPt().orElseThrow());
        view.rows().forEach(r -> heights.add(r.heightPt().orElse(SheetLayouts.ONE_LINE_PT)));
        int pages = 1;
        double used = 0;
        for (double pt : heights) {
            if (used + pt > room) {
                pages++;
                used = 0;
            }
            used += pt;
        }
        assertEquals(11, pages, "pages of the check sheet at full size");
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
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
}

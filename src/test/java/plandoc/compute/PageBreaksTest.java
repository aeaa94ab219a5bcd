package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetPages.PrintedRows;

/**
 * PageBreaks on sheets of made-up row heights: a page takes the rows that fit, ends above a row that must go with
 * the next, fits in every print part, and a sheet is printed up to 5 points smaller only when that saves a page.
 * A page at 100 % holds 479.9 pt (170 mm less 2 pt).
 */
class PageBreaksTest {

    /** Row 0 a 30 pt title, row 1 a 30 pt header (repeated), then {@code body} rows of {@code pt} each. */
    private static double[] sheet(int body, double pt) {
        double[] heights = new double[2 + body];
        Arrays.fill(heights, pt);
        heights[0] = 30;
        heights[1] = 30;
        return heights;
    }

    private static PageBreaks breaks(double[] heights, boolean[] keeps, PrintedRows... parts) {
        return new PageBreaks(heights, 1, 2, keeps, List.of(parts));
    }

    @Test
    void eachPageTakesTheRowsThatFit() {
        // Page 1: 60 pt above the body, 20 rows of 20 pt (460 pt); page 2: the 30 pt header, 22 rows (470 pt).
        double[] heights = sheet(50, 20);
        PageBreaks.Layout layout = breaks(heights, new boolean[heights.length], new PrintedRows(0, 51)).at((short) 100);
        assertEquals(List.of(21, 43), layout.breaks());
        assertEquals(3, layout.pages());
    }

    @Test
    void aPageEndsAboveARowThatGoesWithTheNext() {
        // 21 rows: the 20th (sheet row 21) would end page 1, but it goes with the total under it.
        double[] heights = sheet(21, 20);
        boolean[] keeps = new boolean[heights.length];
        keeps[21] = true;
        PageBreaks.Layout layout = breaks(heights, keeps, new PrintedRows(0, 22)).at((short) 100);
        assertEquals(List.of(20), layout.breaks());
        // A run of rows that all go with the next ends where the page is full.
        Arrays.fill(keeps, true);
        assertEquals(List.of(21), breaks(heights, keeps, new PrintedRows(0, 22)).at((short) 100).breaks());
    }

    @Test
    void aPageFitsInEveryPartThatPrintsIt() {
        // A 60 pt title over the first part only (the second prints from row 1): page 1 holds 19 rows (470 pt) in
        // the first part, 20 in the second; the 450 pt last row is the second part's alone, on a page of its own.
        double[] heights = sheet(21, 20);
        heights[0] = 60;
        heights[22] = 450;
        PageBreaks breaks = breaks(heights, new boolean[heights.length], new PrintedRows(0, 21),
                new PrintedRows(1, 22));
        PageBreaks.Layout layout = breaks.at((short) 100);
        assertEquals(List.of(20, 21), layout.breaks());
        assertEquals(5, layout.pages(), "two pages of the first part, three of the second");
    }

    @Test
    void aSheetIsPrintedUpToFivePointsSmallerToSaveAPage() {
        // 22 rows and the title: 500 pt, 20 pt too many for 100 %; a page holds 499.97 pt at 96 %, 505 pt at 95 %.
        double[] heights = sheet(22, 20);
        PageBreaks breaks = breaks(heights, new boolean[heights.length], new PrintedRows(0, 23));
        PageBreaks.Layout layout = breaks.layout((short) 100);
        assertEquals(95, layout.scale());
        assertEquals(List.of(), layout.breaks());
        // 25 rows would need 80 % for one page: the sheet stays at 100 % on two.
        double[] taller = sheet(25, 20);
        layout = breaks(taller, new boolean[taller.length], new PrintedRows(0, 26)).layout((short) 100);
        assertEquals(100, layout.scale());
        assertEquals(2, layout.pages());
        // Never below 84 %, where 12 pt prints at 10 pt: 568 pt fit one page at 84 % (571.7 pt), 575 pt only at 83 %.
        taller[2] = 28;
        assertEquals(84, breaks(taller, new boolean[taller.length], new PrintedRows(0, 26)).layout((short) 86).scale());
        taller[2] = 35;
        assertEquals(86, breaks(taller, new boolean[taller.length], new PrintedRows(0, 26)).layout((short) 86).scale());
    }
}

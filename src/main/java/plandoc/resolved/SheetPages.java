package plandoc.resolved;

import java.util.List;

/**
 * How a table's sheet prints, as compute laid out its pages from the row heights the sheet stores: the scale
 * (a scale, never "fit to page", under which Excel ignores manual breaks), the rows after which each page ends,
 * and the rows each print part prints. Excel and LibreOffice print these pages because every row states its height.
 *
 * @param scale  the print scale in percent: the largest at which the columns fit the landscape text width, or up to
 *               5 points less when that prints fewer pages
 * @param breaks the sheet rows after which a printed page ends (a manual row break each), in order
 * @param parts  the rows each print part prints (one part for a table printed whole)
 * @param pages  the pages the sheet prints, every part's added up
 */
public record SheetPages(int scale, List<Integer> breaks, List<PrintedRows> parts, int pages) {
    public SheetPages {
        breaks = List.copyOf(breaks);
        parts = List.copyOf(parts);
    }

    /**
     * The sheet rows one print part prints, from the top of its print area to its last row: the first part from the
     * sheet's top, a later one from the unit line; each to the last row its PDF part prints.
     */
    public record PrintedRows(int top, int bottom) {
    }
}

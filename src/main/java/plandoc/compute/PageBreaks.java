package plandoc.compute;

import plandoc.resolved.RowView;
import plandoc.resolved.SheetPages;
import plandoc.resolved.SheetPages.PrintedRows;
import plandoc.resolved.SheetParts;
import plandoc.resolved.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a table's sheet breaks into printed pages, and at which scale: the rows are laid out on landscape pages
 * from the heights the sheet states for every row (so Excel and LibreOffice print the same pages), each page taking
 * the rows that fit the printable height at the scale, page 1 under the lines above the table, the later ones under
 * the repeated header rows; a row that must not end a page (a group heading, the row above a total or above the
 * notes) goes overleaf with the next. The breaks are the sheet's: a table printed in column parts breaks every part
 * at the same rows, so a page must fit in each part as that part prints it (page 1 of the first part under the
 * title, the notes under the first part, the totals in the parts that hold their figures). Laid out from the heights
 * as the sheet stores them (whole twentieths of a point): breaks worked out on the unrounded heights could shrink a
 * sheet for a page its stored rows do not need (424's Phụ lục 05 at 91 %, s22).
 */
final class PageBreaks {
    /** The printable height of a landscape A4 page between the Decree's top and bottom margins, in points. */
    static final double PRINTABLE_PT = (210 - 20 - 20) / 25.4 * 72;
    /** Room left at each page's foot for the viewers' rounding of row heights (to pixels, to twips) at a scale. */
    static final double SLACK_PT = 2;
    /** How many points below the scale its columns allow a sheet may print when that saves a page. */
    static final int SHRINK = 5;
    /** The smallest scale a page is saved at: 12 pt type printed at 10 pt or more. */
    static final int LEAST_SCALE = 84;

    /**
     * A sheet laid out at a scale.
     *
     * @param breaks the rows after which a page ends (a manual row break each)
     * @param pages  the pages printed, every part's added up
     */
    record Layout(short scale, List<Integer> breaks, int pages) {
    }

    /**
     * The printed pages of {@code table}'s sheet: its rows of {@code rowsTwips} (every sheet row, from the first
     * banner), its columns {@code columnsMm} wide, printed whole or in {@code parts}; the header from sheet row
     * {@code firstHeader}, the body from {@code firstBody}.
     */
    static SheetPages of(TableView table, SheetParts parts, List<Double> columnsMm, List<Integer> rowsTwips,
                         int firstHeader, int firstBody) {
        int width = columnsMm.size();
        List<PrintedRows> printed = printedRows(table, parts, firstBody, rowsTwips.size() - 1);
        short widest = parts.split() ? scaleInParts(parts, columnsMm) : scale(SheetLayouts.span(columnsMm, 0, width - 1));
        double[] heights = new double[rowsTwips.size()];
        for (int r = 0; r < heights.length; r++) {
            heights[r] = rowsTwips.get(r) / 20.0;
        }
        boolean[] keeps = new boolean[heights.length];
        List<Boolean> rows = TableLayouts.keptWithNext(table);
        for (int i = 0; i < rows.size(); i++) {
            keeps[firstBody + i] = rows.get(i);
        }
        Layout layout = new PageBreaks(heights, firstHeader, firstBody, keeps, printed).layout(widest);
        return new SheetPages(layout.scale(), layout.breaks(), printed, layout.pages());
    }

    /**
     * The rows each print part prints: a table printed whole, the whole sheet; in column parts, the first part
     * from the sheet's top (heading, title, caption over its columns), each later part from the unit line, each
     * to the last row its PDF part prints. The notes stand under the first part's columns: that part prints to
     * the sheet's last row when the table has notes, with any total above them.
     */
    private static List<PrintedRows> printedRows(TableView table, SheetParts parts, int firstBody, int lastRow) {
        int unitRow = firstBody - table.header().size() - 1;
        List<PrintedRows> printed = new ArrayList<>();
        for (int p = 0; p < parts.starts().size(); p++) {
            int bottom = p == 0 && !table.notes().isEmpty() ? lastRow : firstBody + parts.lastRows().get(p);
            printed.add(new PrintedRows(p == 0 ? 0 : unitRow, bottom));
        }
        return printed;
    }

    /**
     * A table the PDF prints in column parts prints in the same parts at one scale for all pages, at most the largest
     * at which the widest part, beside the repeated STT and title, fits the landscape text width.
     */
    private static short scaleInParts(SheetParts parts, List<Double> columnsMm) {
        int width = columnsMm.size();
        double titlesMm = parts.titles() == 0 ? 0 : SheetLayouts.span(columnsMm, 0, parts.titles() - 1);
        double widest = 0;
        for (int p = 0; p < parts.starts().size(); p++) {
            widest = Math.max(widest, (p == 0 ? 0 : titlesMm)
                    + SheetLayouts.span(columnsMm, p == 0 ? 0 : parts.starts().get(p), parts.last(p, width)));
        }
        return scale(widest);
    }

    /** The largest whole percentage at which {@code widthMm} fits the landscape text width, at most 100. */
    private static short scale(double widthMm) {
        return (short) Math.max(10, Math.min(100, Math.floor(100 * SheetLayouts.PAGE_MM / widthMm)));
    }

    private final double[] heights;
    private final int firstHeader;
    private final int firstBody;
    private final boolean[] keepsWithNext;
    private final List<PrintedRows> parts;
    private final int last;

    /**
     * @param heights       every row's printed height in points, from the sheet's first row to its last
     * @param keepsWithNext the rows that must not end a page
     * @param parts         what each print part prints (one part for a table printed whole)
     */
    PageBreaks(double[] heights, int firstHeader, int firstBody, boolean[] keepsWithNext, List<PrintedRows> parts) {
        this.heights = heights;
        this.firstHeader = firstHeader;
        this.firstBody = firstBody;
        this.keepsWithNext = keepsWithNext;
        this.parts = parts;
        this.last = parts.stream().mapToInt(PrintedRows::bottom).max().orElse(firstBody - 1);
    }

    /**
     * The layout at the scale the columns allow, or at up to {@link #SHRINK} points less when that prints fewer
     * pages (the largest scale that does): 424's Phụ lục 03 left its last item and total on a page of their own
     * in each column part at 91 %, by under 4 pt.
     */
    Layout layout(short widest) {
        Layout best = at(widest);
        for (int scale = widest - 1; scale >= Math.max(LEAST_SCALE, widest - SHRINK); scale--) {
            Layout smaller = at((short) scale);
            if (smaller.pages() < best.pages()) {
                best = smaller;
            }
        }
        return best;
    }

    /** The pages at {@code scale}: each as full as it can be, moved back over rows that must not end it. */
    Layout at(short scale) {
        double page = PRINTABLE_PT * 100 / scale - SLACK_PT;
        List<Integer> breaks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = firstBody;
        while (start <= last) {
            starts.add(start);
            int end = start;
            while (end < last && fits(starts.size() == 1, start, end + 1, page)) {
                end++;
            }
            if (end < last) {
                int back = end;
                while (back > start && keepsWithNext[back]) {
                    back--;
                }
                // A page of rows that all keep with the next (a run of headings) ends where it is full.
                if (!keepsWithNext[back]) {
                    end = back;
                }
                breaks.add(end);
            }
            start = end + 1;
        }
        int pages = 0;
        for (PrintedRows part : parts) {
            for (int s : starts) {
                if (s <= part.bottom()) {
                    pages++;
                }
            }
        }
        return new Layout(scale, breaks, pages);
    }

    /** Whether rows {@code start} to {@code end} fit one page in every part that prints them. */
    private boolean fits(boolean first, int start, int end, double page) {
        for (PrintedRows part : parts) {
            double used = first ? rows(part.top(), firstBody - 1) : rows(firstHeader, firstBody - 1);
            used += rows(start, Math.min(end, part.bottom()));
            if (used > page) {
                return false;
            }
        }
        return true;
    }

    private double rows(int first, int last) {
        double pt = 0;
        for (int r = first; r <= last; r++) {
            pt += heights[r];
        }
        return pt;
    }
}

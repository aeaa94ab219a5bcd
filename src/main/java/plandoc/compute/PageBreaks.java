package plandoc.render.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a table's sheet breaks into printed pages, and at which scale: the rows are laid out on landscape pages
 * from the heights the sheet states for every row (so Excel and LibreOffice print the same pages), each page taking
 * the rows that fit the printable height at the scale, page 1 under the lines above the table, the later ones under
 * the repeated header rows; a row that must not end a page (a group heading, the row above a total or above the
 * notes) goes overleaf with the next. The breaks are the sheet's: a table printed in column parts breaks every part
 * at the same rows, so a page must fit in each part as that part prints it (page 1 of the first part under the
 * title, the notes under the first part, the totals in the parts that hold their figures).
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

    /** The rows one print part prints, from the top of its print area to its last row. */
    record Part(int top, int bottom) {
    }

    /**
     * A sheet laid out at a scale.
     *
     * @param breaks the rows after which a page ends (a manual row break each)
     * @param pages  the pages printed, every part's added up
     */
    record Layout(short scale, List<Integer> breaks, int pages) {
    }

    private final double[] heights;
    private final int firstHeader;
    private final int firstBody;
    private final boolean[] keepsWithNext;
    private final List<Part> parts;
    private final int last;

    /**
     * @param heights       every row's printed height in points, from the sheet's first row to its last
     * @param keepsWithNext the rows that must not end a page
     * @param parts         what each print part prints (one part for a table printed whole)
     */
    PageBreaks(double[] heights, int firstHeader, int firstBody, boolean[] keepsWithNext, List<Part> parts) {
        this.heights = heights;
        this.firstHeader = firstHeader;
        this.firstBody = firstBody;
        this.keepsWithNext = keepsWithNext;
        this.parts = parts;
        this.last = parts.stream().mapToInt(Part::bottom).max().orElse(firstBody - 1);
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
        for (Part part : parts) {
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
        for (Part part : parts) {
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

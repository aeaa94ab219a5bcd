package plandoc.resolved;

import java.util.List;

/**
 * How the sheet of a table the PDF prints in column parts is printed: the row-title columns every part repeats
 * ({@code titles}: STT and the title), the sheet column where each part's own columns begin, and the last body row
 * each part prints ({@code lastRows}, counted from the first body row): the PDF's part leaves out a closing "Tổng"
 * whose figures are all in other parts, and so does the part's print area. A table printed whole is one part of all
 * its columns and rows.
 */
public record SheetParts(int titles, List<Integer> starts, List<Integer> lastRows) {
    public SheetParts {
        starts = List.copyOf(starts);
        lastRows = List.copyOf(lastRows);
    }

    public boolean split() {
        return starts.size() > 1;
    }

    /** The last sheet column of part {@code p} of a table {@code width} columns wide. */
    public int last(int p, int width) {
        return p + 1 < starts.size() ? starts.get(p + 1) - 1 : width - 1;
    }
}

package plandoc.render.xlsx;

/**
 * The number format of budget figures. Format codes are stored in the file in Excel's invariant
 * notation ({@code #,##0.00}); the {@code [$-42A]} tag marks them Vietnamese, so Excel and
 * LibreOffice under a Vietnamese locale (and LibreOffice everywhere) show {@code 1.447,50}.
 * Each section ends with {@code _)}, room the width of ")" after the figure (the accountants' usual padding):
 * LibreOffice printed right-aligned figures against the cell's right rule ("500,0|", "0,0Khớp" beside the next
 * cell: s23 tryout L4). The column's width allows for it ({@link plandoc.compute.SheetLayouts#FIGURE_ROOM_MM}).
 */
public final class NumberFormat {
    /** The room after a figure, and after a text ("…") in a figure's cell: a ")" wide. */
    private static final String PADDING = "_)";

    private NumberFormat() {
    }

    /**
     * @param hideZero for a live total (a formula): shows blank rather than 0 when its items hold nothing, as the
     *                 printed table does
     */
    public static String code(int decimals, boolean hideZero) {
        String number = (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)) + PADDING;
        // Positive; negative; zero (empty: blank); text, the "…" of a figure the items leave open.
        return "[$-42A]" + number + ";-" + number + ";" + (hideZero ? "" : number) + ";@" + PADDING;
    }
}

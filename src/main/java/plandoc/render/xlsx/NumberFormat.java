package plandoc.render.xlsx;

/**
 * The number format of budget figures. Format codes are stored in the file in Excel's invariant
 * notation ({@code #,##0.00}); the {@code [$-42A]} tag marks them Vietnamese, so Excel and
 * LibreOffice under a Vietnamese locale (and LibreOffice everywhere) show {@code 1.447,50}.
 */
public final class NumberFormat {
    private NumberFormat() {
    }

    /**
     * @param hideZero for a live total whose items hold nothing yet: shows blank rather than 0,
     *                 as the printed table does
     */
    public static String code(int decimals, boolean hideZero) {
        String number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        String code = "[$-42A]" + number + ";-" + number;
        return hideZero ? code + ";" : code;
    }
}

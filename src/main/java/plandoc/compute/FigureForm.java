package plandoc.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the site's chrome writes the figures it shows itself (the index's totals, the agency view's money,
 * counts), in the chrome's language ({@code --lang}): Vietnamese "724.900" and "1.234,5", English "724,900"
 * and "1,234.5". The documents are Vietnamese in every language and keep {@link VietnameseNumbers}.
 * Vietnamese is that same form (the chrome writes a figure as the document beside it does); English is
 * java.text's, loaded only by an English build.
 */
public final class FigureForm {
    public static final FigureForm VIETNAMESE = new FigureForm(false);
    public static final FigureForm ENGLISH = new FigureForm(true);

    private final boolean english;

    private FigureForm(boolean english) {
        this.english = english;
    }

    /** The form of the chrome in {@code language} ("en", else Vietnamese, as {@code --lang} reads). */
    public static FigureForm of(String language) {
        return "en".equals(language) ? ENGLISH : VIETNAMESE;
    }

    /** A figure with exactly {@code decimals} decimals, rounded half up when it has more. */
    public String format(BigDecimal value, int decimals) {
        if (!english) {
            return VietnameseNumbers.format(value, decimals);
        }
        // A new instance per call: DecimalFormat is not thread-safe, and the site pages are made on several threads.
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A whole count: "1.234" or "1,234". */
    public String format(long count) {
        return format(BigDecimal.valueOf(count), 0);
    }

    /** Every decimal the figure has, none more: "724.900", "1,5" (English "724,900", "1.5"). */
    public String exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return format(stripped, Math.max(0, stripped.scale()));
    }
}

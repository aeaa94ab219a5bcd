package plandoc.compute;

import java.util.Locale;
import plandoc.resolved.RuleWidth;

/** A rule's measured width as the document prints it: to a tenth of a millimetre, the number and its CSS alike. */
final class RuleWidths {
    private RuleWidths() {
    }

    /**
     * {@code mm} to a tenth ("31.7mm"). The number is read back from the text rounded once, so that the Word copy's
     * rule and the PDF's cannot differ by a second rounding of their own.
     */
    static RuleWidth of(double mm) {
        String tenths = String.format(Locale.ROOT, "%.1f", mm);
        return new RuleWidth(Double.parseDouble(tenths), tenths + "mm");
    }
}

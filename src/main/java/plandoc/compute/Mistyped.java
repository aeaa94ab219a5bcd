package plandoc.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure typed as another one mistyped: written with the decimals typed, the two have the same number of digits and
 * differ in one digit (22.551,4 for 22.551,5) or in two neighbouring digits swapped (22.515,5 for 22.551,5), and at
 * least four digits, so that "6" for "5" is not taken for a slip of the hand. A figure of its own (5,7 for 6,0: two
 * digits) is not.
 */
final class Mistyped {
    private Mistyped() {
    }

    static boolean digits(BigDecimal typed, BigDecimal computed, int decimals) {
        String a = typed.setScale(decimals, RoundingMode.HALF_UP).unscaledValue().abs().toString();
        String b = computed.setScale(decimals, RoundingMode.HALF_UP).unscaledValue().abs().toString();
        if (a.length() != b.length() || a.length() < 4 || a.equals(b)) {
            return false;
        }
        int first = -1;
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        // Two differences, both made by swapping the first with its neighbour.
        return differing == 1 || differing == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }
}

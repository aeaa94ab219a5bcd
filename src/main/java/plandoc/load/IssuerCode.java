package plandoc.load;

import java.util.Optional;

/**
 * The issuer's identifier in the e-document system (mã định danh, Decree 30 Phụ lục VI; QCVN
 * 102:2016; levels of QĐ 20/2020/QĐ-TTg): 13 characters, upper-case letters, digits and dots, e.g.
 * {@code 000.00.00.H25} — level 4 (three digits), level 3, level 2 (two digits each), level 1 (a
 * letter and two digits), separated by dots.
 */
final class IssuerCode {
    static final int LENGTH = 13;
    /** Positions (0-based) of the dots and of level 1's letter; every other position holds a digit. */
    private static final int[] DOTS = {3, 6, 9};
    private static final int LETTER = 10;
    /** Level 1's digits are sure (a province's H25); levels 2–4 are digits in every code seen, not checked rules. */
    private static final int FIRST_LEVEL_DIGITS = 11;

    private IssuerCode() {
    }

    static boolean hasLength(String code) {
        return code.length() == LENGTH;
    }

    /**
     * The first character out of the code's shape, in a code of 13 characters: where (1-based), what
     * stands there, what belongs there, and whether the slip is sure (dots, level 1, a character no code
     * holds) or only unusual (an upper-case letter among levels 2–4's digits).
     */
    record Slip(int position, char found, String expected, boolean sure) {
        /** The letter O written for 0, or I for 1, named so the officer sees it. */
        Optional<String> lookAlike() {
            return switch (found) {
                case 'O' -> Optional.of("issuer.code-o-for-zero");
                case 'I', 'l' -> Optional.of("issuer.code-i-for-one");
                default -> Optional.empty();
            };
        }
    }

    static Optional<Slip> slip(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            // The message's key naming what belongs at i.
            String expected = isDot(i) ? "issuer.code-dot" : i == LETTER ? "issuer.code-letter" : "issuer.code-digit";
            boolean fits = isDot(i) ? c == '.' : i == LETTER ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
            if (!fits) {
                boolean sure = isDot(i) || i == LETTER || i >= FIRST_LEVEL_DIGITS || c < 'A' || c > 'Z';
                return Optional.of(new Slip(i + 1, c, expected, sure));
            }
        }
        return Optional.empty();
    }

    private static boolean isDot(int i) {
        for (int d : DOTS) {
            if (d == i) {
                return true;
            }
        }
        return false;
    }
}

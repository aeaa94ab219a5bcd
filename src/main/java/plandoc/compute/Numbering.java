package plandoc.compute;

import java.util.List;
import plandoc.model.AppendixNumbering;
import plandoc.model.NumberingStyle;

/** The printed numbers of sections, articles and appendices in every style of the contract. */
public final class Numbering {
    /** Decree 30's điểm letters: the Vietnamese alphabet without ă, â, ê, ô, ơ, ư (and no f, j, w, z). */
    static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
            "p", "q", "r", "s", "t", "u", "v", "x", "y");

    private static final List<String> ORDINALS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
            "chín", "mười");

    private Numbering() {
    }

    /** 1 → I, 4 → IV, 1990 → MCMXC. */
    public static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    /**
     * 1 → a, 5 → đ, 23 → y. Past y the sequence starts again doubled (aa, bb … yy, then aaa …): the
     * decree stops at y, and doubling is how long legal lists are continued in practice.
     */
    public static String letter(int n) {
        int index = (n - 1) % LETTERS.size();
        int repeat = (n - 1) / LETTERS.size() + 1;
        return LETTERS.get(index).repeat(repeat);
    }

    /** 1 → "thứ nhất", 2 → "thứ hai", 4 → "thứ tư", 11 → "thứ mười một", 21 → "thứ hai mươi mốt". */
    public static String ordinal(int n) {
        if (n <= 10) {
            return "thứ " + ORDINALS.get(n - 1);
        }
        return "thứ " + cardinal(n);
    }

    private static String cardinal(int n) {
        String[] units = {"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
        if (n < 10) {
            return units[n];
        }
        if (n < 20) {
            return "mười" + (n % 10 == 0 ? "" : " " + (n % 10 == 5 ? "lăm" : units[n % 10]));
        }
        if (n < 100) {
            int unit = n % 10;
            String tail = switch (unit) {
                case 0 -> "";
                case 1 -> " mốt";
                case 4 -> " tư";
                case 5 -> " lăm";
                default -> " " + units[unit];
            };
            return units[n / 10] + " mươi" + tail;
        }
        return Integer.toString(n);
    }

    /**
     * The bare number of the {@code index}-th (1-based) section in a style; {@code parent} is the
     * enclosing section's bare number, used by the decimal style (1.2).
     */
    public static String number(NumberingStyle style, int index, String parent) {
        return switch (style) {
            case PART -> ordinal(index);
            case ROMAN -> roman(index);
            case ARABIC -> Integer.toString(index);
            case DECIMAL -> parent.isEmpty() ? Integer.toString(index) : parent + "." + index;
            case LETTER -> letter(index);
            case DASH -> "";
        };
    }

    /** The number as printed before a heading: "Phần thứ nhất", "I.", "1.", "1.1.", "a)", "-". */
    public static String heading(NumberingStyle style, String number) {
        return switch (style) {
            case PART -> "Phần " + number;
            case ROMAN, ARABIC, DECIMAL -> number + ".";
            case LETTER -> number + ")";
            case DASH -> "-";
        };
    }

    /** An appendix number: 3, 03 or III. */
    public static String appendix(AppendixNumbering style, int index) {
        return switch (style) {
            case ARABIC -> Integer.toString(index);
            case ARABIC_2 -> String.format("%02d", index);
            case ROMAN -> roman(index);
        };
    }
}

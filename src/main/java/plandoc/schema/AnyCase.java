package plandoc.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A JSON Schema pattern (ECMA 262, which has no case-insensitive flag) that matches a word in the forms the
 * loader reads a stamp level in ({@code load.IssuedDocumentReader}): any letter case, any run of spaces between
 * the words and around them, and the older placing of the tone mark on "oa" ("Hoả tốc" for "Hỏa tốc").
 */
final class AnyCase {
    /** A toned o before a → the same tone on the a ("ỏa" → "oả"), as the loader folds the older spelling. */
    private static final String TONED_O = "òóỏõọ";
    private static final String TONED_A = "àáảãạ";

    private AnyCase() {
    }

    static String pattern(List<String> words) {
        return words.stream().map(AnyCase::word).collect(Collectors.joining("|", "^\\s*(?:", ")\\s*$"));
    }

    private static String word(String word) {
        StringBuilder out = new StringBuilder();
        String[] parts = word.strip().split("\\s+");
        for (int p = 0; p < parts.length; p++) {
            out.append(p == 0 ? "" : "\\s+");
            String part = parts[p];
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                int tone = TONED_O.indexOf(Character.toLowerCase(c));
                if (tone >= 0 && i + 1 < part.length() && Character.toLowerCase(part.charAt(i + 1)) == 'a') {
                    out.append("(?:").append(letter(c)).append(letter('a')).append('|')
                            .append(letter('o')).append(letter(TONED_A.charAt(tone))).append(')');
                    i++;
                } else {
                    out.append(letter(c));
                }
            }
        }
        return out.toString();
    }

    private static String letter(char c) {
        char lower = Character.toLowerCase(c);
        char upper = Character.toUpperCase(c);
        if (lower != upper) {
            return "[" + upper + lower + "]";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}

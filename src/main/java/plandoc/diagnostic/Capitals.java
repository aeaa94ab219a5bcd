package plandoc.diagnostic;

import java.text.Normalizer;

/**
 * Whether a name was typed all in capitals ("NGUYỄN VĂN A", "SỞ NỘI VỤ"): one rule for the fields load reads
 * (signer, place, issuer) and the agencies validate checks in the tables, so both warn on the same names.
 */
public final class Capitals {
    private Capitals() {
    }

    /**
     * No lower-case letter and at least two words of letters that are not initialisms ("UBND tỉnh" is not one;
     * "SỞ NỘI VỤ" is).
     */
    public static boolean typedInCapitals(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        if (normal.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        int words = 0;
        for (String word : normal.split("[\\s,;.()\\-–/]+")) {
            if (word.codePoints().allMatch(Character::isLetter) && word.length() >= 2 && !initialism(word)) {
                words++;
            }
        }
        return words >= 2;
    }

    /** "UBND", "HĐND", "TP", "KT": no vowel, or vowels only where an initialism puts them (U-B-N-D). */
    private static boolean initialism(String word) {
        String key = Folding.folded(word);
        return !key.matches(".*[aeiouy].*") || key.matches("ubnd|hdnd|mttq|ubmttq|vp|tt|ct|pct|uv");
    }
}

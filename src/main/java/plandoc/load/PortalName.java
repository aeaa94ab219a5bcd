package plandoc.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Suggestions;

/**
 * The portal's name ({@code portal:}) usually holds the province's ({@code province:}), and is printed on every
 * page title and the feed: a near-miss of it there ("tỉnh Quảng Tri" for Quảng Trị, s29 F14) is a typo every
 * reader sees.
 */
final class PortalName {
    /** Below this many letters one edit turns a name into another word, not a typo of it. */
    private static final int SHORTEST_FOR_ONE_EDIT = 5;

    private PortalName() {
    }

    /**
     * The words of {@code portal} that nearly spell {@code province} — the same letters without marks, or one edit
     * away — when the portal does not hold the name itself; empty otherwise.
     */
    static Optional<String> nearMiss(String portal, String province) {
        String name = nfc(province).strip();
        String[] words = nfc(portal).strip().split("\\s+");
        int size = name.split("\\s+").length;
        if (name.isEmpty() || contains(words, name, size)) {
            return Optional.empty();
        }
        for (int i = 0; i + size <= words.length; i++) {
            String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + size));
            String lower = window.toLowerCase(Locale.ROOT);
            String nameLower = name.toLowerCase(Locale.ROOT);
            boolean sameLetters = Folding.folded(window).equals(Folding.folded(name));
            boolean oneEdit = nameLower.length() >= SHORTEST_FOR_ONE_EDIT && Suggestions.distance(lower, nameLower) == 1;
            if (sameLetters || oneEdit) {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }

    /** The portal's name with the near-miss written as the province's name. */
    static String corrected(String portal, String miss, String province) {
        return nfc(portal).strip().replace(miss, nfc(province).strip());
    }

    private static boolean contains(String[] words, String name, int size) {
        for (int i = 0; i + size <= words.length; i++) {
            if (String.join(" ", java.util.Arrays.copyOfRange(words, i, i + size)).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

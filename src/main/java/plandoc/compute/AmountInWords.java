package plandoc.compute;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An amount of đồng spelled out the way decisions write it after "Bằng chữ:": "Bảy trăm hai mươi
 * bốn tỷ, chín trăm triệu đồng". The words come from ICU's Vietnamese spell-out (CLDR rules); three
 * things differ from the official wording and are adjusted here: a 4 after "mươi" is "bốn" (ICU says
 * "tư"), a comma follows each top-level scale word (tỷ, triệu, nghìn) that more words follow, and the
 * sentence starts with a capital and ends with "đồng".
 */
public final class AmountInWords {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Scale words by size; "nghìn" in "một nghìn bốn trăm tỷ" is not top-level, a later "tỷ" is larger. */
    private static final Map<String, Integer> SCALES = Map.of("nghìn", 1, "triệu", 2, "tỷ", 3);
    // RuleBasedNumberFormat is not thread-safe; plans are resolved on several threads.
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(VI, RuleBasedNumberFormat.SPELLOUT));

    private AmountInWords() {
    }

    /** {@code dong} must be a whole number of đồng (money is never spelled in fractions of a đồng). */
    public static String dong(BigDecimal dong) {
        return sentence(SPELLOUT.get().format(dong.setScale(0, java.math.RoundingMode.HALF_UP).toBigIntegerExact()))
                + " đồng";
    }

    /**
     * The amount a "Bằng chữ" phrase spells ("Bảy trăm hai mươi bốn tỷ, chín trăm triệu"), read back by
     * ICU's lenient parse; empty when the words are not a number as a whole.
     */
    public static java.util.Optional<BigDecimal> parse(String words) {
        String text = words.toLowerCase(VI).replace(",", " ").replaceAll("\\blinh\\b", "lẻ").replaceAll("\\s+", " ").strip();
        RuleBasedNumberFormat format = SPELLOUT.get();
        format.setLenientParseMode(true);
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        Number n = format.parse(text, position);
        if (n == null || position.getIndex() < text.length()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new BigDecimal(n.toString()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // NaN or infinity: not an amount
        }
    }

    /** ICU's words with the official adjustments, without the unit. */
    static String sentence(String icu) {
        String[] words = icu.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("tư") && i > 0 && words[i - 1].equals("mươi")) {
                w = "bốn";
            }
            Integer scale = SCALES.get(w);
            if (scale != null && i < words.length - 1 && !words[i + 1].equals("lẻ") && !largerScaleFollows(words, i + 1, scale)) {
                w = w + ",";
            }
            out.add(w);
        }
        String joined = String.join(" ", out);
        return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(VI) + joined.substring(1);
    }

    private static boolean largerScaleFollows(String[] words, int from, int scale) {
        for (int j = from; j < words.length; j++) {
            Integer s = SCALES.get(words[j]);
            if (s != null && s >= scale) {
                return true;
            }
        }
        return false;
    }
}

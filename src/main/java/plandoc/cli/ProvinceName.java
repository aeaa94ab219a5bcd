package plandoc.cli;

import java.text.Normalizer;
import java.util.Locale;

/** A province's name as documents print it: "hà giang", "tỉnh Hà Giang" and " Hà  Giang " are "Hà Giang". */
final class ProvinceName {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ProvinceName() {
    }

    static String of(String typed) {
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        name = name.replaceFirst("(?iu)^tỉnh\\s+", "");
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.substring(0, 1).toUpperCase(VI)).append(word.substring(1));
        }
        return out.toString();
    }
}

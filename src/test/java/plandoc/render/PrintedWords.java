package plandoc.render;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text as the PDF tests read them back: letters, marks and digits, in NFC. */
public final class PrintedWords {
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private PrintedWords() {
    }

    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}

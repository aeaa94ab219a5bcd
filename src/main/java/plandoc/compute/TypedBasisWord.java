package plandoc.compute;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.IssuedDocument;
import plandoc.model.Text;
import plandoc.model.TextPart;

/**
 * "Căn cứ" typed at the start of a base: the frame prints "Căn cứ " before every base itself, so the typed word
 * would print "Căn cứ Căn cứ Luật …" (docs/huong-dan.md's own example did). The printed line leaves it out
 * and the author is told where it was typed, as a warning: the document prints right either way.
 */
final class TypedBasisWord {
    /** "Căn cứ", "căn cứ vào", "CĂN CỨ:" and the spaces after it, at the start of the line. */
    private static final Pattern WORD = Pattern.compile("(?iu)\\s*căn\\s+cứ(?:\\s+vào)?\\s*[:,]?\\s+(?=\\S)");

    private TypedBasisWord() {
    }

    /** The base as printed after the frame's "Căn cứ ": without the word typed again. */
    static String strip(String base) {
        Matcher m = WORD.matcher(Normalizer.normalize(base, Normalizer.Form.NFC));
        return m.lookingAt() ? m.replaceFirst("") : base;
    }

    static void check(IssuedDocument doc, Problems problems) {
        for (Text base : doc.bases()) {
            if (!base.parts().isEmpty() && base.parts().get(0) instanceof TextPart.Literal first) {
                String literal = Normalizer.normalize(first.value(), Normalizer.Form.NFC);
                Matcher m = WORD.matcher(literal);
                if (m.lookingAt()) {
                    String typed = literal.substring(0, m.end()).strip();
                    int start = literal.length() - literal.stripLeading().length();
                    problems.warning(base.positionOf(start), "document.basis-word", typed);
                }
            }
        }
    }
}

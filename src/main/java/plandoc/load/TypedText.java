package plandoc.load;

import java.text.Normalizer;
import plandoc.diagnostic.Folding;

/**
 * A field as an officer typed it, made comparable with the forms plandoc knows (provincial units, posts, bodies):
 * composed (NFC), each run of white space one space, none at either end; its key is that text folded, what two
 * spellings of one name — with and without their marks — share.
 */
final class TypedText {
    private TypedText() {
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    static String key(String text) {
        return Folding.folded(normal(text));
    }
}

package plandoc.compute;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.IssuedDocument;
import plandoc.model.Text;

/**
 * A căn cứ typed twice (a copy-paste slip) would print "Căn cứ …;" twice. Each text a line cites is compared (a line
 * may cite several, split by ";", as 424's first does) as printed — a "Căn cứ" typed before it left out, the end's
 * punctuation too — and as a reader reads it: NFC, any case, runs of white space as one. A warning at the second,
 * naming the line of the first, as for a recipient listed twice ({@link RepeatedPlaces}).
 */
final class RepeatedBases {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private RepeatedBases() {
    }

    static void check(IssuedDocument doc, TextResolver text, Problems problems) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Text base : doc.bases()) {
            // Offsets in the literal text are where the cited texts were typed; a base holding a reference is
            // compared as printed, and told at its start.
            boolean literal = base.references().isEmpty();
            String line = literal ? base.literalText() : text.inline(base).plain();
            int offset = 0;
            for (String cited : line.split(";", -1)) {
                String shown = DocumentFrame.trimEnd(TypedBasisWord.strip(cited));
                if (!shown.isEmpty()) {
                    int start = offset + cited.length() - cited.stripLeading().length();
                    SourcePosition at = literal ? base.positionOf(start) : base.at();
                    SourcePosition first = seen.putIfAbsent(key(shown), at);
                    if (first != null) {
                        problems.warning(at, "document.basis-repeated", shown, first.line());
                    }
                }
                offset += cited.length() + 1;
            }
        }
    }

    private static String key(String cited) {
        return Normalizer.normalize(cited, Normalizer.Form.NFC).toLowerCase(VI).replaceAll("\\s+", " ").strip();
    }
}

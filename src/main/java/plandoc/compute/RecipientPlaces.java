package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Recipient;
import plandoc.model.Text;

/**
 * The places a line of Nơi nhận names, as the e-document record lists them (ToPlaces): each
 * {@code to} of the line, split where a ";" separates two places printed on one line ("TT Tỉnh ủy;
 * TT HĐND tỉnh"), without the closing punctuation; never the line's note. A "," does not split:
 * it also joins the parts of one place ("Các sở, ban, ngành cấp tỉnh").
 */
final class RecipientPlaces {
    /** A place and where it was written, for the record's length check. */
    record Place(String name, SourcePosition at) {
    }

    private RecipientPlaces() {
    }

    static List<Place> of(Recipient recipient, TextResolver text) {
        List<Place> out = new ArrayList<>();
        for (Text to : recipient.to()) {
            String literal = to.literalText();
            for (String part : text.inline(to).plain().split(";")) {
                String name = DocumentFrame.trimEnd(part);
                if (!name.isEmpty()) {
                    int offset = literal.indexOf(name);
                    out.add(new Place(name, offset < 0 ? to.at() : to.positionOf(offset)));
                }
            }
        }
        return out;
    }
}

package plandoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * One line of "Nơi nhận": the places it names ({@code to}, printed joined by ", ") and a note that
 * names no place ("(để b/c)"), printed after them as written; or a note alone ("Gửi bản giấy và thư
 * điện tử"), a line that is not a recipient. A line written as plain text is one {@code to}; a ";"
 * inside it separates places printed on one line. Only the places go into the e-document record's ToPlaces.
 */
public record Recipient(List<Text> to, Optional<Text> note, SourcePosition at) {
    public Recipient {
        to = List.copyOf(to);
    }

    /** A line written as plain text: its places, no note. */
    public static Recipient of(Text text) {
        return new Recipient(List.of(text), Optional.empty(), text.at());
    }

    /** A line that names no place, only a note: printed without the "- …;" of a recipient. */
    public boolean noteOnly() {
        return to.isEmpty();
    }

    /** Every text of the line, places first, for checks that read all author text. */
    public List<Text> texts() {
        List<Text> out = new ArrayList<>(to);
        note.ifPresent(out::add);
        return out;
    }
}

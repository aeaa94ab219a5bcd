package plandoc.resolved;

import java.util.List;

/**
 * "Nơi nhận:" lines with their punctuation ("- Như Điều 2;" … "- Lưu: VT, TH, VX."; a note-only line as
 * written, without them, those after the last recipient under the Lưu line), and the places
 * the document is sent to as the e-document record lists them: each recipient without the dash and
 * the closing punctuation ("Như Điều 2"), and without "Lưu: …", the issuer's own file copy, which is
 * kept and not sent.
 */
public record Recipients(List<InlineText> lines, List<String> places) {
    public Recipients {
        lines = List.copyOf(lines);
        places = List.copyOf(places);
    }
}

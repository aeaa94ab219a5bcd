package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), title and name, and
 * the signature and seal images between title and name ({@code marks}, inside a box sized by
 * {@code marksFrame}; none when the plan gives no image), in a space of the template's height unless
 * {@code spaceHeight} makes it taller for a large seal ("height: 30.5mm").
 *
 * @param position   the signer's own chức vụ as the plan writes it ("Phó Chủ tịch"): what the
 *                   e-document record calls the signer's position (Decree 30 Phụ lục VI "Chức vụ của
 *                   người ký văn bản"); the block prints it upper case
 * @param competence the authority lines as the plan writes them, joined ("TM. Ủy ban nhân dân, KT. Chủ
 *                   tịch"): on whose behalf and in what capacity the signer signs; empty when the signer
 *                   signs in their own right
 */
public record SignatureView(List<String> authority, String title, String name, Optional<String> spaceHeight,
                            Optional<String> marksFrame,
                            List<SignatureMark> marks, String position, Optional<String> competence) {
    public SignatureView(List<String> authority, String title, String name, String position,
                         Optional<String> competence) {
        this(authority, title, name, Optional.empty(), Optional.empty(), List.of(), position, competence);
    }

    public SignatureView {
        java.util.Objects.requireNonNull(spaceHeight, "spaceHeight: Optional.empty() for the template's height");
        java.util.Objects.requireNonNull(marksFrame, "marksFrame: Optional.empty() without images");
        java.util.Objects.requireNonNull(competence, "competence: Optional.empty() for a signer in their own right");
        authority = List.copyOf(authority);
        marks = List.copyOf(marks);
    }

    // The template fields of these names (docs/format.md, "Templates"), "" when absent as before the Optionals.

    /** The space's style when a large seal makes it taller ("height: 30.5mm"), else "". */
    public String spaceStyle() {
        return spaceHeight.orElse("");
    }

    /** The images' box ("width: 35.0mm; height: 20.0mm"), "" without images. */
    public String marksStyle() {
        return marksFrame.orElse("");
    }
}

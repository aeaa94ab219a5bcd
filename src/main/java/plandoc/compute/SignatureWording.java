package plandoc.compute;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import plandoc.resolved.DigitalSignature;
import plandoc.resolved.SignedMark;

/**
 * The words that tell a signed PDF from an unsigned copy (s23 tryout: a citizen or a legal reviewer could not tell):
 * the PDF's link, who signed it as the certificate says and the day, dd/MM/yyyy as a Vietnamese document dates; in
 * the site chrome's language, and in Vietnamese for the feed's entry, which is the document's.
 */
public final class SignatureWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SignatureWording() {
    }

    /** The mark of a plan whose PDF carries {@code signatures}; none when it carries none. */
    public static Optional<SignedMark> of(List<DigitalSignature> signatures, String language) {
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        boolean english = language.equals("en");
        String signers = signatures.stream().map(s -> s.signer() + (english ? " on " : ", ngày ") + DAY.format(s.at()))
                .collect(Collectors.joining("; "));
        return Optional.of(english
                ? new SignedMark("Document (PDF, digitally signed)", "Digitally signed by " + signers, "digitally signed")
                : new SignedMark("Văn bản (PDF, đã ký số)", "Đã ký số: " + signers, "đã ký số"));
    }

    /** What the feed's entry adds, in the document's language: "Văn bản đã ký số: Nguyễn Thiện, ngày 06/12/2026." */
    static Optional<String> entryNote(List<DigitalSignature> signatures) {
        return of(signatures, "vi").map(mark -> "Văn bản đã ký số: " + mark.note().substring("Đã ký số: ".length()) + ".");
    }
}

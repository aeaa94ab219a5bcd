package plandoc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * The issued document's metadata and frame: number, date, bases, articles, signature, recipients.
 * <p>The kind, issuer, number, symbol, place, title and signature are absent only when missing or unreadable (each
 * reported): the rest of the plan is still checked in the same run; {@link #header()} has them all, or none.
 *
 * @param captionTitle the tail of appendix captions ("phê duyệt điều chỉnh Quy hoạch …")
 * @param archive      the "Lưu:" line's entries
 * @param draft        an e-office draft (key {@code draft}, or {@code build --draft}): number, date and
 *                     "Kèm theo" fields printed blank for the e-office system to stamp, never published
 * @param numberAt     where {@code number:}'s value was typed, for what is wrong with the number
 * @param date         absent only when {@code date:} was missing or could not be read (its error reported): the
 *                     rest of the plan is still checked, without what compares a date with this one
 * @param dateAt       where {@code date:}'s value was typed
 * @param secrecy      độ mật ({@code secrecy:}), stamped under the number and recorded
 * @param urgency      độ khẩn ({@code urgency:}), stamped under the number (below độ mật) and recorded
 * @param amending     the documents this one amends or corrects ({@code amends:}, {@code corrects:}); never printed
 *                     by plandoc (the document's own text says it), linked on the portal
 * @param enactingAuthority {@code enacting_authority:}, the thẩm quyền ban hành line as stated, when plandoc's
 *                     reading of the issuer and signer cannot know it
 */
public record IssuedDocument(Optional<DocumentKind> kind, Optional<Issuer> issuer, Optional<String> number,
                             Optional<String> symbol, Optional<String> place, Optional<LocalDate> date,
                             Optional<Text> title, Optional<String> captionTitle, List<Text> bases,
                             Optional<Text> proposal, List<Article> articles, Optional<Signature> signature,
                             List<Recipient> recipients, List<String> archive, SourcePosition at, boolean draft,
                             SourcePosition numberAt, SourcePosition dateAt, Optional<Secrecy> secrecy,
                             Optional<Urgency> urgency, Amending amending,
                             Optional<String> enactingAuthority) {
    public IssuedDocument {
        bases = List.copyOf(bases);
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
        archive = List.copyOf(archive);
    }

    /** The same document as an e-office draft. */
    public IssuedDocument asDraft() {
        return new IssuedDocument(kind, issuer, number, symbol, place, date, title, captionTitle, bases, proposal,
                articles, signature, recipients, archive, at, true, numberAt, dateAt, secrecy, urgency, amending,
                enactingAuthority);
    }

    /** The header's fields when every one of them was read; none when one is missing (a plan that is never built). */
    public Optional<DocumentHeader> header() {
        return kind.flatMap(k -> issuer.flatMap(i -> number.flatMap(n -> symbol.flatMap(s -> place.flatMap(p ->
                title.flatMap(t -> signature.map(sig -> new DocumentHeader(k, i, n, s, p, t, sig))))))));
    }

    /**
     * The kind the checks hold the document to: its own; when {@code type:} could not be read (its error said), the
     * one its symbol names ("KH-UBND"), else a plan, which no check holds to articles.
     */
    public DocumentKind checkedAs() {
        String first = symbol.map(s -> s.split("-", 2)[0].strip()).orElse("");
        return kind.orElseGet(() -> java.util.Arrays.stream(DocumentKind.values())
                .filter(k -> !k.abbreviation().isEmpty() && k.abbreviation().equalsIgnoreCase(first)).findFirst()
                .orElse(DocumentKind.KE_HOACH));
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import plandoc.model.DocumentHeader;
import plandoc.model.IssuedDocument;
import plandoc.model.Recipient;
import plandoc.model.Signature;
import plandoc.model.Text;
import plandoc.resolved.HeaderView;
import plandoc.resolved.StampKind;
import plandoc.resolved.StampView;
import plandoc.resolved.InlineText;
import plandoc.resolved.Recipients;
import plandoc.resolved.SignatureView;
import plandoc.resolved.Span;

/**
 * The frame Decree 30 puts around every document — header block, căn cứ, proposal, signature and
 * Nơi nhận — as printed: upper case where the decree writes it, each line punctuated as it ends.
 */
final class DocumentFrame {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final IssuedDocument doc;
    private final TextResolver text;

    DocumentFrame(IssuedDocument doc, TextResolver text) {
        this.doc = doc;
        this.text = text;
    }

    HeaderView header(DocumentHeader h) {
        Optional<String> parent = h.issuer().parent().map(DocumentFrame::upper);
        List<String> parentLines = parent.map(IssuerLines::of).orElse(List.of());
        String issuer = upper(h.issuer().name());
        List<String> lines = IssuerLines.of(issuer);
        String kind = upper(h.kind().displayName());
        String title = text.inline(h.title()).plain();
        String enacting = EnactingAuthority.of(h, doc.enactingAuthority());
        List<StampView> stamps = new ArrayList<>();
        doc.secrecy().ifPresent(s -> stamps.add(new StampView(upper(s.label()), s.label(), s.widthMm(), StampKind.SECRECY)));
        doc.urgency().ifPresent(u -> stamps.add(new StampView(upper(u.label()), u.label(), u.widthMm(), StampKind.URGENCY)));
        // Without a readable date (its error said, nothing is built) the line is left as a draft leaves it.
        if (doc.draft() || doc.date().isEmpty()) {
            return new HeaderView(parent, issuer, "Số: " + DraftFields.number(h),
                    h.place() + ", " + DraftFields.date(h), kind, title, Optional.of(DraftFields.MARK), parentLines,
                    lines, IssuerLines.rule(lines), stamps, enacting, TitleRule.of(title));
        }
        return new HeaderView(parent, issuer, "Số: " + DocumentNumber.of(h),
                h.place() + ", " + VietnameseDates.long_(doc.date().get()), kind, title, Optional.empty(), parentLines,
                lines, IssuerLines.rule(lines), stamps, enacting, TitleRule.of(title));
    }

    /** "Căn cứ …;" each, the last ending with "." when no proposal follows; a "Căn cứ" typed in the base is not repeated. */
    List<String> bases() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.bases().size(); i++) {
            boolean last = i == doc.bases().size() - 1 && doc.proposal().isEmpty();
            out.add("Căn cứ " + trimEnd(TypedBasisWord.strip(text.inline(doc.bases().get(i)).plain())) + (last ? "." : ";"));
        }
        return out;
    }

    Optional<String> proposal() {
        return doc.proposal().map(p -> trimEnd(text.inline(p).plain()) + ".");
    }

    /**
     * The block upper case, as Decree 30 prints it; the e-document record keeps the plan's own words,
     * the position apart from the authority lines ("Phó Chủ tịch"; "TM. Ủy ban nhân dân, KT. Chủ tịch"),
     * as a register records them.
     */
    SignatureView signature(DocumentHeader h) {
        Signature s = h.signature();
        SignatureLayout marks = SignatureLayout.of(s, h.issuer());
        return new SignatureView(s.authority().stream().map(DocumentFrame::upper).toList(), upper(s.title()),
                s.name(), marks.spaceStyle(), marks.frameStyle(), marks.marks(), s.title().strip(),
                s.authority().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", s.authority())));
    }

    /**
     * "- …;" each, the last ending with "." (or followed by "- Lưu: …."); a line prints its places
     * joined by ", " and then its note, as written. The places sent to are the lines' places alone
     * ({@link RecipientPlaces}): not a note, not "Lưu", the issuer's own file copy.
     * <p>A note-only line names no recipient, so it has no "- " and no ";" (Decree 30 Phụ lục I II.9.b
     * gives them to each line that names a recipient): its words as written, flush left. One after the
     * last recipient is a remark on the whole list ("Gửi bản giấy và thư điện tử", as 4086's signed
     * original prints it) and goes under "- Lưu: …." — the Lưu line stays the list's last, as the decree
     * asks; one between recipients stays where it was written.
     */
    Recipients recipients() {
        List<InlineText> lines = new ArrayList<>();
        List<InlineText> after = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<Recipient> list = doc.recipients();
        int lastRecipient = -1;
        for (int i = 0; i < list.size(); i++) {
            lastRecipient = list.get(i).noteOnly() ? lastRecipient : i;
        }
        for (int i = 0; i < list.size(); i++) {
            Recipient recipient = list.get(i);
            if (recipient.noteOnly()) {
                (i > lastRecipient ? after : lines).add(text.inline(recipient.note().orElseThrow()));
                continue;
            }
            boolean last = i == lastRecipient && doc.archive().isEmpty();
            lines.add(punctuated("- ", line(recipient), last ? "." : ";"));
            RecipientPlaces.of(recipient, text).forEach(place -> places.add(place.name()));
        }
        if (!doc.archive().isEmpty()) {
            lines.add(InlineText.of("- Lưu: " + String.join(", ", doc.archive()) + "."));
        }
        lines.addAll(after);
        return new Recipients(lines, places);
    }

    private InlineText line(Recipient recipient) {
        InlineText to = InlineText.join(recipient.to().stream().map(text::inline).toList(), ", ");
        if (recipient.note().isEmpty()) {
            return recipient.to().size() == 1 ? to : merged(to);
        }
        InlineText note = text.inline(recipient.note().get());
        return merged(InlineText.join(List.of(to, note), " "));
    }

    /** Adjacent runs of plain text as one, as the line would be read from one string: the same runs printed. */
    private static InlineText merged(InlineText line) {
        List<Span> spans = new ArrayList<>();
        for (Span span : line.spans()) {
            int last = spans.size() - 1;
            if (last >= 0 && !span.isLink() && !spans.get(last).isLink()) {
                spans.set(last, Span.text(spans.get(last).text() + span.text()));
            } else {
                spans.add(span);
            }
        }
        return new InlineText(spans);
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    /** Drops the punctuation an author typed at the end: the frame adds its own. */
    static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    private static InlineText punctuated(String prefix, InlineText text, String suffix) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.text(prefix));
        List<Span> body = new ArrayList<>(text.spans());
        if (!body.isEmpty() && !body.get(body.size() - 1).isLink()) {
            Span last = body.remove(body.size() - 1);
            body.add(Span.text(trimEnd(last.text())));
        }
        spans.addAll(body);
        spans.add(Span.text(suffix));
        return new InlineText(spans);
    }
}

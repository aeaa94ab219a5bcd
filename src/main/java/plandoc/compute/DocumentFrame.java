package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import plandoc.model.IssuedDocument;
import plandoc.model.Signature;
import plandoc.model.Text;
import plandoc.resolved.HeaderView;
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

    HeaderView header() {
        String parent = doc.issuer().parent().map(DocumentFrame::upper).orElse("");
        String issuer = upper(doc.issuer().name());
        List<String> lines = IssuerLines.of(issuer);
        String kind = upper(doc.kind().displayName());
        String title = text.inline(doc.title()).plain();
        if (doc.draft()) {
            return new HeaderView(parent, issuer, "Số: " + DraftFields.number(doc),
                    doc.place() + ", " + DraftFields.DATE, kind, title, DraftFields.MARK, IssuerLines.of(parent), lines,
                    IssuerLines.rule(lines));
        }
        return new HeaderView(parent, issuer, "Số: " + doc.numberSymbol(),
                doc.place() + ", " + VietnameseDates.long_(doc.date()), kind, title, "", IssuerLines.of(parent), lines,
                IssuerLines.rule(lines));
    }

    /** "Căn cứ …;" each, the last ending with "." when no proposal follows. */
    List<String> bases() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.bases().size(); i++) {
            boolean last = i == doc.bases().size() - 1 && doc.proposal().isEmpty();
            out.add("Căn cứ " + trimEnd(text.inline(doc.bases().get(i)).plain()) + (last ? "." : ";"));
        }
        return out;
    }

    String proposal() {
        return doc.proposal().map(p -> trimEnd(text.inline(p).plain()) + ".").orElse("");
    }

    /**
     * The block upper case, as Decree 30 prints it; the e-document record keeps the plan's own words,
     * the position apart from the authority lines ("Phó Chủ tịch"; "TM. Ủy ban nhân dân, KT. Chủ tịch"),
     * as a register records them.
     */
    SignatureView signature() {
        Signature s = doc.signature();
        SignatureLayout marks = SignatureLayout.of(s, doc.issuer());
        return new SignatureView(s.authority().stream().map(DocumentFrame::upper).toList(), upper(s.title()),
                s.name(), marks.frameStyle(), marks.marks(), s.title().strip(), String.join(", ", s.authority()));
    }

    /**
     * "- …;" each, the last ending with "." (or followed by "- Lưu: …."); the places sent to are the
     * recipients alone: "Lưu" is the issuer's own file copy.
     */
    Recipients recipients() {
        List<InlineText> lines = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<Text> list = doc.recipients();
        for (int i = 0; i < list.size(); i++) {
            boolean last = i == list.size() - 1 && doc.archive().isEmpty();
            InlineText recipient = text.inline(list.get(i));
            lines.add(punctuated("- ", recipient, last ? "." : ";"));
            String place = trimEnd(recipient.plain());
            if (!place.isEmpty()) {
                places.add(place);
            }
        }
        if (!doc.archive().isEmpty()) {
            lines.add(InlineText.of("- Lưu: " + String.join(", ", doc.archive()) + "."));
        }
        return new Recipients(lines, places);
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

package plandoc.diff;

import java.util.ArrayList;
import java.util.List;
import plandoc.compute.DocumentNumber;
import plandoc.compute.VietnameseDates;
import plandoc.model.DocumentHeader;
import plandoc.model.DocumentKind;
import plandoc.model.IssuedDocument;
import plandoc.model.PlanBody;
import plandoc.model.Recipient;
import plandoc.model.Text;

/** The document's own facts: number, date, trích yếu, bases, signer, recipients, the plan's title … */
final class DocumentComparator {
    List<FieldChange> compare(PlanSnapshot before, PlanSnapshot after) {
        List<FieldChange> out = new ArrayList<>();
        IssuedDocument a = before.plan().document();
        IssuedDocument b = after.plan().document();
        DocumentHeader ha = before.header();
        DocumentHeader hb = after.header();
        field(out, "kind", ha.kind().displayName(), hb.kind().displayName());
        field(out, "issuer", ha.issuer().name(), hb.issuer().name());
        field(out, "issuer-short", ha.issuer().shortName(), hb.issuer().shortName());
        field(out, "issuer-parent", ha.issuer().parent().orElse(""), hb.issuer().parent().orElse(""));
        field(out, "number", DocumentNumber.of(ha), DocumentNumber.of(hb));
        field(out, "place", ha.place(), hb.place());
        field(out, "date", a.date().map(VietnameseDates::short_).orElse(""), b.date().map(VietnameseDates::short_).orElse(""));
        field(out, "title", SourceText.of(ha.title()), SourceText.of(hb.title()));
        field(out, "caption-title", a.captionTitle().orElse(""), b.captionTitle().orElse(""));
        list(out, "basis", a.bases(), b.bases());
        field(out, "proposal", SourceText.of(a.proposal()), SourceText.of(b.proposal()));
        field(out, "authority", String.join(", ", ha.signature().authority()),
                String.join(", ", hb.signature().authority()));
        field(out, "signer-title", ha.signature().title(), hb.signature().title());
        field(out, "signer", ha.signature().name(), hb.signature().name());
        strings(out, "recipient", a.recipients().stream().map(DocumentComparator::line).toList(),
                b.recipients().stream().map(DocumentComparator::line).toList());
        field(out, "archive", String.join(", ", a.archive()), String.join(", ", b.archive()));
        PlanBody p = before.plan().body();
        PlanBody q = after.plan().body();
        field(out, "plan-kind", p.type().displayName(), q.type().displayName());
        field(out, "plan-title", SourceText.of(p.title()), SourceText.of(q.title()));
        return out;
    }

    private static void field(List<FieldChange> out, String field, String before, String after) {
        if (!before.equals(after)) {
            out.add(new FieldChange(field, before, after));
        }
    }

    /** A list compared entry by entry: entries no longer there, then entries that are new. */
    private static void list(List<FieldChange> out, String field, List<Text> before, List<Text> after) {
        strings(out, field, before.stream().map(SourceText::of).toList(), after.stream().map(SourceText::of).toList());
    }

    /** A line of Nơi nhận as written: its places joined by ", ", then its note. */
    private static String line(Recipient r) {
        String to = r.to().stream().map(SourceText::of).collect(java.util.stream.Collectors.joining(", "));
        String note = r.note().map(SourceText::of).orElse("");
        return to.isEmpty() || note.isEmpty() ? to + note : to + " " + note;
    }

    private static void strings(List<FieldChange> out, String field, List<String> before, List<String> after) {
        List<String> a = new ArrayList<>(before);
        List<String> b = new ArrayList<>(after);
        List<String> removed = new ArrayList<>(a);
        b.forEach(removed::remove);
        List<String> added = new ArrayList<>(b);
        a.forEach(added::remove);
        removed.forEach(r -> out.add(new FieldChange(field, r, "")));
        added.forEach(n -> out.add(new FieldChange(field, "", n)));
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import plandoc.model.Reference;
import plandoc.model.Text;
import plandoc.model.AuthorNotes;
import plandoc.model.TextPart;
import plandoc.resolved.InlineText;
import plandoc.resolved.MarkdownText;
import plandoc.resolved.Span;

/**
 * Replaces inline references with what a reader sees: a labelled link for {@code {ref:}}, a
 * formatted figure for {@code {amount:}} and {@code {count:}}.
 */
final class TextResolver {
    private final Map<String, Label> labels;
    private final Function<Reference, String> figures;

    /**
     * @param labels  reference labels by id
     * @param figures prints an {@code {amount:}} or {@code {count:}} reference
     */
    TextResolver(Map<String, Label> labels, Function<Reference, String> figures) {
        this.labels = labels;
        this.figures = figures;
    }

    InlineText inline(Text text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (TextPart part : text.parts()) {
            if (part instanceof TextPart.Literal literal) {
                run.append(AuthorNotes.strip(literal.value()));
            } else if (part instanceof Reference ref && ref.kind() == Reference.Kind.REF) {
                if (!run.isEmpty()) {
                    spans.add(Span.text(run.toString()));
                    run.setLength(0);
                }
                spans.addAll(references(ref));
            } else {
                run.append(figures.apply((Reference) part));
            }
        }
        if (!run.isEmpty()) {
            spans.add(Span.text(run.toString()));
        }
        return new InlineText(spans);
    }

    MarkdownText markdown(Text text) {
        StringBuilder out = new StringBuilder();
        for (TextPart part : text.parts()) {
            if (part instanceof TextPart.Literal literal) {
                out.append(AuthorNotes.strip(literal.value()));
            } else if (part instanceof Reference ref && ref.kind() == Reference.Kind.REF) {
                for (Span span : references(ref)) {
                    out.append(span.isLink() ? "[" + escape(span.text()) + "](#" + span.anchor() + ")" : escape(span.text()));
                }
            } else {
                out.append(escape(figures.apply((Reference) part)));
            }
        }
        return MarkdownTableCaptions.text(out.toString());
    }

    /**
     * A reference as printed: one label, or for {@code {ref:a,b,c}} a list the Vietnamese way — labels
     * of the same kind under the same parent share their noun: "các điểm 3.2, 3.4, 3.7" (each number a
     * link), "các Phụ lục 2, 3"; otherwise the labels are listed in full.
     */
    private List<Span> references(Reference ref) {
        List<Label> list = java.util.Arrays.stream(ref.target().split(",")).map(String::strip).map(this::label).toList();
        if (list.size() == 1) {
            return List.of(Span.link(list.get(0).text(), list.get(0).anchor()));
        }
        List<java.util.regex.Matcher> parts = list.stream().map(l -> NUMBERED.matcher(l.text())).toList();
        boolean shared = parts.stream().allMatch(java.util.regex.Matcher::matches)
                && parts.stream().map(m -> m.group(1)).distinct().count() == 1
                && parts.stream().map(m -> java.util.Objects.toString(m.group(3), "")).distinct().count() == 1;
        List<Span> spans = new ArrayList<>();
        if (shared) {
            spans.add(Span.text("các " + parts.get(0).group(1) + " "));
        }
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                spans.add(Span.text(", "));
            }
            spans.add(Span.link(shared ? parts.get(i).group(2) : list.get(i).text(), list.get(i).anchor()));
        }
        if (shared && parts.get(0).group(3) != null) {
            spans.add(Span.text(parts.get(0).group(3)));
        }
        return spans;
    }

    /**
     * "khoản 3 mục III", "điểm a khoản 2 mục II": the noun, the number (a point's letter too: "các điểm a, d khoản 2
     * mục II", s31 tryout M4), and what qualifies it.
     */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("(.+?) ([0-9IVXLCD][0-9.IVXLCD]*|[a-zđ])( .+)?");

    private Label label(String target) {
        // An unknown id was reported by validation; the build stops before anyone reads this.
        return labels.getOrDefault(target, new Label("?" + target + "?", target));
    }

    /** Backslash-escapes the characters Markdown would read as markup in generated text. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

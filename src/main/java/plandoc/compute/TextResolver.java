package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import plandoc.model.Reference;
import plandoc.model.Text;
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
                run.append(literal.value());
            } else if (part instanceof Reference ref && ref.kind() == Reference.Kind.REF) {
                Label label = label(ref);
                if (!run.isEmpty()) {
                    spans.add(Span.text(run.toString()));
                    run.setLength(0);
                }
                spans.add(Span.link(label.text(), label.anchor()));
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
                out.append(literal.value());
            } else if (part instanceof Reference ref && ref.kind() == Reference.Kind.REF) {
                Label label = label(ref);
                out.append('[').append(escape(label.text())).append("](#").append(label.anchor()).append(')');
            } else {
                out.append(escape(figures.apply((Reference) part)));
            }
        }
        return new MarkdownText(out.toString());
    }

    private Label label(Reference ref) {
        // An unknown id was reported by validation; the build stops before anyone reads this.
        return labels.getOrDefault(ref.target(), new Label("?" + ref.target() + "?", ref.target()));
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

package plandoc.resolved;

import java.util.List;

/** A single-line text (a title, a recipient, a table cell line) made of plain spans and links. */
public record InlineText(List<Span> spans) implements Rich {
    public static final InlineText EMPTY = new InlineText(List.of());

    public InlineText {
        spans = List.copyOf(spans);
    }

    public static InlineText of(String text) {
        return text.isEmpty() ? EMPTY : new InlineText(List.of(Span.text(text)));
    }

    /** The parts one after another with {@code separator} between them, links kept. */
    public static InlineText join(List<InlineText> parts, String separator) {
        List<Span> spans = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                spans.add(Span.text(separator));
            }
            spans.addAll(parts.get(i).spans());
        }
        return new InlineText(spans);
    }

    @Override
    public String plain() {
        // Most texts are one span: asked for every table cell when widths and lines are counted (issue 17).
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder plain = new StringBuilder();
        for (Span span : spans) {
            plain.append(span.text());
        }
        return plain.toString();
    }

    @Override
    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isEmpty());
    }
}

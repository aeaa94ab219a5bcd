package plandoc.resolved;

import java.util.List;
import java.util.stream.Collectors;

/** A single-line text (a title, a recipient, a table cell line) made of plain spans and links. */
public record InlineText(List<Span> spans) implements Rich {
    public static final InlineText EMPTY = new InlineText(List.of());

    public InlineText {
        spans = List.copyOf(spans);
    }

    public static InlineText of(String text) {
        return text.isEmpty() ? EMPTY : new InlineText(List.of(Span.text(text)));
    }

    @Override
    public String plain() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    @Override
    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isEmpty());
    }
}

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

    /**
     * The text cut at its line breaks, for a cell an officer wrote on several lines ({@code outcome: |}): each
     * output prints them as lines, as the Word copy and the workbook always did. Links keep their anchor on both
     * sides of a break; the break a YAML block ends with makes no empty last line.
     */
    public List<InlineText> lines() {
        List<InlineText> lines = new java.util.ArrayList<>();
        List<Span> line = new java.util.ArrayList<>();
        for (Span span : spans) {
            String[] pieces = span.text().split("\r?\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(new InlineText(line));
                    line = new java.util.ArrayList<>();
                }
                if (!pieces[i].isEmpty()) {
                    line.add(new Span(pieces[i], span.anchor()));
                }
            }
        }
        lines.add(new InlineText(line));
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
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

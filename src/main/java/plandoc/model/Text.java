package plandoc.model;

import java.util.List;
import java.util.stream.Collectors;
import plandoc.diagnostic.SourcePosition;

/**
 * Author text (Markdown, a title, a recipient) split into literal runs and inline references
 * ({@code {ref:…}}, {@code {amount:…}}, {@code {count:…}}).
 */
public record Text(List<TextPart> parts, SourcePosition at, TextLayout layout) {
    public Text {
        parts = List.copyOf(parts);
    }

    public Text(List<TextPart> parts, SourcePosition at) {
        this(parts, at, TextLayout.START);
    }

    /**
     * Where a character of {@link #literalText()} was written. Exact in line; the column counts
     * an inline reference earlier on the same line as absent.
     */
    public SourcePosition positionOf(int literalOffset) {
        return layout.positionOf(at, literalText(), literalOffset);
    }

    public static Text literal(String value, SourcePosition at) {
        return new Text(value.isEmpty() ? List.of() : List.of(new TextPart.Literal(value)), at);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public List<Reference> references() {
        return parts.stream().filter(Reference.class::isInstance).map(Reference.class::cast).toList();
    }

    /** The literal runs only, for checks that look at wording (e.g. legacy encodings). */
    public String literalText() {
        return parts.stream().filter(TextPart.Literal.class::isInstance)
                .map(p -> ((TextPart.Literal) p).value()).collect(Collectors.joining());
    }
}

package plandoc.model;

import java.util.List;
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

    /** Where a character of {@link #literalText()} was written. */
    public SourcePosition positionOf(int literalOffset) {
        if (layout.source().isEmpty()) {
            return layout.positionOf(at, literalText(), literalOffset);
        }
        String source = layout.source().get();
        // Walk the source as the parser read it: "{{" is one literal "{", a reference ends at its "}".
        int raw = 0;
        int seen = 0;
        for (TextPart part : parts) {
            if (part instanceof TextPart.Literal literal) {
                for (int i = 0; i < literal.value().length(); i++) {
                    if (seen == literalOffset) {
                        return layout.positionOf(at, source, raw);
                    }
                    raw += literal.value().charAt(i) == '{' && source.startsWith("{{", raw) ? 2 : 1;
                    seen++;
                }
            } else {
                int close = source.indexOf('}', raw);
                raw = close < 0 ? source.length() : close + 1;
            }
        }
        return layout.positionOf(at, source, Math.min(raw, source.length()));
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
        // A loop, not a stream: every check of the plan's wording asks for it, in a cold JVM (issue 17).
        StringBuilder out = new StringBuilder();
        for (TextPart part : parts) {
            if (part instanceof TextPart.Literal literal) {
                out.append(literal.value());
            }
        }
        return out.toString();
    }
}

package plandoc.diff;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import plandoc.model.Reference;
import plandoc.model.Text;
import plandoc.model.TextPart;

/**
 * Author text as the author wrote it, references included ({@code {ref:pl-du-an}}). Rewording is judged
 * on this form: a reference whose printed label changes is reported as a label change, not as
 * rewording of every text that uses it.
 */
final class SourceText {
    private SourceText() {
    }

    static String of(Text text) {
        return text.parts().stream().map(SourceText::part).collect(Collectors.joining());
    }

    static String of(Optional<Text> text) {
        return text.map(SourceText::of).orElse("");
    }

    static String part(TextPart part) {
        if (part instanceof TextPart.Literal literal) {
            return literal.value();
        }
        Reference ref = (Reference) part;
        StringBuilder out = new StringBuilder("{").append(ref.kind().name().toLowerCase(Locale.ROOT)).append(':')
                .append(ref.target());
        ref.options().forEach((key, option) -> {
            String value = option.value();
            out.append(' ').append(key).append('=').append(value.contains(" ") ? '"' + value + '"' : value);
        });
        return out.append('}').toString();
    }
}

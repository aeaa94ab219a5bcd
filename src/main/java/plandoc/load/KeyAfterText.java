package plandoc.load;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;
import plandoc.diagnostic.Suggestions;

/**
 * A line of a text block pasted left of the text's column that starts with a word and a colon ("Email: …",
 * "Hotline: …"): YAML ends the text at the line above and reads the word as a key, so the officer is told of an
 * unknown key. A key not known there, right after a text block and left of its column, is that line of text;
 * the fix is the column, as for any line left of its text ({@link OutdentedText}).
 */
final class KeyAfterText {
    /**
     * The text block just above.
     *
     * @param key    the key the text is written under
     * @param line   that key's line, 1-based
     * @param column the column the text's lines start at, 1-based
     */
    record Block(String key, int line, int column) {
    }

    private KeyAfterText() {
    }

    /** For the entry at {@code index}, the text block that ends just above it, when the key stands left of it. */
    static Optional<Block> before(List<YamlNode.Entry> entries, int index) {
        if (index == 0) {
            return Optional.empty();
        }
        SourcePosition key = entries.get(index).keyAt();
        return last(entries.get(index - 1))
                .filter(e -> e.value() instanceof YamlNode.Scalar s && s.origin() != null && s.origin().block()
                        && key.column() <= s.origin().indent())
                .map(e -> new Block(e.key(), e.keyAt().line(), ((YamlNode.Scalar) e.value()).origin().indent() + 1));
    }

    /** Whether a key not known here reads as a misspelt key ("titel") rather than as words of a text ("Email"). */
    static boolean keyLike(String key) {
        return key.equals(key.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a word YAML read as a key where no key stands reads as words of a text ("Email", "email", "Hotline"):
     * no key of the format in any letter case ("Text_after" is text_after, s25 re-read H2), nor a lower-case
     * misspelling of one ("titel").
     */
    static boolean words(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return !FORMAT_KEYS.contains(lower) && !(keyLike(key) && Suggestions.nearest(key, FORMAT_KEYS).isPresent());
    }

    /** Every key of plan.yaml, agencies.yaml and province.yaml. */
    private static final java.util.Set<String> FORMAT_KEYS = java.util.stream.Stream.concat(PlanShape.all().stream(),
                    java.util.stream.Stream.of(PlanShape.AGENCY_REGISTER, PlanShape.AGENCY, PlanShape.PROVINCE))
            .flatMap(s -> s.keyNames().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The entry written last in {@code entry}'s value, at any depth: the one whose text ends just above. */
    private static Optional<YamlNode.Entry> last(YamlNode.Entry entry) {
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
            value = seq.items().get(seq.items().size() - 1);
        }
        if (value instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
            return last(m.entries().get(m.entries().size() - 1));
        }
        return value instanceof YamlNode.Scalar ? Optional.of(entry) : Optional.empty();
    }
}

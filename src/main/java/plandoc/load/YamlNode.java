package plandoc.load;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/** A YAML node with the position it was read from. Keys and text are already NFC-normalised. */
sealed interface YamlNode {
    SourcePosition at();

    /** A human word for the node's type, used in "expected a list, found a mapping". */
    String kindKey();

    record Mapping(List<Entry> entries, SourcePosition at) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            // A loop, not a stream: every field of a plan is looked up here, in a cold JVM (issue 17).
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        @Override
        public String kindKey() {
            return "yaml.kind.mapping";
        }
    }

    record Entry(String key, SourcePosition keyAt, YamlNode value) {
    }

    /** @param flow whether written in brackets ({@code [a, b]}) rather than as "- " lines */
    record Sequence(List<YamlNode> items, SourcePosition at, boolean flow) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindKey() {
            return flow ? "yaml.kind.flow-list" : "yaml.kind.list";
        }
    }

    /**
     * A scalar. {@code text} is the value as written (numbers keep their spelling); {@code origin}
     * maps offsets in the text back to the file for multi-line block scalars; {@code wordQuotes}: a budget's figure
     * typed in Word's curly quotes, read as a number and not yet said ({@link plandoc.model.Amount#wordQuotes}).
     */
    record Scalar(ScalarType type, String text, SourcePosition at, TextOrigin origin,
                  java.util.Optional<plandoc.model.Amount.WordQuotes> wordQuotes) implements YamlNode {
        Scalar(ScalarType type, String text, SourcePosition at, TextOrigin origin) {
            this(type, text, at, origin, java.util.Optional.empty());
        }

        @Override
        public String kindKey() {
            return switch (type) {
                case STRING -> "yaml.kind.text";
                case NUMBER -> "yaml.kind.number";
                case BOOLEAN -> "yaml.kind.boolean";
                case NULL -> "yaml.kind.empty";
            };
        }
    }

    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }
}

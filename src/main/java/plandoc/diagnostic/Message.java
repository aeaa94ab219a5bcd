package plandoc.diagnostic;

import java.util.List;

/**
 * A message key with its arguments, rendered later in the user's language by {@link Messages}.
 * Arguments are already formatted strings (figures in Vietnamese notation in every language).
 */
public record Message(String key, List<String> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** As the record's own; written out, see {@link Problem#equals}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && java.util.Objects.equals(key, m.key) && java.util.Objects.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(key) * 31 + java.util.Objects.hashCode(args);
    }
}

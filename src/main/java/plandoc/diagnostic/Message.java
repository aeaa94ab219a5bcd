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
}

package plandoc.model;

import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * An inline reference: {@code {ref:id}}, {@code {amount:budget phase=… unit="…"}} or {@code {count:budget}}.
 *
 * @param options the {@code key=value} pairs after the target, in the order written
 */
public record Reference(Kind kind, String target, Map<String, Option> options, SourcePosition at) implements TextPart {
    public enum Kind { REF, AMOUNT, COUNT }

    /** One {@code key=value} pair and where it was written. */
    public record Option(String value, SourcePosition at) {
    }

    public Reference {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    public Optional<Option> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}

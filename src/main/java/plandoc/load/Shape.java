package plandoc.load;

import java.util.List;
import java.util.Optional;

/**
 * One YAML mapping of the plan format as the reader accepts it: its keys, what each may hold and
 * whether it is required. {@link PlanReader} takes its accepted keys from here and
 * {@code plandoc.schema} turns the same description into a JSON Schema, so the two cannot drift.
 *
 * @param name        the mapping's name in the schema's definitions ("budget-item")
 * @param description what the mapping is, in Vietnamese, for editor hovers
 * @param keys        the accepted keys, in the order the format documents them
 * @param otherKeys   what keys outside {@code keys} hold when the mapping also takes free keys
 *                    (axis ids under {@code declared:}); empty when other keys are errors
 * @param exactlyOne  keys of which exactly one must be given (an appendix's content); may be empty
 */
public record Shape(String name, String description, List<Key> keys, Optional<Value> otherKeys,
                    List<String> exactlyOne) {
    public Shape {
        keys = List.copyOf(keys);
        exactlyOne = List.copyOf(exactlyOne);
    }

    static Shape of(String name, String description, Key... keys) {
        return new Shape(name, description, List.of(keys), Optional.empty(), List.of());
    }

    Shape withOtherKeys(Value value) {
        return new Shape(name, description, keys, Optional.of(value), exactlyOne);
    }

    Shape withExactlyOne(String... names) {
        return new Shape(name, description, keys, otherKeys, List.of(names));
    }

    /** The accepted key names, as the reader checks them. */
    public List<String> keyNames() {
        return keys.stream().map(Key::name).toList();
    }

    public List<String> requiredKeys() {
        return keys.stream().filter(Key::required).map(Key::name).toList();
    }

    /** One accepted key. */
    public record Key(String name, Value value, boolean required, String description) {
        static Key required(String name, Value value, String description) {
            return new Key(name, value, true, description);
        }

        static Key optional(String name, Value value, String description) {
            return new Key(name, value, false, description);
        }
    }

    /** What a key may hold, in the reader's terms (see {@code Nodes}). */
    public sealed interface Value {
        /** A single scalar the reader converts. */
        record Scalar(ScalarKind kind) implements Value {
        }

        /** A whole number within bounds ({@code decimals: 0..6}). */
        record Whole(int min, int max) implements Value {
        }

        /**
         * One of a fixed set of words; {@code anyCase}: in any letter case and spacing too, as the loader reads
         * it (the stamp levels: "KHẨN" as printed, "Hoả tốc" with the older placing of the mark).
         */
        record Choice(List<String> values, boolean anyCase) implements Value {
            public Choice {
                values = List.copyOf(values);
            }

            public Choice(List<String> values) {
                this(values, false);
            }
        }

        /** A list; a single scalar is accepted as a list of one, as authors write {@code agency: X}. */
        record ListOf(Value item) implements Value {
        }

        /** A mapping whose keys the author chooses (objective targets by year, {@code split:} by axis). */
        record MapOf(Value value) implements Value {
        }

        /** Any of several forms ({@code declared:} as one mapping or a list of them). */
        record AnyOf(List<Value> options) implements Value {
            public AnyOf {
                options = List.copyOf(options);
            }
        }

        /** A mapping described by the shape of that name. */
        record Mapping(String shape) implements Value {
        }

        /** Amounts keyed by axis members, nested as deep as the axes ({@code 2012-2015: { tw: 0.35 }}). */
        record Cells() implements Value {
        }
    }

    /** The scalar kinds {@code Nodes} reads. */
    public enum ScalarKind {
        /** Author text; may carry {@code {ref:…}}, {@code {amount:…}}, {@code {count:…}}. */
        TEXT,
        /** Plain text without references; a number is read as its spelling. */
        STRING,
        /** An id: lowercase ASCII letters, digits and "-", never a bare number. */
        ID,
        /** An axis or member id: like an id, but may be a number (a year). */
        SCOPED_ID,
        /** An ISO date that exists: 2012-12-28. */
        DATE,
        /** An ISO date or free text ("Hằng năm"). */
        DATE_OR_TEXT,
        /** true or false. */
        BOOLEAN,
        /** A plain decimal: 1447, 0.35. */
        AMOUNT,
        /**
         * A budget's figure written alone ({@code total:}): a plain decimal its budget's rules read as typed, as they
         * read the figures of its cells.
         */
        FIGURE,
        /** A range of years: 2021-2025. */
        YEARS
    }
}

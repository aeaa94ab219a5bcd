package plandoc.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plandoc's own bookkeeping JSON (site records, the build cache) token by token into the values
 * it holds, without building a tree of nodes first: a one-plan build reads ~200 records and the cache,
 * and the tree was half of that (issue 17). Strict where the tree reading was: a missing field is an
 * error (the caller reads the file as absent), {@code null} reads as {@code null}, a number or a boolean
 * where text is expected reads as its text.
 */
final class JsonFields {
    static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /** Reads one field's value; the parser is at the value's first token. */
    @FunctionalInterface
    interface Field {
        void read(String name, JsonParser parser) throws IOException;
    }

    /** Reads one item of an array; the parser is at the item's first token. */
    @FunctionalInterface
    interface Item<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** The parser at the first token of {@code json}. */
    static JsonParser open(byte[] json) throws IOException {
        JsonParser parser = FACTORY.createParser(json);
        parser.nextToken();
        return parser;
    }

    /** Hands each field of the object the parser is at to {@code field}; the parser ends at its closing brace. */
    static void object(JsonParser parser, Field field) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            field.read(name, parser);
        }
        expect(parser, JsonToken.END_OBJECT);
    }

    /**
     * The text fields {@code names} of the object the parser is at, by position (null for a JSON null);
     * any other field goes to {@code other}. Throws when one of {@code names} is missing.
     */
    static String[] texts(JsonParser parser, List<String> names, Field other) throws IOException {
        String[] values = new String[names.size()];
        boolean[] seen = new boolean[names.size()];
        object(parser, (name, p) -> {
            int at = names.indexOf(name);
            if (at < 0) {
                other.read(name, p);
            } else {
                values[at] = text(p);
                seen[at] = true;
            }
        });
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IOException("no " + names.get(i)); // a foreign file: read as none
            }
        }
        return values;
    }

    /** As {@link #texts(JsonParser, List, Field)}, skipping any other field. */
    static String[] texts(JsonParser parser, List<String> names) throws IOException {
        return texts(parser, names, JsonFields::skip);
    }

    /** A {@link Field} reading the array field {@code name} into {@code into} and skipping every other field. */
    static <T> Field listInto(String name, List<T> into, Item<T> item) {
        return (field, parser) -> {
            if (field.equals(name)) {
                into.addAll(list(parser, item));
            } else {
                parser.skipChildren();
            }
        };
    }

    /** The items of the array the parser is at (none for a JSON null); the parser ends at its closing bracket. */
    static <T> List<T> list(JsonParser parser, Item<T> item) throws IOException {
        List<T> items = new ArrayList<>();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return items;
        }
        expect(parser, JsonToken.START_ARRAY);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(item.read(parser));
        }
        return items;
    }

    /** The scalar the parser is at as text; null for a JSON null. */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == null || !token.isScalarValue()) {
            throw new IOException("text expected, found " + token);
        }
        return parser.getText();
    }

    /** Skips the value the parser is at, whatever it is. */
    static void skip(String name, JsonParser parser) throws IOException {
        parser.skipChildren();
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw new IOException(token + " expected, found " + parser.currentToken());
        }
    }
}

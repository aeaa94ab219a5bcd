package plandoc.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what a build needs from the last {@link CheckCache} record before it checks (the plan folders'
 * digests and memos, the templates' memo, the site's files) in one pass of a streaming parser, skipping
 * the problems it printed: no tree of the whole record and no object mapper on the way to the first plan
 * (issue 17: the tree was half of the ~25 ms this took). A record not shaped as written fails the read.
 */
final class CheckRecordReader {
    private static final JsonFactory JSON = new JsonFactory();

    private CheckRecordReader() {
    }

    /** The record's parts, or empty when it is of another format. */
    static Optional<CheckCache.Previous> read(Path file, String stamp, int format) throws IOException {
        try (JsonParser json = JSON.createParser(file.toFile())) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            int found = 0;
            String key = "";
            Map<String, String> keys = new TreeMap<>();
            Map<String, CheckCache.Memo> memos = new TreeMap<>();
            Optional<CheckCache.SiteList> site = Optional.empty();
            Optional<CheckCache.FolderMemo> templates = Optional.empty();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "format" -> found = json.getValueAsInt(0);
                    case "key" -> key = json.getText();
                    case "plans" -> plans(json, value, keys, memos);
                    case "site" -> site = value == JsonToken.START_OBJECT
                            ? Optional.of(new CheckCache.SiteList(strings(json), stamp)) : skip(json);
                    case "templates" -> templates = templates(json, value);
                    default -> json.skipChildren();
                }
            }
            if (found != format) {
                return Optional.empty();
            }
            return Optional.of(new CheckCache.Previous(Optional.of(key), keys, memos, site, templates));
        }
    }

    private static void plans(JsonParser json, JsonToken value, Map<String, String> keys,
                              Map<String, CheckCache.Memo> memos) throws IOException {
        expect(json, value, JsonToken.START_ARRAY);
        while (json.nextToken() == JsonToken.START_OBJECT) {
            Fields plan = fields(json);
            keys.put(plan.text("folder"), plan.text("key"));
            plan.memo().ifPresent(memo -> memos.put(plan.text("folder"), memo));
        }
    }

    private static Optional<CheckCache.FolderMemo> templates(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return skip(json);
        }
        Fields templates = fields(json);
        if (!templates.has("folder")) {
            return Optional.empty();
        }
        return templates.memo().map(memo -> new CheckCache.FolderMemo(templates.text("folder"), memo));
    }

    /** An object's scalar fields by name (a JSON null left out); its arrays and objects skipped. */
    private static Fields fields(JsonParser json) throws IOException {
        Map<String, String> fields = new TreeMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                fields.put(name, json.getText());
            } else {
                json.skipChildren();
            }
        }
        return new Fields(fields);
    }

    private static Map<String, String> strings(JsonParser json) throws IOException {
        Map<String, String> strings = new TreeMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            strings.put(name, json.getText());
        }
        return strings;
    }

    private static <T> Optional<T> skip(JsonParser json) throws IOException {
        json.skipChildren();
        return Optional.empty();
    }

    private static void expect(JsonParser json, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("check record: " + expected + " expected at " + json.currentLocation());
        }
    }

    /** One object's fields, read as the record writes them. */
    private record Fields(Map<String, String> values) {
        boolean has(String name) {
            return values.containsKey(name);
        }

        String text(String name) {
            return values.getOrDefault(name, "");
        }

        long number(String name) {
            return has(name) ? Long.parseLong(text(name)) : 0;
        }

        /** The folder memo these fields hold: with a stat and the time it was made. */
        Optional<CheckCache.Memo> memo() {
            if (!has("stat") || !has("at")) {
                return Optional.empty();
            }
            return Optional.of(new CheckCache.Memo(text("key"), text("stat"), number("newest"), number("at")));
        }
    }
}

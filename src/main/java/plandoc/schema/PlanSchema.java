package plandoc.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plandoc.load.PlanShape;
import plandoc.load.Shape;
import plandoc.load.Shape.Value;

/**
 * The JSON Schema (draft-07) of {@code plan.yaml}, generated from {@link PlanShape} — the same
 * description the loader checks keys against — so VS Code's YAML extension completes and flags
 * exactly the keys {@code plandoc check} accepts. Value rules that need the whole plan (ids that
 * exist, totals that agree) stay with {@code check}.
 */
public final class PlanSchema {
    /** Where the site publishes it, relative to the output folder. */
    public static final String SITE_PATH = "schema/plan.schema.json";

    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The schema as UTF-8 bytes, pretty-printed with "\n" line ends so every build writes the same bytes. */
    public byte[] bytes() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String text = new ObjectMapper().writer(printer).writeValueAsString(document());
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    ObjectNode document() {
        List<Shape> shapes = PlanShape.all();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "plandoc plan.yaml");
        root.setAll(shape(shapes.get(0)));
        ObjectNode definitions = root.putObject("definitions");
        for (Shape shape : shapes.subList(1, shapes.size())) {
            definitions.set(shape.name(), shape(shape));
        }
        definitions.set("cells", cells());
        return root;
    }

    private ObjectNode shape(Shape shape) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", shape.description());
        ObjectNode properties = node.putObject("properties");
        for (Shape.Key key : shape.keys()) {
            ObjectNode property = described(value(key.value()), key.description());
            properties.set(key.name(), property);
        }
        if (!shape.requiredKeys().isEmpty()) {
            ArrayNode required = node.putArray("required");
            shape.requiredKeys().forEach(required::add);
        }
        if (shape.otherKeys().isPresent()) {
            node.set("additionalProperties", value(shape.otherKeys().get()));
        } else {
            node.put("additionalProperties", false);
        }
        if (!shape.exactlyOne().isEmpty()) {
            ArrayNode oneOf = node.putArray("oneOf");
            for (String key : shape.exactlyOne()) {
                oneOf.addObject().putArray("required").add(key);
            }
        }
        return node;
    }

    /** A description next to a bare $ref would be ignored (draft-07), so such a value is wrapped in allOf. */
    private static ObjectNode described(ObjectNode schema, String description) {
        if (schema.has("$ref")) {
            ObjectNode wrapper = JSON.objectNode();
            wrapper.put("description", description);
            wrapper.putArray("allOf").add(schema);
            return wrapper;
        }
        schema.put("description", description);
        return schema;
    }

    private ObjectNode value(Value value) {
        if (value instanceof Value.Scalar scalar) {
            return scalar(scalar.kind());
        }
        if (value instanceof Value.Whole whole) {
            ObjectNode node = JSON.objectNode();
            node.put("type", "integer");
            node.put("minimum", whole.min());
            node.put("maximum", whole.max());
            return node;
        }
        if (value instanceof Value.Choice choice) {
            ObjectNode node = JSON.objectNode();
            ArrayNode values = node.putArray("enum");
            choice.values().forEach(values::add);
            if (!choice.anyCase()) {
                return node;
            }
            // The editor completes the words as the decree writes them (the enum) and accepts every form check
            // reads ("MẬT", "Hoả tốc"): JSON Schema's patterns have no case-insensitive flag, so each letter is
            // written in both cases (s18; the schema listed only the enum and flagged "KHẨN", which check took).
            ObjectNode anyCase = JSON.objectNode();
            anyCase.put("type", "string");
            anyCase.put("pattern", AnyCase.pattern(choice.values()));
            ObjectNode either = JSON.objectNode();
            either.putArray("anyOf").add(node).add(anyCase);
            return either;
        }
        if (value instanceof Value.ListOf list) {
            ObjectNode array = JSON.objectNode();
            array.put("type", "array");
            array.set("items", value(list.item()));
            if (!acceptsScalar(list.item())) {
                return array;
            }
            // The reader takes a single scalar as a list of one ("agency: Sở Tài chính").
            ObjectNode either = JSON.objectNode();
            either.putArray("anyOf").add(array).add(value(list.item()));
            return either;
        }
        if (value instanceof Value.MapOf map) {
            ObjectNode node = JSON.objectNode();
            node.put("type", "object");
            node.set("additionalProperties", value(map.value()));
            return node;
        }
        if (value instanceof Value.AnyOf any) {
            ObjectNode node = JSON.objectNode();
            ArrayNode options = node.putArray("anyOf");
            any.options().forEach(option -> options.add(value(option)));
            return node;
        }
        if (value instanceof Value.Mapping mapping) {
            return ref(mapping.shape());
        }
        // A budget without axes holds one bare amount per item ("amounts: 1447").
        ObjectNode cellsOrAmount = JSON.objectNode();
        ArrayNode options = cellsOrAmount.putArray("anyOf");
        options.addObject().put("type", "number");
        options.add(ref("cells"));
        return cellsOrAmount;
    }

    private static boolean acceptsScalar(Value value) {
        return value instanceof Value.Scalar || value instanceof Value.Choice || value instanceof Value.Whole
                || value instanceof Value.AnyOf any && any.options().stream().anyMatch(PlanSchema::acceptsScalar);
    }

    private static ObjectNode scalar(Shape.ScalarKind kind) {
        ObjectNode node = JSON.objectNode();
        switch (kind) {
            case TEXT, STRING, DATE_OR_TEXT -> node.putArray("type").add("string").add("number");
            case ID -> {
                node.put("type", "string");
                node.put("pattern", ID_PATTERN);
            }
            case SCOPED_ID -> {
                node.putArray("type").add("string").add("integer");
                node.put("pattern", ID_PATTERN);
            }
            case DATE -> {
                node.put("type", "string");
                node.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
            case YEARS -> {
                node.put("type", "string");
                node.put("pattern", "^[0-9]{4} *[-\u2013\u2014] *[0-9]{4}$");
            }
            case BOOLEAN -> node.put("type", "boolean");
            case AMOUNT, FIGURE -> node.put("type", "number");
            default -> throw new IllegalStateException("no schema for " + kind);
        }
        return node;
    }

    /** Amounts nested by axis members; a key with no value is a blank cell. */
    private ObjectNode cells() {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", "Kinh phí theo thành viên các trục (số thập phân có dấu chấm); để trống là ô trống.");
        ArrayNode options = node.putObject("additionalProperties").putArray("anyOf");
        options.addObject().put("type", "number");
        options.addObject().put("type", "null");
        options.add(ref("cells"));
        return node;
    }

    private static ObjectNode ref(String definition) {
        ObjectNode node = JSON.objectNode();
        node.put("$ref", "#/definitions/" + definition);
        return node;
    }
}

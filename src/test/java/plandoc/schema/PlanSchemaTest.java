package plandoc.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import plandoc.load.PlanShape;
import plandoc.load.Shape;

/**
 * The generated schema accepts every plan plandoc accepts (bundled content, fixtures, the starter
 * plans) and flags what the loader flags at the level of keys, as VS Code shows it.
 */
class PlanSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(new ObjectMapper().readTree(new PlanSchema().bytes()));

    PlanSchemaTest() throws IOException {
    }

    private Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @Test
    void everyBundledFixtureAndStarterPlanIsValid() throws IOException {
        List<Path> plans = new ArrayList<>();
        for (Path dir : List.of(Path.of("content"), Path.of("src/test/resources/fixtures"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.getFileName().toString().equals("plan.yaml")).sorted().forEach(plans::add);
            }
        }
        assertTrue(plans.size() >= 3, plans.toString());
        for (Path plan : plans) {
            assertEquals(Set.of(), validate(Files.readString(plan, StandardCharsets.UTF_8)), plan.toString());
        }
        for (String starter : List.of("ke-hoach", "quyet-dinh")) {
            assertEquals(Set.of(), validate(starter(starter)), starter);
        }
    }

    /**
     * s18: the stamp levels ({@code document.secrecy}, {@code urgency}) in every form check reads — any letter case
     * ("MẬT" as the stamp prints it), spaces, the older "Hoả tốc" — are valid in the editor too, and what check
     * refuses the editor flags: each form is checked by both.
     */
    @Test
    void stampLevelsAreValidInTheEditorExactlyWhenCheckReadsThem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        assertEquals(Set.of(), validate(plandoc.TestPlans.DECISION), "the plan the forms are typed into");
        List<String> read = List.of("secrecy: Mật", "secrecy: MẬT", "secrecy: mật", "secrecy: \"  Tối   MẬT \"",
                "secrecy: tuyệt mật", "urgency: Khẩn", "urgency: THƯỢNG KHẨN", "urgency: Hỏa tốc", "urgency: Hoả tốc",
                "urgency: HOẢ TỐC", "urgency: hỏa Tốc");
        List<String> refused = List.of("secrecy: Mat", "secrecy: Tối-mật", "secrecy: Mật Mật", "secrecy: Tối mậtt",
                "urgency: Khan", "urgency: Hỏa", "urgency: Hoà tốc", "urgency: Khẩn cấp");
        int n = 0;
        for (String form : concat(read, refused)) {
            String yaml = plandoc.TestPlans.DECISION.replace("  date: 2012-12-28\n", "  date: 2012-12-28\n  " + form + "\n");
            assertTrue(yaml.contains(form), "typed into the document: " + form);
            List<String> check = plandoc.TestPlans.messages(plandoc.TestPlans.resolve(dir.resolve("p" + n++), yaml));
            boolean accepted = read.contains(form);
            assertEquals(accepted, check.isEmpty(), form + ": " + check);
            Set<ValidationMessage> editor = validate(yaml);
            assertEquals(accepted, editor.isEmpty(), form + ": " + editor);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void unknownAndMissingKeysAreFlaggedWhereTheLoaderFlagsThem() throws IOException {
        String plan = starter("ke-hoach");
        Set<ValidationMessage> typo = validate(plan.replace("    short: UBND tỉnh", "    shrot: UBND tỉnh"));
        assertEquals(1, typo.size(), typo.toString());
        assertTrue(typo.iterator().next().getMessage().contains("shrot"), typo.toString());

        Set<ValidationMessage> missing = validate(plan.replace("  place: Hà Tĩnh", ""));
        assertTrue(missing.stream().anyMatch(m -> m.getMessage().contains("place")), missing.toString());

        Set<ValidationMessage> twoContents = validate(plan.replace("      show: kinh-phi                    # một phụ lục",
                "      text: Nội dung\n      show: kinh-phi                    # một phụ lục"));
        assertFalse(twoContents.isEmpty(), "an appendix has exactly one content");

        Set<ValidationMessage> badUnit = validate(plan.replace("unit: triệu đồng", "unit: triệu"));
        assertFalse(badUnit.isEmpty(), "units come from the model's enum");
    }

    @Test
    void theSchemaIsStableAndDescribesKeysInVietnamese() throws IOException {
        byte[] once = new PlanSchema().bytes();
        assertArrayEquals(once, new PlanSchema().bytes());
        JsonNode root = new ObjectMapper().readTree(once);
        assertEquals("http://json-schema.org/draft-07/schema#", root.path("$schema").asText());
        assertEquals("Loại văn bản.", root.at("/definitions/document/properties/type/description").asText());
        for (Shape shape : PlanShape.all().subList(1, PlanShape.all().size())) {
            assertTrue(root.path("definitions").has(shape.name()), shape.name());
        }
    }

    /**
     * s29 tryout F12: the schema is published on every province's site (VS Code's hover): its descriptions named Hà
     * Tĩnh ("Địa danh, ví dụ Hà Tĩnh."), the only Hà Tĩnh on a Quảng Trị site. They name no province.
     */
    @Test
    void theSchemaNamesNoProvince() {
        String schema = new String(new PlanSchema().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(schema.contains("Hà Tĩnh"), schema);
    }

    /**
     * The loader takes its accepted keys from {@link PlanShape} and nowhere else: a literal key list
     * in PlanReader would let the schema and the loader drift apart.
     */
    @Test
    void thePlanReaderListsNoKeysOfItsOwn() throws IOException {
        String reader = Files.readString(Path.of("src/main/java/plandoc/load/PlanReader.java"), StandardCharsets.UTF_8);
        Matcher fields = Pattern.compile("nodes\\.fields\\([^;]*?,\\s*[^;]*?List\\.of\\(", Pattern.DOTALL).matcher(reader);
        List<String> literal = new ArrayList<>();
        while (fields.find()) {
            literal.add(reader.substring(fields.start(), Math.min(reader.length(), fields.end() + 40)));
        }
        assertEquals(List.of(), literal, "PlanReader should pass PlanShape.<MAPPING>.keyNames() to nodes.fields");
    }

    private static String starter(String type) throws IOException {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/plandoc/scaffold/" + type + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@UNIT@", "tỉnh Hà Tĩnh").replace("@KIND@", "tỉnh").replace("@LAUNCHER@", "./plandoc").replace("@PROVINCE@", "Hà Tĩnh").replace("@PLACE@", "Hà Tĩnh").replace("@DATE@", "2026-01-05").replace("@YEAR@", "2026").replace("@DEADLINE@", "2026-04-05");
        }
    }
}

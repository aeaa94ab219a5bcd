package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import plandoc.load.PlanShape;

/**
 * The reference (docs/format.md) is checked like a plan: every ```yaml block of it, indented under a list item too,
 * is put where it belongs and {@code plandoc check} must find 0 errors in it (s25 review M6):
 * <ul>
 *   <li>a whole plan (starting {@code document:}) is a plan.yaml as it is;</li>
 *   <li>a register ({@code agencies:}) is the content folder's agencies.yaml, beside the starter plan;</li>
 *   <li>a province file (its first key one of province.yaml's) is the content folder's province.yaml;</li>
 *   <li>a standing file (its first key one of hieu-luc.yaml's) is the hieu-luc.yaml of an issued decision, with the
 *       plan folder its {@code replaced_by:} names beside it;</li>
 *   <li>any other block is a fragment of a plan: merged into the starter plan {@code plandoc new} writes, on top of
 *       the fragments before it, as the reference builds one plan as it goes (the tasks serve the objectives above,
 *       the appendix shows the budget above). An entry of a list whose {@code id} is already there replaces it, any
 *       other is added; a mapping is merged key by key.</li>
 * </ul>
 * The files a plan's {@code file:} and {@code image:} name are written beside it (a paragraph, a PNG, an SVG).
 * Markers, an HTML comment on the line right before the fence (invisible in the rendered reference):
 * <ul>
 *   <li>{@code <!-- example: wrong -->}: wrong on purpose (it shows what an error is about): check must find errors;</li>
 *   <li>{@code <!-- example: alone -->}: a fragment merged into the starter plan alone, and not kept for the
 *       fragments after it (shapes shown side by side).</li>
 * </ul>
 * A wrong block is not kept for the fragments after it either.
 */
class FormatDocExamplesTest {
    static final Path REFERENCE = Path.of("docs/format.md");
    private static final Pattern YAML_BLOCK =
            Pattern.compile("(?m)^(?:[ \\t]*(<!-- example: (\\w+) -->)[ \\t]*\\n)?([ ]*)```yaml\\n(.*?)^\\3```", Pattern.DOTALL);
    private static final Pattern NAMED_PLANS = Pattern.compile("(?m)^\\s*(amends|corrects): *([^#\\n]+)");
    private static final Pattern NAMED_FILE = Pattern.compile("\\b(file|image): *([\\w.-]+\\.(md|png|svg))\\b");

    @TempDir
    Path dir;

    /** One ```yaml block: where it starts, its marker ("" for none) and its text, its fence's indent removed. */
    record Example(int line, String marker, String yaml) {
        String firstKey() {
            for (String l : yaml.split("\n")) {
                if (!l.isBlank() && !l.startsWith("#") && l.contains(":")) {
                    return l.substring(0, l.indexOf(':'));
                }
            }
            return "";
        }
    }

    @Test
    void everyYamlExampleOfTheReferencePassesCheck() throws IOException {
        List<Example> examples = examples(Files.readString(REFERENCE));
        assertTrue(examples.size() >= 9, "the reference's examples: " + examples.size());
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "khoi-dau", "--province", "Quảng Ngãi", "--content", content.toString()).exit());
        String starter = Files.readString(content.resolve("khoi-dau/plan.yaml"));
        Map<String, Object> built = load(starter);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            Path own = Files.createDirectories(dir.resolve("content-" + (i + 1)));
            Path folder = Files.createDirectories(own.resolve("vi-du-" + (i + 1)));
            Files.copy(content.resolve("agencies.yaml"), own.resolve("agencies.yaml"));
            Files.copy(content.resolve("province.yaml"), own.resolve("province.yaml"));
            String key = example.firstKey();
            if (key.equals("document")) {
                Files.writeString(folder.resolve("plan.yaml"), example.yaml());
            } else if (key.equals("agencies")) {
                Files.writeString(folder.resolve("plan.yaml"), starter);
                Files.writeString(own.resolve("agencies.yaml"), example.yaml());
            } else if (PlanShape.PROVINCE.keyNames().contains(key)) {
                Files.writeString(folder.resolve("plan.yaml"), starter);
                Files.writeString(own.resolve("province.yaml"), example.yaml());
            } else if (PlanShape.STANDING.keyNames().contains(key)) {
                // hieu-luc.yaml beside an issued plan (a draft is never replaced: the starter is one), and the plan
                // its replaced_by: names beside it; the decisions of StandingBuildTest, of their own province.
                Files.delete(own.resolve("province.yaml"));
                Path issued = Path.of("src/test/resources/standing");
                Files.copy(issued.resolve("qd-cu/plan.yaml"), folder.resolve("plan.yaml"));
                Files.writeString(folder.resolve(plandoc.model.StandingNote.FILE), example.yaml());
                Object named = load(example.yaml()).get("replaced_by");
                if (named instanceof String slug && slug.matches("[a-z0-9][a-z0-9._-]*")) {
                    Path replacing = Files.createDirectories(own.resolve(slug));
                    Files.copy(issued.resolve("qd-thay-the/plan.yaml"), replacing.resolve("plan.yaml"));
                }
            } else {
                Map<String, Object> plan = merge(copy(example.marker().equals("alone") ? load(starter) : built),
                        load(example.yaml()));
                if (!example.marker().equals("alone") && !example.marker().equals("wrong")) {
                    built = copy(plan);
                }
                Files.writeString(folder.resolve("plan.yaml"), dumper().dump(plan));
            }
            writeNamedFiles(folder, Files.readString(folder.resolve("plan.yaml")));
            writeNamedPlans(own, Files.readString(folder.resolve("plan.yaml")), starter);
            Cli.Result r = Cli.run("check", folder.toString());
            boolean wrong = example.marker().equals("wrong");
            if (wrong ? r.exit() != 1 : r.exit() != 0) {
                failures.add("docs/format.md:" + example.line() + (wrong ? " (marked wrong, but no error)" : "")
                        + "\n" + example.yaml() + r.errText());
            }
        }
        assertEquals(List.of(), failures, "examples of docs/format.md that check does not accept as they say");
    }

    /** The markers are the two the test knows: any other is a typing mistake that would leave a block unchecked. */
    @Test
    void everyMarkerIsKnown() throws IOException {
        for (Example example : examples(Files.readString(REFERENCE))) {
            assertTrue(List.of("", "wrong", "alone").contains(example.marker()),
                    "docs/format.md:" + example.line() + ": marker " + example.marker());
        }
    }

    /** The blocks are found where the reference writes them: at column 1, indented under a list item, marked. */
    @Test
    void blocksAreFoundIndentedAndMarked() {
        String text = "a\n```yaml\nx: 1\n```\n- item\n\n  <!-- example: wrong -->\n  ```yaml\n  y:\n    - 2\n  ```\n";
        assertEquals(List.of(new Example(2, "", "x: 1\n"), new Example(8, "wrong", "y:\n  - 2\n")), examples(text));
    }

    static List<Example> examples(String text) {
        List<Example> out = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(text);
        while (m.find()) {
            String indent = m.group(3);
            StringBuilder yaml = new StringBuilder();
            for (String line : m.group(4).split("\n", -1)) {
                yaml.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
            }
            int line = (int) text.substring(0, m.start(3)).chars().filter(c -> c == '\n').count() + 1;
            out.add(new Example(line, Objects.requireNonNullElse(m.group(2), ""),
                    yaml.substring(0, yaml.length() - 1)));
        }
        return out;
    }

    private static void writeNamedFiles(Path folder, String yaml) throws IOException {
        Matcher m = NAMED_FILE.matcher(yaml);
        while (m.find()) {
            if (m.group(3).equals("png")) {
                ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png",
                        folder.resolve(m.group(2)).toFile());
            } else if (m.group(3).equals("svg")) {
                Files.writeString(folder.resolve(m.group(2)), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\""
                        + " height=\"20\" viewBox=\"0 0 40 20\"><rect width=\"40\" height=\"20\" fill=\"#1F5FA8\"/></svg>\n");
            } else {
                Files.writeString(folder.resolve(m.group(2)), "Nội dung của phụ lục, viết bằng Markdown.\n");
            }
        }
    }

    /** The plan folders a document names ({@code amends:}, {@code corrects:}): beside it, the starter plan in each. */
    private static void writeNamedPlans(Path content, String yaml, String starter) throws IOException {
        Matcher m = NAMED_PLANS.matcher(yaml);
        while (m.find()) {
            for (String slug : m.group(2).replaceAll("[\\[\\]]", "").split(",")) {
                Path named = content.resolve(slug.strip());
                if (!slug.isBlank() && !Files.exists(named)) {
                    Files.createDirectories(named);
                    Files.writeString(named.resolve("plan.yaml"), starter);
                }
            }
        }
    }

    /** {@code into} with {@code fragment} merged: lists by their entries' ids, mappings key by key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> into, Map<String, Object> fragment) {
        for (Map.Entry<String, Object> e : fragment.entrySet()) {
            Object old = into.get(e.getKey());
            if (old instanceof Map && e.getValue() instanceof Map) {
                merge((Map<String, Object>) old, (Map<String, Object>) e.getValue());
            } else if (old instanceof List && e.getValue() instanceof List) {
                List<Object> entries = (List<Object>) old;
                for (Object entry : (List<Object>) e.getValue()) {
                    int same = indexOfId(entries, entry);
                    if (same < 0) {
                        entries.add(entry);
                    } else {
                        entries.set(same, entry);
                    }
                }
            } else {
                into.put(e.getKey(), e.getValue());
            }
        }
        return into;
    }

    private static int indexOfId(List<Object> entries, Object entry) {
        Object id = entry instanceof Map<?, ?> m ? m.get("id") : null;
        for (int i = 0; id != null && i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> m && id.equals(m.get("id"))) {
                return i;
            }
        }
        return -1;
    }

    private Map<String, Object> copy(Map<String, Object> plan) {
        return load(dumper().dump(plan));
    }

    private static Map<String, Object> load(String yaml) {
        Map<String, Object> map = dumper().load(yaml);
        return map == null ? new LinkedHashMap<>() : map;
    }

    /** YAML that keeps dates as typed: a deadline read as a date would be written back with a time. */
    private static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1000);
        options.setAllowUnicode(true);
        LoaderOptions loading = new LoaderOptions();
        return new Yaml(new SafeConstructor(loading), new Representer(options), options, loading, new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
            }
        });
    }
}

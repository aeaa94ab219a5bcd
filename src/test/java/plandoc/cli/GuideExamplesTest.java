package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.load.PlanShape;
import plandoc.load.Shape;

/**
 * The officers' guide (docs/huong-dan.md) is checked like a plan: every ```yaml example in it passes
 * {@code plandoc check --strict} with the agency register {@code plandoc new --province} writes. A full plan
 * (starting {@code document:}) is checked as it is; a register ({@code agencies:}) beside the guide's first
 * plan; a {@code content/province.yaml} (its first key one of that file's) beside that plan in a content
 * folder of its own; any other example replaces the same top-level sections of that plan.
 */
class GuideExamplesTest {
    static final Path GUIDE = Path.of("docs/huong-dan.md");

    @TempDir
    Path dir;

    @Test
    void everyYamlExampleOfTheGuidePassesCheck() throws IOException {
        List<String> examples = examples();
        assertTrue(examples.size() >= 5, "the guide's examples: " + examples.size());
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "khoi-dau", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        String base = examples.stream().filter(e -> e.startsWith("document:")).findFirst().orElseThrow();
        for (int i = 0; i < examples.size(); i++) {
            String example = examples.get(i);
            Path folder = Files.createDirectories(content.resolve("vi-du-" + (i + 1)));
            if (example.startsWith("document:")) {
                Files.writeString(folder.resolve("plan.yaml"), example);
            } else if (example.startsWith("agencies:")) {
                // content/agencies.yaml, as the guide shows it: the register every plan of a content folder of its own
                // uses (in a plan folder beside the province's, its repeated ids would be warned of: s24 review M1).
                Path own = Files.createDirectories(dir.resolve("content-" + (i + 1)));
                folder = Files.createDirectories(own.resolve("vi-du-" + (i + 1)));
                Files.writeString(folder.resolve("plan.yaml"), base);
                Files.writeString(own.resolve("agencies.yaml"), example);
            } else if (PlanShape.PROVINCE.keyNames().contains(example.substring(0, Math.max(0, example.indexOf(':'))))) {
                // content/province.yaml: in a content folder of its own, beside the guide's first plan.
                Path own = Files.createDirectories(dir.resolve("content-" + (i + 1)));
                folder = Files.createDirectories(own.resolve("vi-du-" + (i + 1)));
                Files.writeString(folder.resolve("plan.yaml"), base);
                Files.copy(content.resolve("agencies.yaml"), own.resolve("agencies.yaml"));
                Files.writeString(own.resolve("province.yaml"), example);
                // The guide's province settings are for content kept in git ("history: public" reads the commits):
                // checked as committed content, as an officer following the guide has it.
                try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(own.toFile()).call()) {
                    git.add().addFilepattern(".").call();
                    git.commit().setMessage("Ví dụ " + (i + 1)).setAuthor("Cán bộ", "can-bo@example.vn")
                            .setCommitter("Cán bộ", "can-bo@example.vn").setSign(false).call();
                } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
                    throw new IOException(e);
                }
            } else {
                Files.writeString(folder.resolve("plan.yaml"), replaceSections(base, example));
            }
            Cli.Result r = Cli.run("check", "--strict", folder.toString());
            assertEquals(List.of(), r.err(), "example " + (i + 1) + " of the guide:\n" + example);
            assertEquals(0, r.exit());
        }
    }

    /** Every key of the format is named in the guide, with its example beside it. */
    @Test
    void theGuideNamesEveryKey() throws IOException {
        String guide = Files.readString(GUIDE);
        List<String> missing = new ArrayList<>();
        for (Shape shape : PlanShape.all()) {
            for (String key : shape.keyNames()) {
                if (!guide.contains("`" + key + ":") && !guide.contains("`" + key + "`") && !guide.contains("`" + key + " ")
                        && !guide.contains("{ " + key + ":") && !guide.contains(", " + key + ":")) {
                    missing.add(shape.name() + "." + key);
                }
            }
        }
        assertEquals(List.of(), missing, "keys the guide does not show");
    }

    /** Every ```yaml block, one indented under a list item too (the reference's test finds them the same way). */
    static List<String> examples() throws IOException {
        return FormatDocExamplesTest.examples(Files.readString(GUIDE)).stream()
                .map(FormatDocExamplesTest.Example::yaml).toList();
    }

    /** The plan with its top-level sections of the example's names replaced by the example's. */
    static String replaceSections(String plan, String example) {
        Map<String, String> sections = sections(plan);
        sections.putAll(sections(example));
        return String.join("", sections.values());
    }

    private static Map<String, String> sections(String yaml) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder current = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && line.contains(":")) {
                if (key != null) {
                    out.put(key, current.toString());
                }
                key = line.substring(0, line.indexOf(':'));
                current = new StringBuilder();
            }
            current.append(line).append('\n');
        }
        if (key != null) {
            out.put(key, current.toString());
        }
        return out;
    }
}

package plandoc.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import plandoc.Generator;
import plandoc.diagnostic.Problem;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.render.AtomicFileWriter;
import plandoc.render.RenderSettings;

/**
 * What the last complete build checked and left in the site, kept in {@code <out>/.plandoc-check.json},
 * so that a build whose inputs did not change is answered without reading a single plan (issue 17):
 * the problems it printed, its counts, and every file of the site with its size and time.
 *
 * <p>The inputs are everything a build's output depends on, read without parsing: each plan folder's
 * files, the files beside them (the agency register), the templates, plandoc itself, the render
 * settings, the language and {@code --strict}, the working folder (messages print paths relative to
 * it), and in a git repository its HEAD (pages print the commit and each plan's history; whether the
 * sources differ from HEAD follows from HEAD and the files). A missing, unreadable or foreign record
 * only means the build runs in full.
 */
public final class CheckCache {
    static final String FILE = ".plandoc-check.json";
    private static final int FORMAT = 1;

    /** One plan as checked: the messages printed for it and its counts. */
    public record PlanResult(String folder, String key, List<String> lines, int errors, int warnings) {
        public PlanResult {
            lines = List.copyOf(lines);
        }
    }

    /** The inputs of a build as they are now. */
    public record Inputs(String key, Map<String, String> plans) {
        public Inputs {
            plans = Map.copyOf(plans);
        }
    }

    /** What to print instead of building: the last build's problems and counts. */
    public record Replay(List<PlanResult> plans, int published) {
        public int errors() {
            return plans.stream().mapToInt(PlanResult::errors).sum();
        }

        public int warnings() {
            return plans.stream().mapToInt(PlanResult::warnings).sum();
        }
    }

    private CheckCache() {
    }

    /** Digests the inputs; the plan folders are listed as {@code check} lists them. */
    public static Inputs inputs(Path content, Path templates, RenderSettings settings, ToolVersion tool, String options)
            throws IOException {
        List<Path> folders = PlanLoader.isPlanFolder(content) ? List.of(content)
                : new PlanLoader(Path.of("")).planFolders(content);
        Digest global = new Digest().add(Integer.toString(FORMAT)).add(tool.fingerprint()).add(String.valueOf(settings))
                .add(options).add(Path.of("").toAbsolutePath().toString()).add(content.toString())
                .add(templates.toString()).addTree(templates)
                .add(new ProvenanceReader().head(content).orElse("(no git)"));
        Path parent = content.toAbsolutePath().normalize().getParent();
        Path shared = PlanLoader.isPlanFolder(content) ? parent : content.toAbsolutePath().normalize();
        if (shared != null) {
            try (Stream<Path> files = Files.list(shared)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !Digest.isScratch(f)).sorted().toList()) {
                    global.add(file.getFileName().toString()).addFile(file);
                }
            }
        }
        Map<String, String> plans = new TreeMap<>();
        for (Path folder : folders) {
            plans.put(folder.toString(), new Digest().addTree(folder).hex());
        }
        return new Inputs(global.hex(), plans);
    }

    /**
     * The last build's outcome when its inputs are the same as now and the site still holds exactly
     * the files it left; empty otherwise.
     */
    public static Optional<Replay> replay(Inputs now, Path out) {
        Path file = out.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root.path("format").asInt() != FORMAT || !root.path("key").asText().equals(now.key())) {
                return Optional.empty();
            }
            List<PlanResult> plans = new ArrayList<>();
            Map<String, String> keys = new TreeMap<>();
            for (JsonNode node : root.path("plans")) {
                List<String> lines = new ArrayList<>();
                node.path("lines").forEach(l -> lines.add(l.asText()));
                PlanResult plan = new PlanResult(node.path("folder").asText(), node.path("key").asText(), lines,
                        node.path("errors").asInt(), node.path("warnings").asInt());
                plans.add(plan);
                keys.put(plan.folder(), plan.key());
            }
            if (!keys.equals(now.plans())) {
                return Optional.empty();
            }
            Map<String, String> recorded = new TreeMap<>();
            root.path("site").properties().forEach(e -> recorded.put(e.getKey(), e.getValue().asText()));
            if (!recorded.equals(siteFiles(out))) {
                return Optional.empty();
            }
            return Optional.of(new Replay(plans, root.path("published").asInt()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a build that finished without a render problem: what {@code check} printed per plan,
     * with {@code format} (the console's language), and the site as it now is. The caller holds the
     * site's lock.
     */
    public static void record(Path out, Inputs inputs, List<Generator.PlanOutcome> outcomes,
                              Function<Problem, String> format, int published) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", inputs.key());
        root.put("published", published);
        ArrayNode plans = root.putArray("plans");
        for (Generator.PlanOutcome outcome : outcomes) {
            String folder = outcome.folder().toString();
            String key = inputs.plans().get(folder);
            if (key == null) {
                return; // the plans changed while they were checked: record nothing
            }
            ObjectNode node = plans.addObject();
            node.put("folder", folder);
            node.put("key", key);
            ArrayNode lines = node.putArray("lines");
            outcome.problems().sorted().forEach(p -> lines.add(format.apply(p)));
            node.put("errors", outcome.problems().errorCount());
            node.put("warnings", outcome.problems().warningCount());
        }
        if (plans.size() != inputs.plans().size()) {
            return;
        }
        Path file = out.resolve(FILE);
        Files.deleteIfExists(file);
        ObjectNode site = root.putObject("site");
        siteFiles(out).forEach(site::put);
        new AtomicFileWriter().write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Forgets the last build, before a build that may change the site. */
    public static void forget(Path out) throws IOException {
        Files.deleteIfExists(out.resolve(FILE));
    }

    /** Every file under the site but this record and the lock, with its size and modification time. */
    private static Map<String, String> siteFiles(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                String name = out.relativize(p).toString().replace('\\', '/');
                if (!attributes.isRegularFile() || name.equals(FILE) || name.equals(SiteLock.FILE)) {
                    continue;
                }
                files.put(name, attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return files;
    }
}

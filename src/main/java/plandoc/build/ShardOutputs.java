package plandoc.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import plandoc.diagnostic.Message;
import plandoc.publish.StateFolder;

/**
 * The outputs of {@code build --shard K/N} handed to {@code build --merge}: each is marked by
 * {@value #MARKER}, naming its shard and the plans it published. Before anything is merged the set
 * is checked: every output a shard output, one N, each K once, none missing.
 */
public final class ShardOutputs {
    public static final String MARKER = StateFolder.PREFIX + "shard.json";
    private static final String FORMAT = "plandoc.shard/1";

    /**
     * One shard's output folder and its shard, the plans it published and those of its part it withheld as secret
     * (slug → the level as written): a merge takes those out of the site as a build does, their signed PDFs kept
     * beside it ({@link SecretArchive}), never in the site's archive. A marker written before s25 names none.
     */
    public record Output(Path dir, Shard shard, List<String> plans, java.util.SortedMap<String, String> secret) {
        public Output {
            plans = List.copyOf(plans);
            secret = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(secret));
        }
    }

    /** One plan to merge: the shard output holding it and its record. */
    record Plan(Path shard, SiteRecord record) {
    }

    /** The folders given cannot be merged; {@code message} says why (a usage error). */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.message = Message.of(key, args);
        }

        public Message message() {
            return message;
        }
    }

    /** A shard output lacks a plan's record or files: the shard's build did not finish (content). */
    static final class Incomplete extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;
        private final String slug;

        Incomplete(Path dir, String slug) {
            super(dir + ": " + slug);
            this.dir = dir;
            this.slug = slug;
        }

        Path dir() {
            return dir;
        }

        String slug() {
            return slug;
        }
    }

    private ShardOutputs() {
    }

    /** The shard outputs in {@code dirs}, checked to make up exactly one whole partition. */
    public static List<Output> read(List<Path> dirs) throws Invalid {
        TreeMap<Integer, Output> byIndex = new TreeMap<>();
        int count = 0;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new Invalid("build.merge-no-folder", dir);
            }
            Output output = marker(dir).orElseThrow(() -> new Invalid("build.merge-not-shard", dir,
                    StateFolder.shown(dir).resolve("shard.json")));
            if (count != 0 && output.shard().count() != count) {
                throw new Invalid("build.merge-mixed", dir, output.shard(), count);
            }
            count = output.shard().count();
            Output earlier = byIndex.put(output.shard().index(), output);
            if (earlier != null) {
                throw new Invalid("build.merge-overlap", output.shard(), earlier.dir(), dir);
            }
        }
        // One checkout at one commit (docs/ci.md): parts read at two commits would publish two versions of the content.
        Map<String, Path> commits = new TreeMap<>();
        for (Output output : byIndex.values()) {
            ContentRead.last(output.dir()).flatMap(ContentRead::commit).ifPresent(c -> commits.putIfAbsent(c, output.dir()));
        }
        if (commits.size() > 1) {
            throw new Invalid("build.merge-commits", String.join(", ", commits.entrySet().stream()
                    .map(e -> e.getValue() + " (" + e.getKey().substring(0, Math.min(7, e.getKey().length())) + ")")
                    .toList()));
        }
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            if (!byIndex.containsKey(k)) {
                missing.add(k + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new Invalid("build.merge-missing", String.join(", ", missing));
        }
        return List.copyOf(byIndex.values());
    }

    /** Every plan of the shards with its record, in slug order (a single build's order). */
    static List<Plan> plans(List<Output> outputs) throws Incomplete {
        List<Plan> plans = new ArrayList<>();
        for (Output output : outputs) {
            BuildCache cache = BuildCache.read(output.dir());
            for (String slug : output.plans()) {
                Optional<BuildCache.PlanEntry> entry = cache.plan(slug);
                Optional<SiteRecord> record = SiteRecords.read(output.dir(), slug)
                        .filter(r -> entry.isPresent() && r.key().equals(entry.get().key()));
                if (record.isEmpty() || !BuildCache.present(output.dir().resolve(slug), record.get().files())
                        || !output.shard().contains(slug)) {
                    throw new Incomplete(output.dir(), slug);
                }
                plans.add(new Plan(output.dir(), record.get()));
            }
        }
        plans.sort(Comparator.comparing(p -> p.record().slug()));
        return plans;
    }

    static byte[] marker(Shard shard, List<String> plans, java.util.Map<String, String> secret) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("format", FORMAT).put("shard", shard.toString());
        plans.forEach(root.putArray("plans")::add);
        if (!secret.isEmpty()) {
            ObjectNode levels = root.putObject("secret");
            new TreeMap<>(secret).forEach(levels::put);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static Optional<Output> marker(Path dir) {
        Path file = StateFolder.resolve(dir, MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Optional<Shard> shard = Shard.parse(root.path("shard").asText());
            if (!FORMAT.equals(root.path("format").asText()) || shard.isEmpty()) {
                return Optional.empty();
            }
            List<String> plans = new ArrayList<>();
            root.path("plans").forEach(p -> plans.add(p.asText()));
            TreeMap<String, String> secret = new TreeMap<>();
            root.path("secret").fields().forEachRemaining(e -> secret.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new Output(dir, shard.get(), plans, secret));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

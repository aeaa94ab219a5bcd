package plandoc.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plans' git histories as read for one HEAD (issue 17): a folder's log depends on HEAD alone, so
 * a build at the same HEAD takes it from here instead of walking the history of every plan folder
 * again, and a build after new commits in a straight line from the cached HEAD brings the logs forward
 * with those commits only ({@link #advance}). Kept by {@code build} beside the site as bookkeeping ({@value #FILE}); a missing, unreadable or
 * foreign file, or one of another HEAD, is an empty cache. Not thread-safe: one build's git thread
 * fills it, then the build writes it.
 *
 * <p>It also keeps what each commit of those logs changed in its plan's document ({@link ContentChange}):
 * a fact of the two commits alone, so it stays true when HEAD moves, as long as the same plandoc made it
 * ({@link ChangeSummarizer#version()}). Comparing two versions loads both through the pipeline, which
 * costs far more than reading a log: a build pays it once per new commit of a plan, never again.
 */
public final class HistoryCache {
    public static final String FILE = ".plandoc/history.json";
    /** 3: logs follow a plan's renamed folder (s25), summaries are kept under the folder each commit had it in. */
    private static final String FORMAT = "plandoc.history/3";

    private String head;
    private final Map<String, List<Commit>> byPath;
    /** The {@link ChangeSummarizer#version()} that made {@link #summaries}. */
    private String summarizer;
    /** Plan folder → commit id → what the commit changed in the plan's document. */
    private final Map<String, Map<String, ContentChange>> summaries;
    private boolean changed;
    private int readFromGit;
    private int summarised;

    private HistoryCache(String head, Map<String, List<Commit>> byPath, String summarizer,
                         Map<String, Map<String, ContentChange>> summaries) {
        this.head = head;
        this.byPath = byPath;
        this.summarizer = summarizer;
        this.summaries = summaries;
    }

    public static HistoryCache empty() {
        return new HistoryCache("", new TreeMap<>(), "", new TreeMap<>());
    }

    public static HistoryCache read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return empty();
            }
            Map<String, List<Commit>> byPath = new TreeMap<>();
            root.path("paths").properties().forEach(e -> {
                List<Commit> commits = new ArrayList<>();
                e.getValue().forEach(c -> commits.add(new Commit(c.path("id").asText(), c.path("author").asText(),
                        TimeText.time(c.path("when").asText()), c.path("message").asText(),
                        c.hasNonNull("renamedFrom") ? Optional.of(c.path("renamedFrom").asText()) : Optional.empty())));
                byPath.put(e.getKey(), List.copyOf(commits));
            });
            Map<String, Map<String, ContentChange>> summaries = new TreeMap<>();
            root.path("summaries").properties().forEach(e -> {
                Map<String, ContentChange> byCommit = new TreeMap<>();
                e.getValue().properties().forEach(c -> {
                    // A line kept without its English (an earlier plandoc's cache) is made again, not guessed.
                    if (c.getValue().hasNonNull("english")) {
                        byCommit.put(c.getKey(), new ContentChange(
                                ContentChange.Kind.valueOf(c.getValue().path("kind").asText()),
                                c.getValue().path("summary").asText(), c.getValue().path("english").asText()));
                    }
                });
                summaries.put(e.getKey(), byCommit);
            });
            return new HistoryCache(root.path("head").asText(), byPath, root.path("summarizer").asText(), summaries);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The log of {@code path} at {@code headId}, if this cache holds it. */
    Optional<List<Commit>> get(String headId, String path) {
        return headId.equals(head) ? Optional.ofNullable(byPath.get(path)) : Optional.empty();
    }

    void put(String headId, String path, List<Commit> commits) {
        if (!headId.equals(head)) {
            head = headId;
            byPath.clear();
        }
        byPath.put(path, List.copyOf(commits));
        changed = true;
        readFromGit++;
    }

    /**
     * What {@code commitId} changed in the plan that was at {@code path} in it, if this cache holds it as
     * {@code version} made it. By the folder the commit had the plan in ({@link Commit#folders}), not the folder it
     * is in now: a comparison of two commits' versions of a folder is the same whatever the plan is called since, so
     * a renamed plan keeps the summaries made under its earlier name.
     */
    Optional<ContentChange> summary(String version, String path, String commitId) {
        return version.equals(summarizer)
                ? Optional.ofNullable(summaries.getOrDefault(path, Map.of()).get(commitId)) : Optional.empty();
    }

    void putSummary(String version, String path, String commitId, ContentChange change) {
        if (!version.equals(summarizer)) {
            summarizer = version;
            summaries.clear();
        }
        summaries.computeIfAbsent(path, p -> new TreeMap<>()).put(commitId, change);
        changed = true;
        summarised++;
    }

    /** How many summaries were made (not taken from this cache) since it was read. */
    int summarised() {
        return summarised;
    }

    /** The HEAD the logs held are of; "" for an empty cache. */
    String head() {
        return head;
    }

    /**
     * Moves every log held to {@code headId}, given the commits from there back to the cached HEAD
     * (newest first, a straight line): each log gains, in front, those that touched its folder — what
     * git log of the folder lists at the new HEAD — and keeps at most {@code limit}. A commit then
     * costs one tree comparison instead of a walk of the history per plan (issue 17).
     */
    void advance(String headId, List<ChangedCommit> line, int limit) {
        // A folder a new commit made again (a plan given the name, a rename's new name) begins a log of its own,
        // perhaps one followed to an earlier name: read from git, not added to the log of the plan it replaces.
        byPath.keySet().removeIf(path -> line.stream().anyMatch(c -> c.makes(path)));
        byPath.replaceAll((path, commits) -> {
            List<Commit> log = new ArrayList<>();
            line.stream().filter(c -> c.touches(path)).forEach(c -> log.add(c.commit()));
            log.addAll(commits);
            return List.copyOf(log.subList(0, Math.min(limit, log.size())));
        });
        head = headId;
        changed = true;
    }

    /** How many logs were read from git (not from this cache) since it was read. */
    int readFromGit() {
        return readFromGit;
    }

    /** Whether anything was read from git since this cache was read. */
    public boolean changed() {
        return changed;
    }

    public byte[] bytes() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("format", FORMAT).put("head", head);
        ObjectNode paths = root.putObject("paths");
        byPath.forEach((path, commits) -> {
            ArrayNode list = paths.putArray(path);
            commits.forEach(c -> {
                ObjectNode node = list.addObject().put("id", c.id()).put("author", c.author())
                        .put("when", c.when().toString()).put("message", c.message());
                c.renamedFrom().ifPresent(former -> node.put("renamedFrom", former));
            });
        });
        root.put("summarizer", summarizer);
        ObjectNode kept = root.putObject("summaries");
        // Only the commits the logs still list: commits that fell out of a log take their summary along.
        Map<String, Map<String, ContentChange>> listed = new TreeMap<>();
        byPath.forEach((path, commits) -> {
            List<String> folders = Commit.folders(path, commits);
            for (int i = 0; i < commits.size(); i++) {
                String folder = folders.get(i);
                String id = commits.get(i).id();
                Optional.ofNullable(summaries.getOrDefault(folder, Map.of()).get(id)).ifPresent(change ->
                        listed.computeIfAbsent(folder, f -> new java.util.LinkedHashMap<>()).put(id, change));
            }
        });
        listed.forEach((folder, byCommit) -> {
            ObjectNode node = kept.putObject(folder);
            byCommit.forEach((id, change) -> node.putObject(id).put("kind", change.kind().name())
                    .put("summary", change.summary()).put("english", change.english()));
        });
        return mapper.writeValueAsBytes(root);
    }
}

package plandoc.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.publish.StateFolder;
import plandoc.render.html.PlanLinks;

/**
 * What the last build published, kept in {@code <out>/.plandoc-cache.json}: for each plan the key
 * its files were rendered from, the files themselves and the links the index shows for it; for the
 * index and the assets, the key they were written from. A missing, unreadable or foreign cache is
 * an empty one — the build then renders everything, which is slow but never wrong.
 */
final class BuildCache {
    static final String FILE = ".plandoc/cache.json";
    private static final int FORMAT = 1;
    /**
     * A plan entry's field of held-back sources ({@link PlanEntry#unprinted}): written, read, and looked for in the
     * file's text unparsed ({@link #holdsUnprinted}), quoted as JSON names are; it needs no escape.
     */
    private static final String UNPRINTED = "unprinted";

    private final Map<String, PlanEntry> plans;
    private final Map<String, SiteEntry> site;
    /** The file's bytes this cache was read from; null when it was not read from one. */
    private final byte[] source;

    private BuildCache(Map<String, PlanEntry> plans, Map<String, SiteEntry> site, byte[] source) {
        this.plans = plans;
        this.site = site;
        this.source = source;
    }

    static BuildCache empty() {
        return new BuildCache(new LinkedHashMap<>(), new LinkedHashMap<>(), null);
    }

    /**
     * One plan as published.
     *
     * @param key   digest of everything its files were rendered from
     * @param files each file written into the plan folder, with its size, so a deleted or truncated file is noticed
     * @param links what the site index links to for this plan
     * @param unprinted the key of sources the site did not publish over these files: an issued document's edit that
     *                  changes nothing printed ({@link IssuedFreeze.KeepPublished}), kept without being
     *                  rendered. Which edit the site told about is the site's, not the cache's ({@link UnprintedSaid})
     */
    record PlanEntry(String key, List<OutputFile> files, PlanLinks links, Optional<String> unprinted) {
        PlanEntry {
            files = List.copyOf(files);
        }

        PlanEntry(String key, List<OutputFile> files, PlanLinks links) {
            this(key, files, links, Optional.empty());
        }
    }

    /** A site-wide output (the index, the assets) and the files it consists of, relative to the site. */
    record SiteEntry(String key, List<OutputFile> files) {
        SiteEntry {
            files = List.copyOf(files);
        }
    }

    /** A file relative to its folder, with the size it had when written. */
    record OutputFile(String name, long size) {
    }

    /** Whether every recorded file is still there with the size it was written with. */
    static boolean present(Path dir, List<OutputFile> files) {
        java.io.File folder = dir.toFile();
        for (OutputFile file : files) {
            // File.length: one stat without an attributes object, twice per plan per build (issue 17). It
            // says 0 for a missing file, so an empty file is asked for as before.
            long size = file.size() == 0 ? size(dir.resolve(file.name())) : new java.io.File(folder, file.name()).length();
            if (size != file.size()) {
                return false;
            }
        }
        return !files.isEmpty();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    Optional<PlanEntry> plan(String slug) {
        return Optional.ofNullable(plans.get(slug));
    }

    void putPlan(String slug, PlanEntry entry) {
        plans.put(slug, entry);
    }

    /** The plans the last build published, in the order it listed them. */
    List<String> planSlugs() {
        return List.copyOf(plans.keySet());
    }

    void removePlan(String slug) {
        plans.remove(slug);
    }

    Optional<SiteEntry> site(String name) {
        return Optional.ofNullable(site.get(name));
    }

    /** The files of every site-wide output (the index and search data, the assets…), relative to the site. */
    List<String> siteFiles() {
        List<String> names = new ArrayList<>();
        site.values().forEach(entry -> entry.files().forEach(f -> names.add(f.name())));
        return names;
    }

    void putSite(String name, SiteEntry entry) {
        site.put(name, entry);
    }

    void removeSite(String name) {
        site.remove(name);
    }

    static BuildCache read(Path outDir) {
        return read(outDir, empty());
    }

    /**
     * Whether the site holds back an issued document's edit that changes nothing printed ({@link
     * IssuedFreeze.KeepPublished}): a {@code build --reissue} then runs in full, to say it again with its folder's
     * command, instead of being answered from the check record (s35 review M2). Otherwise a --reissue with nothing
     * to re-issue stays as quick as any no-op build.
     */
    static boolean holdsUnprinted(Path outDir) {
        // Asked before every --reissue, the no-op included: a cache whose text never names the field holds no such
        // entry, known without parsing its ~1.7 kB a plan (issue 17). A name found (in a link's text, say) is parsed.
        try {
            byte[] bytes = Files.readAllBytes(StateFolder.resolve(outDir, FILE));
            // Latin-1: one char a byte, so the ASCII name is found as it is and never inside a multi-byte letter.
            if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains('"' + UNPRINTED + '"')) {
                return false;
            }
        } catch (IOException e) {
            return false; // no cache, or unreadable: read as empty
        }
        return read(outDir).plans.values().stream().anyMatch(e -> e.unprinted().isPresent());
    }

    /**
     * The cache as the site holds it now — a copy of {@code earlier} when the file still holds the bytes
     * {@code earlier} was read from. A build reads the cache before it takes the site's lock (to find the
     * plans it need not check) and again under it, where another build may have written it in between:
     * comparing the bytes costs a read, parsing them again ~15 ms of a one-plan build (issue 17).
     */
    static BuildCache read(Path outDir, BuildCache earlier) {
        Path file = StateFolder.resolve(outDir, FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return empty();
        }
        if (earlier.readFrom(bytes)) {
            return new BuildCache(new LinkedHashMap<>(earlier.plans), new LinkedHashMap<>(earlier.site), bytes);
        }
        return parse(bytes);
    }

    /** Whether this cache was read from exactly {@code bytes}. */
    private boolean readFrom(byte[] bytes) {
        return source != null && java.util.Arrays.equals(source, bytes);
    }

    /** Whether both were read from the same bytes of the file. */
    boolean sameFileAs(BuildCache other) {
        return other.source != null && readFrom(other.source);
    }

    private static BuildCache parse(byte[] bytes) {
        // Token by token from the bytes (JsonFields): the tree, and the text decoded first, were most of
        // reading a 200-plan cache in a one-plan build (issue 17).
        try (JsonParser parser = JsonFields.open(bytes)) {
            Map<String, PlanEntry> plans = new LinkedHashMap<>();
            Map<String, SiteEntry> site = new LinkedHashMap<>();
            int[] format = {0};
            JsonFields.object(parser, (name, p) -> {
                switch (name) {
                    case "format" -> format[0] = p.getValueAsInt(0);
                    case "plans" -> JsonFields.object(p, (slug, entry) -> plans.put(slug, planEntry(entry)));
                    case "site" -> JsonFields.object(p, (page, entry) -> site.put(page, siteEntry(entry)));
                    default -> p.skipChildren();
                }
            });
            return format[0] == FORMAT ? new BuildCache(plans, site, bytes) : empty();
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    byte[] bytes() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode planNodes = root.putObject("plans");
        plans.forEach((slug, entry) -> {
            ObjectNode node = planNodes.putObject(slug);
            node.put("key", entry.key());
            entry.unprinted().ifPresent(key -> node.put(UNPRINTED, key));
            putFiles(node.putArray("files"), entry.files());
            ObjectNode links = node.putObject("links");
            links.put("page", entry.links().page());
            links.put("pdf", entry.links().pdf());
            links.put("json", entry.links().json());
            ArrayNode csv = links.putArray("csv");
            entry.links().csv().forEach(f -> csv.addObject().put("href", f.href()).put("label", f.label())
                    .put("table", f.table()));
        });
        ObjectNode siteNodes = root.putObject("site");
        site.forEach((name, entry) -> {
            ObjectNode node = siteNodes.putObject(name);
            node.put("key", entry.key());
            putFiles(node.putArray("files"), entry.files());
        });
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static void putFiles(ArrayNode array, List<OutputFile> files) {
        files.forEach(f -> array.addObject().put("name", f.name()).put("size", f.size()));
    }

    private static final List<String> ENTRY = List.of("key");

    private static PlanEntry planEntry(JsonParser parser) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        PlanLinks[] links = new PlanLinks[1];
        String[] unprinted = new String[1];
        String[] key = JsonFields.texts(parser, ENTRY, (name, p) -> {
            switch (name) {
                case UNPRINTED -> unprinted[0] = p.getValueAsString();
                case "files" -> files.addAll(JsonFields.list(p, BuildCache::file));
                case "links" -> links[0] = SiteRecords.links(p); // written alike in both files
                default -> p.skipChildren();
            }
        });
        if (links[0] == null) {
            throw new IOException("no links"); // a foreign cache: read as empty
        }
        return new PlanEntry(key[0], files, links[0], Optional.ofNullable(unprinted[0]));
    }

    private static SiteEntry siteEntry(JsonParser parser) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        String[] key = JsonFields.texts(parser, ENTRY, JsonFields.listInto("files", files, BuildCache::file));
        return new SiteEntry(key[0], files);
    }

    private static final List<String> NAME = List.of("name");

    /** A file with its size (-1 when not given), as the cache and the site records keep it. */
    static OutputFile file(JsonParser parser) throws IOException {
        long[] size = {-1};
        String[] name = JsonFields.texts(parser, NAME, (field, p) -> {
            if (field.equals("size")) {
                size[0] = p.getValueAsLong(-1);
            } else {
                p.skipChildren();
            }
        });
        return new OutputFile(name[0], size[0]);
    }
}

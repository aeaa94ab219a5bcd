package plandoc.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problem;
import plandoc.history.HistoryCache;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.publish.StateFolder;
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
    static final String FILE = ".plandoc/check.json";
    private static final int FORMAT = 1;

    /** One plan as checked: the messages printed for it and its counts. */
    public record PlanResult(String folder, String key, List<String> lines, int errors, int warnings) {
        public PlanResult {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The inputs of a build as they are now.
     *
     * @param plans   plan folder → the digest of its files
     * @param memos   plan folder → that digest with what its files looked like, kept in the record
     * @param changed when the last build left a record: the plan folders whose digest is not the one
     *                it recorded (edited, or new since), which a build must check whatever git says
     * @param site    the site's files as that record listed them
     * @param stale   that record was made from other inputs: {@link #replay} need not read it again
     * @param templates the templates folder's digest, kept in the record like a plan folder's
     */
    public record Inputs(String key, Map<String, String> plans, Map<String, Memo> memos,
                         Optional<Set<String>> changed, Optional<SiteList> site, boolean stale,
                         Optional<FolderMemo> templates) {
        public Inputs {
            plans = Map.copyOf(plans);
            memos = Map.copyOf(memos);
            changed = changed.map(Set::copyOf);
        }

        public Inputs(String key, Map<String, String> plans, Map<String, Memo> memos, Optional<Set<String>> changed) {
            this(key, plans, memos, changed, Optional.empty(), false, Optional.empty());
        }

        public Inputs(String key, Map<String, String> plans, Map<String, Memo> memos) {
            this(key, plans, memos, Optional.empty());
        }

        public Inputs(String key, Map<String, String> plans) {
            this(key, plans, Map.of());
        }
    }

    /**
     * A plan folder's digest as last computed (issue 17), with a digest of its files' names, sizes,
     * modification times and identities then, the newest of those times and when it was computed. It
     * stands for the folder's digest while the files look the same and were all older than the
     * computation by {@link #RACY_MILLIS}: a file written within a timestamp's granularity of being
     * read could have changed without changing its time (git's "racily clean" files).
     */
    public record Memo(String key, String stat, long newest, long at) {
    }

    /** How much older than its digest a file must be for its size and time to vouch for its content. */
    static final long RACY_MILLIS = 3_000;

    /**
     * The site's files as the last record listed them (path → size and time), with that record's own
     * size, time and identity: a build that deletes the same record under the site's lock knows that
     * nothing published since, and patches this list with what its own transaction wrote instead of
     * walking the site (issue 17). A wrong list costs the next unchanged build its replay, nothing more:
     * a replay compares the list with the site walked.
     */
    public record SiteList(Map<String, String> files, String stamp) {
        public SiteList {
            files = Map.copyOf(files);
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
        return inputs(content, templates, settings, tool, options, Optional.empty());
    }

    /**
     * As above, a plan folder whose files look as the record in {@code out} last saw them not read
     * again: its digest is the recorded one (SHA-256 of every plan's files was 15 % of a one-changed
     * build of 200 plans).
     */
    public static Inputs inputs(Path content, Path templates, RenderSettings settings, ToolVersion tool, String options,
                                Path out) throws IOException {
        return inputs(content, templates, settings, tool, options, Optional.of(out));
    }

    private static Inputs inputs(Path content, Path templates, RenderSettings settings, ToolVersion tool,
                                 String options, Optional<Path> out) throws IOException {
        long now = System.currentTimeMillis();
        Previous last = out.map(CheckCache::previous).orElse(Previous.NONE);
        Map<String, Memo> previous = last.memos();
        List<Path> folders = new PlanLoader(Path.of("")).plansIn(content);
        Digest global = new Digest().add(Integer.toString(FORMAT)).add(tool.fingerprint()).add(settings.digestText())
                .add(options).add(Path.of("").toAbsolutePath().toString()).add(content.toString())
                .add(templates.toString())
                // The fonts found, not PLANDOC_FONTS's path: Times New Roman put in place renders again (s28 re-read H1).
                .add(Renderers.facesKey(templates, settings))
                // An issue date after today is a warning until that day: a record made on another day says
                // what that day's check said (validate.CheckDate).
                .add(plandoc.validate.CheckDate.today().toString());
        Optional<FolderMemo> templatesMemo = Optional.empty();
        if (Files.isDirectory(templates)) {
            // The templates are read again only when their files look different, as a plan folder is.
            Memo memo = memo(templates, last.templates().filter(m -> m.folder().equals(templates.toString()))
                    .map(FolderMemo::memo), now);
            global.add(memo.key());
            templatesMemo = Optional.of(new FolderMemo(templates.toString(), memo));
        } else {
            global.addTree(templates);
        }
        global                .add(new ProvenanceReader().head(content).orElse("(no git)"));
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
        Map<String, Memo> memos = new TreeMap<>();
        Set<String> changed = new TreeSet<>();
        for (Path folder : folders) {
            Optional<Memo> before = Optional.ofNullable(previous.get(folder.toString()));
            Memo memo = memo(folder, before, now);
            plans.put(folder.toString(), memo.key());
            memos.put(folder.toString(), memo);
            if (before.isEmpty() || !before.get().key().equals(memo.key())) {
                changed.add(folder.toString());
            }
        }
        String key = global.hex();
        boolean stale = last.key().isPresent() && !(last.key().get().equals(key) && last.keys().equals(plans));
        return new Inputs(key, plans, memos, previous.isEmpty() ? Optional.empty() : Optional.of(changed),
                last.site(), stale, templatesMemo);
    }

    /** The folder's digest: {@code previous} when its files look the same and are old enough, else read. */
    static Memo memo(Path folder, Optional<Memo> previous, long now) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Memo(new Digest().addTree(folder).hex(), "", 0, now);
        }
        Digest stat = new Digest();
        long newest = Long.MIN_VALUE;
        for (Map.Entry<Path, BasicFileAttributes> entry : files(folder).entrySet()) {
            Path file = entry.getKey();
            BasicFileAttributes attributes = entry.getValue();
            stat.add(folder.relativize(file).toString()).add(Long.toString(attributes.size()))
                    .add(Long.toString(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)))
                    .add(String.valueOf(attributes.fileKey()));
            newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
        }
        String signature = stat.hex();
        if (previous.isPresent() && previous.get().stat().equals(signature)
                && newest < previous.get().at() - RACY_MILLIS) {
            return previous.get();
        }
        // Stat first, digest after: a file changed in between has a newer time than now, and is read again next time.
        return new Memo(new Digest().addTree(folder).hex(), signature, newest, now);
    }

    /**
     * The files {@link Digest#files} lists, in its order, each with its attributes (a link's target's), read
     * in one walk: one stat per file instead of three (issue 17: 200 plan folders before every build).
     */
    static Map<Path, BasicFileAttributes> files(Path folder) throws IOException {
        Map<Path, BasicFileAttributes> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                BasicFileAttributes target = attributes.isSymbolicLink() && Files.isRegularFile(file)
                        ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
                if (target.isRegularFile() && !Digest.isScratch(file)) {
                    files.put(file, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** What the last record kept that a build reads before it checks: the folders' digests, the site's files. */
    record Previous(Optional<String> key, Map<String, String> keys, Map<String, Memo> memos,
                            Optional<SiteList> site, Optional<FolderMemo> templates) {
        static final Previous NONE = new Previous(Optional.empty(), Map.of(), Map.of(), Optional.empty(),
                Optional.empty());
    }

    /** A folder's memo with the folder it was made of (the templates'). */
    public record FolderMemo(String folder, Memo memo) {
    }

    /** The last record's plan folder digests and site list; none when there is no readable record. */
    private static Previous previous(Path out) {
        Path file = StateFolder.resolve(out, FILE);
        if (!Files.isRegularFile(file)) {
            return Previous.NONE;
        }
        try {
            return CheckRecordReader.read(file, stamp(file), FORMAT).orElse(Previous.NONE);
        } catch (IOException | RuntimeException e) {
            return Previous.NONE; // every folder is read, the site walked
        }
    }

    /** A file's size, time and identity: another record written in its place differs. */
    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                + attributes.fileKey();
    }

    /** Whether the site holds back an unprinted edit ({@link BuildCache#holdsUnprinted}). */
    public static boolean holdsUnprinted(Path out) {
        return BuildCache.holdsUnprinted(out);
    }

    /**
     * The last build's outcome when its inputs are the same as now and the site still holds exactly
     * the files it left; empty otherwise.
     */
    public static Optional<Replay> replay(Inputs now, Path out) {
        Path file = StateFolder.resolve(out, FILE);
        if (now.stale() || !Files.isRegularFile(file)) {
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
    public static void record(Path out, Inputs inputs, List<PlanOutcome> outcomes,
                              Function<Problem, String> format, int published) throws IOException {
        record(out, inputs, outcomes, format, published, Optional.empty(), Optional.empty());
    }

    /**
     * As above; the site's files listed from {@code before} (what {@link #forget(Path, Inputs)} found)
     * with each path in {@code written} (what this build's transaction changed) and the bookkeeping
     * files beside the site looked at again, instead of walking the whole site. Either empty: walked.
     */
    public static void record(Path out, Inputs inputs, List<PlanOutcome> outcomes,
                              Function<Problem, String> format, int published, Optional<SiteList> before,
                              Optional<List<String>> written) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", inputs.key());
        root.put("published", published);
        if (inputs.templates().isPresent() && !inputs.templates().get().memo().stat().isEmpty()) {
            Memo memo = inputs.templates().get().memo();
            root.putObject("templates").put("folder", inputs.templates().get().folder()).put("key", memo.key())
                    .put("stat", memo.stat()).put("newest", memo.newest()).put("at", memo.at());
        }
        ArrayNode plans = root.putArray("plans");
        // A problem of a file every plan reads (province.yaml, a key store beside the plans) is recorded once, where
        // the first plan met it, as the check printed and counted it (cli.ProblemReport).
        java.util.Set<Problem> recorded = new java.util.HashSet<>();
        for (PlanOutcome outcome : outcomes) {
            String folder = outcome.folder().toString();
            String key = inputs.plans().get(folder);
            if (key == null) {
                return; // the plans changed while they were checked: record nothing
            }
            ObjectNode node = plans.addObject();
            node.put("folder", folder);
            node.put("key", key);
            Memo memo = inputs.memos().get(folder);
            if (memo != null && memo.key().equals(key) && !memo.stat().isEmpty()) {
                node.put("stat", memo.stat());
                node.put("newest", memo.newest());
                node.put("at", memo.at());
            }
            ArrayNode lines = node.putArray("lines");
            int errors = 0;
            int warnings = 0;
            for (Problem p : outcome.problems().sorted()) {
                if (recorded.add(p)) {
                    lines.add(format.apply(p));
                    errors += p.isError() ? 1 : 0;
                    warnings += p.isError() ? 0 : 1;
                }
            }
            node.put("errors", errors);
            node.put("warnings", warnings);
        }
        if (plans.size() != inputs.plans().size()) {
            return;
        }
        Path file = StateFolder.resolve(out, FILE);
        Files.deleteIfExists(file);
        ObjectNode site = root.putObject("site");
        Map<String, String> files = before.isPresent() && written.isPresent()
                ? patched(out, before.get().files(), written.get()) : siteFiles(out);
        files.forEach(site::put);
        new AtomicFileWriter().write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Forgets the last build, before a build that may change the site. */
    public static void forget(Path out) throws IOException {
        Files.deleteIfExists(StateFolder.resolve(out, FILE));
    }

    /**
     * As {@link #forget(Path)}, under the site's lock: when the record deleted is the one {@code inputs}
     * read (no build published in between) and was made from other inputs, the site's files it listed,
     * for {@link #record} to patch. A record of the same inputs that was not replayed may list the site
     * wrongly (a file changed behind its back): the build walks the site, so one full run mends the list.
     */
    public static Optional<SiteList> forget(Path out, Inputs inputs) throws IOException {
        Path file = StateFolder.resolve(out, FILE);
        Optional<SiteList> site = Optional.empty();
        if (inputs.stale() && inputs.site().isPresent() && Files.isRegularFile(file)
                && stamp(file).equals(inputs.site().get().stamp())) {
            site = inputs.site();
        }
        Files.deleteIfExists(file);
        return site;
    }

    /** Files written beside the site's pages outside the transaction, by every build. */
    private static final List<String> BOOKKEEPING = List.of(HistoryCache.FILE, FontNotice.FILE);

    /**
     * The site's files: {@code before}, with every path in {@code written} (a file, or a folder and all
     * under it) and the bookkeeping files as they now are; a stat per file written instead of a walk.
     */
    static Map<String, String> patched(Path out, Map<String, String> before, List<String> written)
            throws IOException {
        TreeMap<String, String> files = new TreeMap<>(before);
        Set<String> targets = new TreeSet<>(written);
        targets.addAll(BOOKKEEPING);
        for (String target : targets) {
            files.remove(target);
            files.subMap(target + "/", target + "0").clear(); // '0' follows '/': everything under the folder
            Path path = StateFolder.resolve(out, target);
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                list(out, path, files);
            }
        }
        return files;
    }

    /**
     * Every file of the site and of its state folder (bookkeeping, named under {@code .plandoc/}) but this record and
     * the lock, with its size and modification time.
     */
    static Map<String, String> siteFiles(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        list(out, out, files);
        Path state = StateFolder.of(out);
        if (Files.isDirectory(state)) {
            list(out, state, files);
        }
        return files;
    }

    /** Adds the files under {@code root} (or {@code root} itself, a file) to {@code files}, by their name in the site. */
    private static void list(Path out, Path root, Map<String, String> files) throws IOException {
        Path state = StateFolder.of(out);
        Path absoluteOut = out.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                Path absolute = p.toAbsolutePath().normalize();
                String name = absolute.startsWith(state) ? StateFolder.PREFIX + state.relativize(absolute)
                        : absoluteOut.relativize(absolute).toString();
                name = name.replace('\\', '/');
                if (!attributes.isRegularFile() || name.equals(FILE) || name.equals(SiteLock.FILE)) {
                    continue;
                }
                files.put(name, attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
    }
}

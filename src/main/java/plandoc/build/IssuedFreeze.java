package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import plandoc.diagnostic.Message;
import plandoc.publish.SignedFiles;
import plandoc.publish.StateFolder;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.resolved.ResolvedPlan;

/**
 * An issued document, once published, is frozen (s30 tryout F1): its number and date stand for the text the site
 * published, so a build does not print another text under them. A plan is edited when, against what the site
 * published of it (the publisher's state: its sources under {@link SiteUpdate#PUBLISHED}, its resolved document,
 * {@code plan.json}, in its folder), both its sources and its resolved document differ: a new plandoc computing or
 * printing the same sources otherwise is no edit (the sources are the same), nor is a comment in plan.yaml or a new
 * agency in agencies.yaml it does not name (the document is the same). Such a plan stops; with
 * {@code build --reissue} its previous PDF is kept in {@link #ARCHIVE} and its page links it. A draft is never
 * frozen; a signed PDF is frozen already, by {@link KeptSigned}. No git is read: {@code serve} has it off.
 */
final class IssuedFreeze {
    /** Where the PDFs of re-issued documents are kept, by plan: linked from the plan's page. */
    static final String ARCHIVE = "ban-da-thay-the";
    /** The resolved plan each plan's folder publishes (render.PlanFiles.JSON). */
    private static final String DATA = "plan.json";

    private final boolean on;
    private final boolean reissue;

    private IssuedFreeze(boolean on, boolean reissue) {
        this.on = on;
        this.reissue = reissue;
    }

    /** No plan frozen ({@code serve}'s preview, a draft build, a shard): the site is not the portal. */
    static IssuedFreeze off() {
        return new IssuedFreeze(false, false);
    }

    /** A build into the portal's site; {@code reissue}: {@code build --reissue}. */
    static IssuedFreeze of(boolean reissue) {
        return new IssuedFreeze(true, reissue);
    }

    /** A previous PDF to keep in {@link #ARCHIVE} ({@code path}, from the site root) as the plan is re-issued. */
    record Replaced(String path, byte[] bytes) {
    }

    /**
     * The plan's previous PDF to archive when {@code made}, the plan's new version, re-issues an edited issued
     * document ({@code --reissue}); empty when it is no edit of one. Without {@code --reissue} an edit stops the plan
     * (a content error naming its plan.yaml), before anything of it is staged.
     *
     * @param root the folder {@code plan.sources()} are named from
     * @param from the folder the site published the plan in when it was renamed in this build ({@link RenamedPlans}):
     *             a document is frozen by what it is, not by its folder's name
     */
    Optional<Replaced> check(ResolvedPlan plan, RenderedPlan made, Path root, Path outDir, Optional<String> from)
            throws IOException, RenderException {
        String slug = plan.info().slug();
        if (!on || plan.info().draft()) {
            return Optional.empty();
        }
        Path planFile = plan.sourceFolder().orElse(root.resolve(slug)).resolve("plan.yaml");
        return edit(slug, from, made.file(DATA).bytes(), () -> sources(root, plan.sources(), slug), planFile, outDir);
    }

    /**
     * {@code build --merge} (s32): as {@link #check}, a shard's version of a plan being its new one — its record, its
     * folder in the shard's output and the sources the shard published it from. A shard is built without the site, so
     * the merge is where a shard's edited issued document is frozen, or re-issued with {@code --merge … --reissue}.
     */
    Optional<Replaced> checkMerged(SiteRecord shard, Path shardFolder, Path shardSources, Path outDir)
            throws IOException, RenderException {
        String slug = shard.slug();
        if (!on || shard.info().draft() || !Files.isRegularFile(shardFolder.resolve(DATA))) {
            return Optional.empty();
        }
        return edit(slug, Optional.empty(), Files.readAllBytes(shardFolder.resolve(DATA)),
                () -> published(shardSources, slug), Path.of(shard.folder()).resolve("plan.yaml"), outDir);
    }

    /** The sources of a plan's new version, by name as {@link #sources} names them; read only when needed. */
    private interface Sources {
        Map<String, byte[]> read() throws IOException;
    }

    /**
     * The published version of plan {@code slug} (in folder {@code from} when renamed) to archive when the new one,
     * {@code data} (its plan.json) from {@code sources}, edits it; empty when it is no edit of an issued document.
     */
    private Optional<Replaced> edit(String slug, Optional<String> from, byte[] data, Sources sources, Path planFile,
                                    Path outDir) throws IOException, RenderException {
        String folder = from.orElse(slug);
        Optional<SiteRecord> published = SiteRecords.read(outDir, folder).filter(r -> !r.info().draft());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Path pdf = outDir.resolve(folder).resolve(published.get().info().fileStem() + ".pdf");
        Path publishedData = outDir.resolve(folder).resolve(DATA);
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(publishedData)) {
            return Optional.empty();
        }
        byte[] before = Files.readAllBytes(pdf);
        if (java.util.Arrays.equals(Files.readAllBytes(publishedData), data) || SignedFiles.signed(before)) {
            return Optional.empty(); // the same document, or a signed one (KeptSigned says what stops it)
        }
        Map<String, byte[]> now = sources.read();
        Map<String, byte[]> issued = published(StateFolder.resolve(outDir, SiteUpdate.PUBLISHED).resolve(folder), folder);
        List<String> edited = edited(now, issued);
        if (edited.isEmpty()) {
            return Optional.empty(); // plandoc computes the same sources otherwise: no edit
        }
        if (!reissue) {
            String date = published.get().info().date().map(plandoc.compute.VietnameseDates::short_).orElse("");
            String number = published.get().info().numberSymbol();
            String files = String.join(", ", edited);
            // Said at the first line edited, so the officer goes straight to it and can put it back (s34).
            Optional<FirstEdit> first = firstEdit(now, issued, planFile);
            throw new RenderException(RenderProblem.Kind.CONTENT,
                    first.map(f -> f.at().toString()).orElse(planFile.toString()),
                    first.map(f -> Message.of("publish.issued-changed-line", number, date, files,
                                    String.valueOf(f.at().line()), f.published().orElse("@publish.issued-line-added")))
                            .orElse(Message.of("publish.issued-changed", number, date, files)), slug, null);
        }
        return Optional.of(new Replaced(archivePath(outDir, slug, published.get().info().fileStem()), before));
    }

    /**
     * Where a re-issued plan's previous PDF is kept: {@code ban-da-thay-the/<slug>/<stem>-thay-the-<today>.pdf}, with
     * "-2", "-3"… when the site holds that name (re-issued twice the same day).
     */
    private static String archivePath(Path outDir, String slug, String stem) {
        String base = ARCHIVE + "/" + slug + "/" + stem + "-thay-the-" + LocalDate.now(plandoc.model.VietnamTime.ZONE);
        String path = base + ".pdf";
        for (int n = 2; Files.exists(outDir.resolve(path)); n++) {
            path = base + "-" + n + ".pdf";
        }
        return path;
    }

    /**
     * The earlier versions of the plan the site keeps, oldest first: what its page links and its record lists (s32).
     * Those the site's record of it lists (of its former folder, {@code from}, when renamed in this build), with those
     * archived now: {@code now} (re-issued), {@code signedNow} (its signed PDF replaced, {@code --replace-signed}); not
     * those put back in its folder ({@code restored}), nor a file no longer in the site. A record written before s32
     * lists none: the archive folders' file names are read instead, once, the record then keeping what they say.
     *
     * @param stem the plan's file stem: a separate appendix's signed PDF archived is not a version of the document
     */
    List<ArchivedVersion> versions(Path outDir, String slug, Optional<String> from, String stem, Optional<Replaced> now,
                                   List<String> signedNow, java.util.Set<String> restored) throws IOException {
        LocalDate today = LocalDate.now(plandoc.model.VietnamTime.ZONE);
        // In the order they were replaced: the record's, then this build's (two the same day keep theirs).
        Map<String, ArchivedVersion> versions = new java.util.LinkedHashMap<>();
        java.util.Set<String> staged = new TreeSet<>();
        if (on) {
            String recorded = from.orElse(slug);
            List<ArchivedVersion> listed = SiteRecords.read(outDir, recorded).map(SiteRecord::archived).orElse(List.of());
            if (listed.isEmpty()) {
                listed = fromNames(outDir, from.isPresent() ? List.of(slug, recorded) : List.of(slug), stem);
            }
            listed.forEach(v -> versions.put(v.path(), v));
        }
        now.ifPresent(r -> versions.put(r.path(), new ArchivedVersion(r.path(), today, ArchivedVersion.Why.REISSUED)));
        now.ifPresent(r -> staged.add(r.path()));
        for (String path : signedNow) {
            if (path.substring(path.lastIndexOf('/') + 1).startsWith(stem + SIGNED)) {
                versions.put(path, new ArchivedVersion(path, today, ArchivedVersion.Why.SIGNED_REPLACED));
                staged.add(path);
            }
        }
        List<ArchivedVersion> kept = new ArrayList<>();
        for (ArchivedVersion v : versions.values()) {
            if (!restored.contains(v.path()) && (staged.contains(v.path()) || Files.isRegularFile(outDir.resolve(v.path())))) {
                kept.add(v);
            }
        }
        kept.sort(java.util.Comparator.comparing(ArchivedVersion::replaced));
        return kept;
    }

    /**
     * The links a plan's page gives to {@code versions}, oldest first: "../ban-da-thay-the/…", the day each was
     * replaced and the link's words as compute words them in the chrome's {@code language} (what the version is,
     * signed or not, and the day it was replaced), and whether it is the text as first issued (the oldest: every
     * later one is a re-issue's).
     */
    static List<plandoc.render.html.PlanPage.ReplacedVersion> links(List<ArchivedVersion> versions, String language) {
        List<String> days = plandoc.compute.ReplacedVersionDays.labels(versions.stream().map(ArchivedVersion::replaced).toList());
        List<String> words = plandoc.compute.ReplacedVersionDays.entries(versions.stream()
                .map(v -> new plandoc.compute.ReplacedVersionDays.Replaced(v.replaced(),
                        v.why() == ArchivedVersion.Why.SIGNED_REPLACED)).toList(), language);
        List<plandoc.render.html.PlanPage.ReplacedVersion> links = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            links.add(new plandoc.render.html.PlanPage.ReplacedVersion("../" + versions.get(i).path(), days.get(i), i == 0,
                    words.get(i)));
        }
        return links;
    }

    /** How {@link plandoc.publish.SignedFiles#archivePath} names a replaced signed PDF after its stem. */
    private static final String SIGNED = "-da-ky-";
    private static final java.util.regex.Pattern DATED =
            java.util.regex.Pattern.compile("-(?:thay-the|da-ky)-(\\d{4}-\\d{2}-\\d{2})(-\\d+)?\\.pdf$");

    /**
     * A site before s32: the versions its archives hold, from their file names. A re-issued PDF's name carries the day
     * it was replaced; a signed one's the day it was signed, so the day it was written there (when it was replaced)
     * is taken, never earlier than that.
     */
    private static List<ArchivedVersion> fromNames(Path outDir, List<String> slugs, String stem) throws IOException {
        List<ArchivedVersion> versions = new ArrayList<>();
        for (String slug : slugs) {
            for (String archive : List.of(ARCHIVE, plandoc.publish.SignedFiles.ARCHIVE)) {
                Path folder = outDir.resolve(archive).resolve(slug);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                boolean signed = !archive.equals(ARCHIVE);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        java.util.regex.Matcher m = DATED.matcher(name);
                        if (!m.find() || signed && !name.startsWith(stem + SIGNED)) {
                            continue;
                        }
                        LocalDate day = LocalDate.parse(m.group(1));
                        if (signed) {
                            LocalDate written = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                                    plandoc.model.VietnamTime.ZONE);
                            day = written.isAfter(day) ? written : day;
                        }
                        versions.add(new ArchivedVersion(archive + "/" + slug + "/" + name, day, signed
                                ? ArchivedVersion.Why.SIGNED_REPLACED : ArchivedVersion.Why.REISSUED));
                    }
                }
            }
        }
        // "…-2026-12-07.pdf" before "…-2026-12-07-2.pdf": replaced the same day, in that order.
        versions.sort(java.util.Comparator.comparing(ArchivedVersion::replaced).thenComparing(v -> sameDay(v.path())));
        return versions;
    }

    /** The n of a name "…-2026-12-07-n.pdf", 1 without it. */
    private static int sameDay(String path) {
        java.util.regex.Matcher m = DATED.matcher(path);
        return m.find() && m.group(2) != null ? Integer.parseInt(m.group(2).substring(1)) : 1;
    }

    /**
     * The first edit of the first source (by name) edited and still there: in {@code planFile}'s folder for the plan's
     * own files ("/plan.yaml"), in the content folder for the others; empty when every edited file was taken away.
     */
    private static Optional<FirstEdit> firstEdit(Map<String, byte[]> now, Map<String, byte[]> before, Path planFile) {
        for (Map.Entry<String, byte[]> file : now.entrySet()) {
            byte[] was = before.get(file.getKey());
            if (was == null || !java.util.Arrays.equals(file.getValue(), was)) {
                String name = file.getKey();
                Path path = name.startsWith("/") ? planFile.resolveSibling(name.substring(1))
                        : planFile.getParent().resolveSibling(name);
                return Optional.of(was == null ? FirstEdit.added(path.toString())
                        : FirstEdit.of(path.toString(), file.getValue(), was));
            }
        }
        return Optional.empty();
    }

    /** The names of the files that differ between two sets of sources (sorted), none when they are the same. */
    private static List<String> edited(Map<String, byte[]> now, Map<String, byte[]> before) {
        TreeSet<String> names = new TreeSet<>(now.keySet());
        names.addAll(before.keySet());
        return names.stream().filter(n -> !now.containsKey(n) || !before.containsKey(n)
                || !java.util.Arrays.equals(now.get(n), before.get(n))).map(n -> n.replaceFirst("^/", "")).toList();
    }

    /** The plan's sources now, by name: its own folder's files as "/plan.yaml", so a renamed folder is no edit. */
    private static Map<String, byte[]> sources(Path root, List<String> names, String slug) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(unslugged(name, slug), Files.readAllBytes(root.resolve(name)));
        }
        return files;
    }

    /** The sources the site published the plan from, named as {@link #sources} names them. */
    private static Map<String, byte[]> published(Path folder, String slug) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                files.put(unslugged(name, slug), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String unslugged(String name, String slug) {
        return name.startsWith(slug + "/") ? name.substring(slug.length()) : name;
    }

}

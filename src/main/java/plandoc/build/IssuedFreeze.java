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
     */
    Optional<Replaced> check(ResolvedPlan plan, RenderedPlan made, Path root, Path outDir)
            throws IOException, RenderException {
        String slug = plan.info().slug();
        if (!on || plan.info().draft()) {
            return Optional.empty();
        }
        Optional<SiteRecord> published = SiteRecords.read(outDir, slug).filter(r -> !r.info().draft());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Path pdf = outDir.resolve(slug).resolve(published.get().info().fileStem() + ".pdf");
        Path data = outDir.resolve(slug).resolve(DATA);
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(data)) {
            return Optional.empty();
        }
        byte[] before = Files.readAllBytes(pdf);
        if (java.util.Arrays.equals(Files.readAllBytes(data), made.file(DATA).bytes()) || SignedFiles.signed(before)) {
            return Optional.empty(); // the same document, or a signed one (KeptSigned says what stops it)
        }
        List<String> edited = edited(sources(root, plan.sources(), slug),
                published(StateFolder.resolve(outDir, SiteUpdate.PUBLISHED).resolve(slug), slug));
        if (edited.isEmpty()) {
            return Optional.empty(); // plandoc computes the same sources otherwise: no edit
        }
        Path planFile = plan.sourceFolder().map(f -> f.resolve("plan.yaml")).orElse(root.resolve(slug));
        if (!reissue) {
            String date = published.get().info().date().map(plandoc.compute.VietnameseDates::short_).orElse("");
            throw new RenderException(RenderProblem.Kind.CONTENT, planFile.toString(), Message.of(
                    "publish.issued-changed", published.get().info().numberSymbol(), date, String.join(", ", edited)),
                    slug, null);
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

    /** A version of the plan this site replaced ({@link #ARCHIVE}): its file, from the site root, and when. */
    record Version(String path, LocalDate replaced) {
    }

    /**
     * The versions of {@code slug} the site keeps in {@link #ARCHIVE}, oldest first, with {@code now} (being staged)
     * among them: what its page links. Read only for a plan being rendered into the portal's site.
     */
    List<Version> versions(Path outDir, String slug, Optional<Replaced> now) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        Path folder = outDir.resolve(ARCHIVE).resolve(slug);
        if (on && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> ARCHIVE + "/" + slug + "/" + f.getFileName()).filter(p -> p.endsWith(".pdf"))
                        .forEach(paths::add);
            }
        }
        now.ifPresent(r -> paths.add(r.path()));
        List<Version> versions = new ArrayList<>();
        java.util.regex.Pattern dated = java.util.regex.Pattern.compile("-thay-the-(\\d{4}-\\d{2}-\\d{2})(-\\d+)?\\.pdf$");
        for (String path : paths) {
            java.util.regex.Matcher m = dated.matcher(path);
            if (m.find()) {
                versions.add(new Version(path, LocalDate.parse(m.group(1))));
            }
        }
        versions.sort(java.util.Comparator.comparing(Version::replaced).thenComparing(Version::path));
        return versions;
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

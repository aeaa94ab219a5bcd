package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import plandoc.build.SiteWideFiles.SitePageFailure;
import plandoc.diagnostic.Message;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;
import plandoc.render.RenderProblem;

/**
 * Files in the output folder that plandoc did not write (s25 review H3): a portal's own home page, its feed, a scan an
 * editor uploaded into a plan's folder. A build replaces whole folders and writes its site pages over whatever stands
 * at their names; it must not take such a file with them without a word. Checked on the transaction about to commit,
 * against plandoc's record of what it wrote ({@link BuildCache}, the site records):
 * <ul>
 *   <li>the first build into a folder (no record yet) that would replace or delete any file there stops, nothing
 *   written, naming those files: the folder is someone else's (a portal's web root), and no flag says "overwrite the
 *   portal" better than moving the files or choosing an empty folder does;</li>
 *   <li>a later build that replaces or removes a published plan's folder sets aside, under the state folder
 *   ({@value #SET_ASIDE}{@code /<time>/<plan>/<file>}), each file in it the record does not list, in the same
 *   transaction, and names it; so does a build that rewrites one of the site's own folders (assets/, search/) holding
 *   a file its record of the site-wide outputs does not list (s25 outdir: deleted without a word). Set aside rather
 *   than carried into the new folder: a file added by hand belongs to the version it was added to (a scan of the old
 *   decision beside a new one would be taken for it), and the record, which tells a whole folder, a signed file and
 *   an old name, keeps listing exactly what plandoc wrote.</li>
 * </ul>
 */
final class ForeignFiles {
    /** Where a later build keeps the files it found in a plan's folder that no build wrote. */
    static final String SET_ASIDE = StateFolder.PREFIX + "set-aside";
    /**
     * What a first build writes besides the plans' folders, each a file or (the assets) a folder it replaces whole;
     * the search chunks ({@code search/terms/…}) depend on the plans' words, and are left to the transaction's check.
     */
    static final List<String> SITE_NAMES = List.of(SiteWideFiles.INDEX, SiteWideFiles.ASSETS,
            plandoc.render.portal.AtomFeed.FILE, plandoc.render.portal.Sitemap.FILE,
            plandoc.render.portal.DataPackage.FILE, plandoc.render.portal.SearchData.FIRST_PAGE,
            plandoc.render.portal.SearchData.CATALOGUE, "search/index.js", plandoc.schema.PlanSchema.SITE_PATH,
            plandoc.render.data.PlanJson.SCHEMA_PATH, plandoc.render.AgencyPages.PATH, plandoc.render.GuidePage.PATH);
    /** The stylesheet only plandoc's sites hold: an output folder with it is one plandoc made. */
    private static final String OWN_STYLESHEET = SiteWideFiles.ASSETS + "/plandoc.css";
    /** How many files a refusal names; the rest are counted. */
    private static final int NAMED = 8;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /** A file set aside: where it was in the site, and where it is now (relative to the state folder's parent). */
    record SetAside(String file, String now) {
    }

    private final boolean on;
    private final List<SetAside> setAside = new ArrayList<>();

    /** Off for {@code serve}, whose preview folder is its own and starts from the published site's files. */
    ForeignFiles(boolean on) {
        this.on = on;
    }

    /** The files the last {@link #guard} set aside. */
    List<SetAside> setAside() {
        return List.copyOf(setAside);
    }

    /**
     * Called with the transaction about to commit. Throws, naming them, when the output folder has no record of
     * plandoc's and files stand where the transaction writes; else stages a copy under {@value #SET_ASIDE} of each file
     * in a plan folder it replaces or removes that the record ({@code before}: the cache as the last build wrote it)
     * does not list.
     */
    void guard(Path outDir, Transaction transaction, Supplier<BuildCache> before) throws IOException, SitePageFailure {
        setAside.clear();
        if (!on) {
            return;
        }
        List<String> targets = transaction.targets().stream().filter(t -> !StateFolder.isState(t)).toList();
        if (!recorded(outDir)) {
            refuseOver(outDir, targets);
            return;
        }
        BuildCache cache = null;
        String stamp = null;
        for (String target : new TreeSet<>(targets)) {
            Path folder = outDir.resolve(target);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            cache = cache == null ? before.get() : cache;
            BuildCache known = cache;
            Optional<Set<String>> written = planFiles(outDir, target, known).or(() -> siteFiles(target, known));
            if (written.isEmpty()) {
                continue; // a folder plandoc published nothing in by its record: an old address
            }
            for (String name : files(folder)) {
                if (!written.get().contains(name)) {
                    stamp = stamp == null ? STAMP.format(ZonedDateTime.now(plandoc.model.VietnamTime.ZONE)) : stamp;
                    String kept = SET_ASIDE + "/" + stamp + "/" + target + "/" + name;
                    transaction.stageFileCopy(kept, folder.resolve(name));
                    setAside.add(new SetAside(target + "/" + name,
                            StateFolder.shown(outDir).resolve(kept.substring(StateFolder.PREFIX.length())).toString()));
                }
            }
        }
    }

    /**
     * The first build's refusal made before any plan is checked or rendered (s25 outdir: it came after every plan had
     * been rendered): files standing at the names the build will write — the plan folders {@code slugs} and the site's
     * own ({@link #SITE_NAMES}) — in an output folder plandoc keeps no record of. Empty when the build may go ahead; the
     * transaction's {@link #guard} checks what it really writes again.
     */
    static Optional<RenderProblem> firstBuildOver(Path outDir, List<String> slugs) throws IOException {
        // A site plandoc made whose bookkeeping was lost: a build that renders the same bytes writes nothing over it, which
        // only the transaction can tell.
        if (!Files.isDirectory(outDir) || recorded(outDir) || Files.isRegularFile(outDir.resolve(OWN_STYLESHEET))) {
            return Optional.empty();
        }
        List<String> targets = new ArrayList<>(slugs);
        targets.addAll(SITE_NAMES);
        try {
            refuseOver(outDir, targets);
            return Optional.empty();
        } catch (SitePageFailure e) {
            return Optional.of(e.problem);
        }
    }

    /**
     * A part of a sharded build written over a whole site (the portal's folder): it would take the other parts' plans
     * off as plans that left content/ (s26 tryout H-2). A part goes to a folder of its own, joined by {@code --merge}.
     */
    static Optional<RenderProblem> shardOverSite(Path outDir, String shard) {
        if (!Files.isDirectory(outDir) || !recorded(outDir)
                || Files.isRegularFile(StateFolder.resolve(outDir, ShardOutputs.MARKER))) {
            return Optional.empty();
        }
        return Optional.of(new RenderProblem(RenderProblem.Kind.CONTENT, outDir.toString(),
                Message.of("publish.shard-over-site", outDir, shard), ""));
    }

    /** Whether plandoc keeps a record of this output folder: the cache, or the site records (a cache lost). */
    private static boolean recorded(Path outDir) {
        return Files.isRegularFile(StateFolder.resolve(outDir, BuildCache.FILE))
                || Files.isDirectory(StateFolder.resolve(outDir, SiteRecord.path("x")).getParent());
    }

    /** The files plandoc wrote into the plan folder {@code slug}, by its record; empty when it published none there. */
    private static Optional<Set<String>> planFiles(Path outDir, String slug, BuildCache cache) {
        Optional<List<BuildCache.OutputFile>> files = cache.plan(slug).map(BuildCache.PlanEntry::files);
        if (files.isEmpty() && !slug.contains("/")) {
            files = SiteRecords.read(outDir, slug).map(SiteRecord::files);
        }
        return files.map(list -> {
            Set<String> names = new HashSet<>();
            list.forEach(f -> names.add(f.name()));
            return names;
        });
    }

    /**
     * The files plandoc wrote into the site's own folder {@code folder} (assets/, search/…), by the record of its
     * site-wide outputs; empty when none of them is in it. A file added there by hand is set aside as a plan folder's.
     */
    private static Optional<Set<String>> siteFiles(String folder, BuildCache cache) {
        Set<String> names = new HashSet<>();
        cache.siteFiles().stream().filter(f -> f.startsWith(folder + "/"))
                .forEach(f -> names.add(f.substring(folder.length() + 1)));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** The first build's refusal when anything stands where it writes (a folder's files, a file). */
    private static void refuseOver(Path outDir, List<String> targets) throws IOException, SitePageFailure {
        Set<String> standing = new TreeSet<>();
        for (String target : targets) {
            Path path = outDir.resolve(target);
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                files(path).forEach(name -> standing.add(target + "/" + name));
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                standing.add(target);
            }
        }
        if (standing.isEmpty()) {
            return;
        }
        List<String> named = standing.stream().limit(NAMED).toList();
        String list = String.join(", ", named) + (standing.size() > named.size() ? ", …" : "");
        throw new SitePageFailure(new RenderProblem(RenderProblem.Kind.CONTENT, outDir.toString(),
                Message.of("publish.foreign-files", outDir, String.valueOf(standing.size()), list,
                        StateFolder.shown(outDir)), ""));
    }

    /** The files under {@code folder}, by '/'-separated path in it (a link as a file: never followed). */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}

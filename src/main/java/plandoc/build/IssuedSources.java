package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The sources of an issued document now and as the site published them (kept under {@link SiteUpdate#PUBLISHED}),
 * by name, compared byte for byte: what tells {@link IssuedFreeze} that a published document was edited, and where.
 * A plan's own files are named "/plan.yaml", so a renamed folder is no edit.
 */
final class IssuedSources {
    private IssuedSources() {
    }

    /**
     * Whether {@code plan}'s sources differ from those the site in {@code outDir} published it from; not when it
     * published none of it (a plan new to the site, or renamed: what its old folder published is not compared).
     */
    static boolean edited(plandoc.resolved.ResolvedPlan plan, Path outDir) {
        String slug = plan.info().slug();
        Path folder = plandoc.publish.StateFolder.resolve(outDir, SiteUpdate.PUBLISHED).resolve(slug);
        if (plan.sourceFolder().isEmpty() || !Files.isDirectory(folder)) {
            return false;
        }
        try {
            Path root = plan.sourceFolder().get().toAbsolutePath().normalize().getParent();
            return !edited(now(root, plan.sources(), slug), published(folder, slug)).isEmpty();
        } catch (IOException e) {
            return false; // an unreadable source is reported where it is read
        }
    }

    /**
     * The first edit of the first source (by name) edited and still there: in {@code planFile}'s folder for the plan's
     * own files ("/plan.yaml"), in the content folder for the others; empty when every edited file was taken away.
     */
    static Optional<FirstEdit> firstEdit(Map<String, byte[]> now, Map<String, byte[]> before, Path planFile) {
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
    static List<String> edited(Map<String, byte[]> now, Map<String, byte[]> before) {
        return differing(now, before).map(n -> n.replaceFirst("^/", "")).toList();
    }

    /** The names (a plan's own with a leading "/") whose bytes differ, or which one side lacks. */
    private static java.util.stream.Stream<String> differing(Map<String, byte[]> now, Map<String, byte[]> before) {
        TreeSet<String> names = new TreeSet<>(now.keySet());
        names.addAll(before.keySet());
        return names.stream().filter(n -> !now.containsKey(n) || !before.containsKey(n)
                || !java.util.Arrays.equals(now.get(n), before.get(n)));
    }

    /** One digest of a plan's sources by name ({@link #now}): what an unprinted edit was said of. */
    static String digest(Map<String, byte[]> sources) {
        Digest digest = new Digest();
        new TreeMap<>(sources).forEach((name, bytes) -> digest.add(name).add(bytes));
        return digest.hex();
    }

    /**
     * Whether every file that differs is one the site's plans share (province.yaml, agencies.yaml), none the plan's
     * own (its folder's, "/plan.yaml"): such an edit holds back every issued document that carries it, said in one
     * note ({@link IssuedFreeze#tell}). A plan whose own files differ too is said in its own note, at its own first
     * edit (s37 new-user review M1: the shared note named plan.yaml as the shared file).
     */
    static boolean sharedOnly(Map<String, byte[]> now, Map<String, byte[]> before) {
        return differing(now, before).noneMatch(n -> n.startsWith("/"));
    }

    /** The plan's sources now, by name: its own folder's files as "/plan.yaml", so a renamed folder is no edit. */
    static Map<String, byte[]> now(Path root, List<String> names, String slug) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(unslugged(name, slug), Files.readAllBytes(root.resolve(name)));
        }
        return files;
    }

    /** The sources the site published the plan from, named as {@link #now} names them. */
    static Map<String, byte[]> published(Path folder, String slug) throws IOException {
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

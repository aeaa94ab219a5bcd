package plandoc.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.resolved.ResolvedPlan;
import plandoc.publish.StateFolder;

/** A content folder of small plans made from the starter plans, and a copy of the templates, in a temp folder. */
final class SampleSite {
    final Path root;
    final Path content;
    final Path templates;
    /** The register's next number per starter ("ke-hoach" → KH, "quyet-dinh" → QĐ). */
    private final java.util.Map<String, Integer> numbers = new java.util.HashMap<>();

    SampleSite(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.templates = root.resolve("templates");
        copyTree(Path.of("templates"), templates);
    }

    /** Copies the bundled agency register, so the site gets its agency view. */
    SampleSite withAgencyRegister() {
        try {
            Files.createDirectories(content);
            Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes {@code content/<slug>/plan.yaml} from a starter ("ke-hoach" or "quyet-dinh"), issued as its
     * comments say (the starter is a draft, which a plain build leaves out): number 1 for the first plan of its
     * kind, 2 for the second … (two issued documents of one symbol numbered alike the same year are an error, s30).
     */
    SampleSite plan(String slug, String starter) {
        int number = numbers.merge(starter, 1, Integer::sum);
        write(content.resolve(slug).resolve("plan.yaml"),
                starter(starter).replaceFirst("(?m)^  number: 1 ", "  number: " + number + " "));
        return this;
    }

    static String starter(String type) {
        try (InputStream in = SampleSite.class.getResourceAsStream("/plandoc/scaffold/" + type + ".yaml")) {
            return plandoc.TestPlans.starterFilledIn(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .replace("@UNIT@", "tỉnh Hà Tĩnh").replace("@KIND@", "tỉnh").replace("@LAUNCHER@", "./plandoc").replace("@PROVINCE@", "Hà Tĩnh").replace("@PLACE@", "Hà Tĩnh").replace("@DATE@", "2026-01-05").replace("@YEAR@", "2026").replace("@DEADLINE@", "2026-04-05")
                    .replaceFirst("(?m)^  draft: true .*$", "  number: 1                             # số văn bản");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String slug, String from, String to) {
        Path file = content.resolve(slug).resolve("plan.yaml");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(slug + " has no \"" + from + "\"");
            }
            write(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every plan checked, errors or not. */
    List<PlanOutcome> outcomes() {
        try {
            return new Generator(root).resolveAll(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a plan's folder from the content. */
    void remove(String slug) {
        try (Stream<Path> walk = Files.walk(content.resolve(slug))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks every plan, as {@code plandoc build} does, and returns those without errors. */
    List<PlanSource> sources() {
        try {
            List<PlanSource> sources = new ArrayList<>();
            for (PlanOutcome o : new Generator(root).resolveAll(content)) {
                if (o.problems().hasErrors()) {
                    throw new AssertionError(o.problems().sorted().toString());
                }
                o.resolved().ifPresent(p -> sources.add(new PlanSource(o.folder(), p)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ResolvedPlan> plans(List<PlanSource> sources) {
        return sources.stream().map(s -> s.resolved().orElseThrow()).toList();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file under {@code dir} and of its bookkeeping (its state folder, named under {@code .plandoc/}) but the
     * build cache, lock, check record and fonts, relative, with its bytes.
     */
    static java.util.Map<String, byte[]> files(Path dir, String... skip) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        Path state = StateFolder.of(dir);
        for (Path root : List.of(dir, state)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = (root == state ? StateFolder.PREFIX : "")
                            + root.relativize(file).toString().replace('\\', '/');
                    if (name.equals(BuildCache.FILE) || name.equals(SiteLock.FILE) || name.equals(CheckCache.FILE)
                            || name.equals(FontNotice.FILE)
                            || Stream.of(skip).anyMatch(name::startsWith)) {
                        continue;
                    }
                    files.put(name, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static Optional<String> firstDifference(java.util.Map<String, byte[]> expected, java.util.Map<String, byte[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return Optional.of("files differ: " + expected.keySet() + " vs " + actual.keySet());
        }
        for (String name : expected.keySet()) {
            if (!java.util.Arrays.equals(expected.get(name), actual.get(name))) {
                return Optional.of(name + " differs");
            }
        }
        return Optional.empty();
    }
}

package plandoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Cold start against a peer (issue 17), whole process, as an officer runs it: {@code ./plandoc build}
 * of one plan into an empty folder (the wrapper, with its class-data archive; and with
 * {@code PLANDOC_CDS=off}) interleaved with Chromium's bare print of the page plandoc generated
 * ({@code chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf}, a fresh
 * {@code --user-data-dir} each run). Each round runs every command once, the order rotated, so a
 * change in the machine's load touches all of them alike; the ratios of one run are the figures to
 * compare. Also {@code ./plandoc --version} and a 200-plan corpus in a git repository (no-op rebuild,
 * one amount edited), and ({@code jdks}) the wrapper's own JDK choice against the {@code java} on the
 * PATH, both with their archives. From the project folder, after {@code mvn package}:
 * <pre>
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.PeerBench [--runs 7] [--only flagship,424,big,version,corpus,jdks]
 * </pre>
 * Set {@code PLANDOC_JAVA} to measure another JDK through the wrapper. Work files go to
 * {@code target/bench/peers/}; the table is printed and kept in {@code results.md} there.
 */
public final class PeerBench {
    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/bench/peers");
    private final Path wrapper = project.resolve("plandoc");
    private final int runs;
    private final List<String> rows = new ArrayList<>();

    private PeerBench(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Set<String> only = Set.of("flagship", "424", "big", "version", "corpus", "jdks");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PeerBench bench = new PeerBench(runs);
        Files.createDirectories(bench.work);
        String machine = Machine.describe() + "; plandoc through ./plandoc with "
                + System.getenv().getOrDefault("PLANDOC_JAVA", "the JDK it chooses (PLANDOC_JAVA unset)")
                + "; peer: " + chromiumVersion();
        System.out.println(machine);
        bench.prepareArchive();
        if (only.contains("version")) {
            bench.version();
        }
        if (only.contains("flagship")) {
            bench.againstChromium("4086 flagship", bench.bundled("ha-tinh-4086-2012"), true);
        }
        if (only.contains("424")) {
            bench.againstChromium("424", bench.bundled("ha-tinh-424-2022"), true);
        }
        if (only.contains("big")) {
            Path content = fresh(bench.work.resolve("big/content"));
            new SyntheticPlan(2, 2000, 10).writeTo(content.resolve("ke-hoach-lon"));
            bench.againstChromium("2,000-item budget plan", content, false);
        }
        if (only.contains("corpus")) {
            bench.corpus();
        }
        if (only.contains("jdks")) {
            bench.jdkChoice("4086 flagship", bench.bundled("ha-tinh-4086-2012"));
            bench.jdkChoice("424", bench.bundled("ha-tinh-424-2022"));
        }
        String table = "| measurement | median | min–max | notes |\n|---|---|---|---|\n" + String.join("\n", bench.rows);
        System.out.println();
        System.out.println(table);
        Files.writeString(bench.work.resolve("results.md"), machine + "\n\n" + table + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The wrapper makes its archive on the first run of a new jar; this makes it before anything is
     * timed. Not with {@code --version}: the wrapper maps no archive for it, so it never trains one.
     */
    private void prepareArchive() throws IOException, InterruptedException {
        ChildRun run = ChildRun.start(List.of("sh", wrapper.toString(), "check",
                        project.resolve("content/ha-tinh-4086-2012").toString()), project, work.resolve("archive.log"),
                Map.of("PLANDOC_CDS", "wait"));
        check(run, "./plandoc check (making the archive)");
    }

    private void version() throws IOException, InterruptedException {
        Map<String, List<ChildRun>> results = rounds(Map.of(
                "archive", r -> ChildRun.start(List.of("sh", wrapper.toString(), "--version"), project,
                        work.resolve("version/log-archive-" + r + ".txt"), Map.of()),
                "no archive", r -> ChildRun.start(List.of("sh", wrapper.toString(), "--version"), project,
                        work.resolve("version/log-off-" + r + ".txt"), Map.of("PLANDOC_CDS", "off"))));
        List<Long> with = millis(results.get("archive"));
        List<Long> without = millis(results.get("no archive"));
        row("`./plandoc --version`", with, String.format(Locale.ROOT, "without the archive %d ms (%.2f×); target ≤ 150 ms",
                Bench.median(without), ratio(with, without)));
    }

    /**
     * The JDK the wrapper chooses (a JDK 24+ with its AOT cache, when one is installed) against the
     * {@code java} on the PATH with its CDS archive ({@code PLANDOC_JAVA=java}), and Chromium's bare
     * print, interleaved. Run without {@code PLANDOC_JAVA} set, or both rows measure that JDK.
     */
    private void jdkChoice(String name, Path content) throws IOException, InterruptedException {
        Path root = content.getParent();
        Path site = fresh(root.resolve("site"));
        check(build(content, site, root.resolve("log-first.txt"), Map.of()), "plandoc build of " + name);
        check(build(content, fresh(root.resolve("site-path")), root.resolve("log-first-path.txt"),
                Map.of("PLANDOC_JAVA", "java", "PLANDOC_CDS", "wait")), "plandoc build of " + name + " with java");
        Path page = planPage(content, site);
        Map<String, RunFactory> commands = new LinkedHashMap<>();
        commands.put("choice", r -> build(content, fresh(root.resolve("site-choice-" + r)),
                root.resolve("log-choice-" + r + ".txt"), Map.of()));
        commands.put("path", r -> build(content, fresh(root.resolve("site-path-" + r)),
                root.resolve("log-path-" + r + ".txt"), Map.of("PLANDOC_JAVA", "java")));
        commands.put("chromium", r -> chromiumPrint(page, root, r));
        Map<String, List<ChildRun>> results = rounds(commands);
        results.values().forEach(runs -> runs.forEach(run -> check(run, name)));
        List<Long> choice = millis(results.get("choice"));
        List<Long> path = millis(results.get("path"));
        List<Long> chromium = millis(results.get("chromium"));
        row(name + ": `./plandoc build`, cold, the wrapper's JDK choice", choice, String.format(Locale.ROOT,
                "**%.2f×** Chromium; %.2f× the PATH's java; CPU %.2f s (%.2f×); peak RSS %d MB", ratio(choice, chromium),
                ratio(choice, path), cpu(results.get("choice")), cpu(results.get("choice")) / cpu(results.get("path")),
                Bench.median(results.get("choice").stream().map(ChildRun::peakRssKb).toList()) / 1024));
        row("… the same with the `java` on the PATH (`PLANDOC_JAVA=java`)", path, String.format(Locale.ROOT,
                "%.2f× Chromium; CPU %.2f s; peak RSS %d MB", ratio(path, chromium), cpu(results.get("path")),
                Bench.median(results.get("path").stream().map(ChildRun::peakRssKb).toList()) / 1024));
        row("… Chromium's bare print of the page plandoc generated", chromium, "the baseline of the ratio");
    }

    /**
     * The plan's page in a built site: {@code site/<plan folder>/index.html} of the one plan under
     * {@code content}. (Taking the first {@code index.html} found under the site made the 424 rows print
     * the guide page, {@code huong-dan/index.html}, which came first in that directory's order.)
     */
    private static Path planPage(Path content, Path site) throws IOException {
        try (Stream<Path> folders = Files.list(content)) {
            List<Path> plans = folders.filter(Files::isDirectory).toList();
            if (plans.size() != 1) {
                throw new IllegalStateException("one plan folder expected in " + content + ": " + plans);
            }
            Path page = site.resolve(plans.get(0).getFileName().toString()).resolve("index.html");
            if (!Files.isRegularFile(page)) {
                throw new IllegalStateException("no plan page " + page);
            }
            return page;
        }
    }

    /**
     * The peer's version, printed with the figures: Debian's Chromium builds differ a lot (156 printed the
     * flagship page in ~3.5 s, 150 in ~0.94 s on the same machine kind), so a ratio means little without it.
     */
    private static String chromiumVersion() throws IOException, InterruptedException {
        // Debian's launcher script may print shell noise on standard error: only standard output is read.
        Process process = new ProcessBuilder("chromium", "--version")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return version.isEmpty() ? "Chromium (version unknown)" : version;
    }

    /** The peer: Chromium's bare print of the page, with a fresh profile each run (a cold cache). */
    private static ChildRun chromiumPrint(Path page, Path root, int round) throws IOException, InterruptedException {
        return ChildRun.start(List.of("chromium", "--headless", "--no-sandbox",
                "--no-pdf-header-footer", "--print-to-pdf=" + root.resolve("chromium-" + round + ".pdf"),
                "--user-data-dir=" + fresh(root.resolve("chromium-profile-" + round)), page.toUri().toString()),
                root, root.resolve("log-chromium-" + round + ".txt"), Map.of());
    }

    /** A bundled plan with the agency register beside it, as the project holds it. */
    private Path bundled(String slug) throws IOException {
        Path content = fresh(work.resolve(slug + "/content"));
        copy(project.resolve("content").resolve(slug), content.resolve(slug));
        Files.copy(project.resolve("content/agencies.yaml"), content.resolve("agencies.yaml"));
        return content;
    }

    private void againstChromium(String name, Path content, boolean withoutArchive)
            throws IOException, InterruptedException {
        Path root = content.getParent();
        Path site = fresh(root.resolve("site"));
        check(build(content, site, root.resolve("log-first.txt"), Map.of()), "plandoc build of " + name);
        Path page = planPage(content, site);
        Map<String, RunFactory> commands = new LinkedHashMap<>();
        commands.put("plandoc", r -> build(content, fresh(root.resolve("site-" + r)), root.resolve("log-" + r + ".txt"),
                Map.of()));
        if (withoutArchive) {
            commands.put("plandoc, no archive", r -> build(content, fresh(root.resolve("site-off-" + r)),
                    root.resolve("log-off-" + r + ".txt"), Map.of("PLANDOC_CDS", "off")));
        }
        commands.put("chromium", r -> chromiumPrint(page, root, r));
        Map<String, List<ChildRun>> results = rounds(commands);
        results.values().forEach(runs -> runs.forEach(run -> check(run, name)));
        List<Long> plandoc = millis(results.get("plandoc"));
        List<Long> chromium = millis(results.get("chromium"));
        row(name + ": `./plandoc build`, cold, empty site", plandoc, String.format(Locale.ROOT,
                "**%.2f×** Chromium; CPU %.2f s; peak RSS %d MB", ratio(plandoc, chromium), cpu(results.get("plandoc")),
                Bench.median(results.get("plandoc").stream().map(ChildRun::peakRssKb).toList()) / 1024));
        if (withoutArchive) {
            List<Long> off = millis(results.get("plandoc, no archive"));
            row("… the same with `PLANDOC_CDS=off`", off, String.format(Locale.ROOT,
                    "%.2f× Chromium; the archive saves %.0f %%; CPU %.2f s", ratio(off, chromium),
                    100 * (1 - ratio(plandoc, off)), cpu(results.get("plandoc, no archive"))));
        }
        row("… Chromium's bare print of the page plandoc generated", chromium, String.format(Locale.ROOT,
                "the baseline of the ratio; CPU %.2f s (all its processes); plandoc's CPU %.2f× Chromium's",
                cpu(results.get("chromium")), cpu(results.get("plandoc")) / cpu(results.get("chromium"))));
    }

    /** 200 plans of 7 pages in a git repository; the working tree already differs from HEAD, as while editing. */
    private void corpus() throws Exception {
        Path root = fresh(work.resolve("corpus"));
        Path content = root.resolve("content");
        for (int i = 1; i <= 200; i++) {
            new SyntheticPlan(100 + i, 25, 6).writeTo(content.resolve(String.format(Locale.ROOT, "ke-hoach-%03d", i)));
        }
        copy(project.resolve("templates"), root.resolve("templates"));
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("bench", "bench@localhost");
            git.commit().setMessage("corpus").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        edit(content, 0);
        Path site = root.resolve("site");
        ChildRun full = corpusBuild(content, site, root.resolve("log-full.txt"));
        check(full, "corpus full build");
        List<ChildRun> noop = new ArrayList<>();
        List<ChildRun> one = new ArrayList<>();
        List<ChildRun> committed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            ChildRun run = corpusBuild(content, site, root.resolve("log-noop-" + r + ".txt"));
            check(run, "corpus no-op");
            noop.add(run);
            edit(content, r + 1);
            run = corpusBuild(content, site, root.resolve("log-one-" + r + ".txt"));
            check(run, "corpus one changed");
            one.add(run);
            // Another plan edited and committed (that file only): HEAD moves, one plan's version changes.
            String path = edit(content, r + 101);
            try (Git git = Git.open(root.toFile())) {
                git.add().addFilepattern(path).call();
                PersonIdent who = new PersonIdent("bench", "bench@localhost");
                git.commit().setMessage("edit " + r).setAuthor(who).setCommitter(who).setSign(false).call();
            }
            ChildRun after = corpusBuild(content, site, root.resolve("log-commit-" + r + ".txt"));
            check(after, "corpus one changed and committed");
            committed.add(after);
            log("corpus round " + r + ": no-op " + noop.get(r).millis() + " ms, one changed " + run.millis()
                    + " ms, one changed and committed " + after.millis() + " ms");
        }
        row("200-plan corpus in git: full build, empty site", List.of(full.millis()), "one run");
        row("… no-op rebuild", millis(noop), String.format(Locale.ROOT, "target ≤ 1 s; CPU %.2f s", cpu(noop)));
        row("… one amount edited", millis(one), String.format(Locale.ROOT, "target ≤ 1.5 s; CPU %.2f s", cpu(one)));
        row("… one amount edited and committed", millis(committed),
                String.format(Locale.ROOT, "target ≤ 1.5 s; CPU %.2f s", cpu(committed)));
    }

    /** Edits one plan's amount; returns its file's path relative to the repository. */
    private static String edit(Path content, int r) throws IOException {
        String path = String.format(Locale.ROOT, "ke-hoach-%03d/plan.yaml", 1 + r * 37 % 200);
        Path plan = content.resolve(path);
        String text = Files.readString(plan, StandardCharsets.UTF_8);
        Files.writeString(plan, text.replaceFirst("tw: \\d+", "tw: " + (300 + r)), StandardCharsets.UTF_8);
        return "content/" + path;
    }

    // Helpers

    private interface RunFactory {
        ChildRun run(int round) throws IOException, InterruptedException;
    }

    /** Every command once per round, the order rotated each round. */
    private Map<String, List<ChildRun>> rounds(Map<String, RunFactory> commands) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>(commands.keySet());
        Map<String, List<ChildRun>> results = new LinkedHashMap<>();
        names.forEach(n -> results.put(n, new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            StringBuilder line = new StringBuilder("round " + r + ":");
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + r) % names.size());
                ChildRun run = commands.get(name).run(r);
                results.get(name).add(run);
                line.append(' ').append(name).append(' ').append(run.millis()).append(" ms;");
            }
            log(line.toString());
        }
        return results;
    }

    private ChildRun build(Path content, Path out, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        return ChildRun.start(List.of("sh", wrapper.toString(), "build", "--quiet", "--content", content.toString(),
                "--templates", project.resolve("templates").toString(), "--out", out.toString()), project, log, env);
    }

    /**
     * A corpus build. Its plans are issued, and an issued document edited after it was published is frozen (s31):
     * the edit the corpus times is published the way an officer publishes a corrected one, with {@code --reissue}.
     */
    private ChildRun corpusBuild(Path content, Path out, Path log) throws IOException, InterruptedException {
        return ChildRun.start(List.of("sh", wrapper.toString(), "build", "--quiet", "--reissue", "--content",
                content.toString(), "--templates", project.resolve("templates").toString(), "--out", out.toString()),
                project, log, Map.of());
    }

    private static List<Long> millis(List<ChildRun> runs) {
        return runs.stream().map(ChildRun::millis).toList();
    }

    private static double cpu(List<ChildRun> runs) {
        return Bench.median(runs.stream().map(ChildRun::cpuMillis).toList()) / 1000.0;
    }

    private static double ratio(List<Long> a, List<Long> b) {
        return (double) Bench.median(a) / Bench.median(b);
    }

    private static void check(ChildRun run, String what) {
        if (run.exit() != 0) {
            throw new IllegalStateException(what + " exited " + run.exit() + "; see " + run.log());
        }
    }

    private void row(String name, List<Long> values, String notes) {
        List<Long> sorted = values.stream().sorted().toList();
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s–%s | %s |", name, seconds(Bench.median(values)),
                seconds(sorted.get(0)), seconds(sorted.get(sorted.size() - 1)), notes));
        System.out.println(rows.get(rows.size() - 1));
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static void log(String line) {
        System.err.println(line);
    }

    private static Path fresh(Path dir) throws IOException {
        return plandoc.TestFiles.freshFolder(dir);
    }

    private static void copy(Path from, Path to) throws IOException {
        plandoc.TestFiles.copyTree(from, to);
    }
}

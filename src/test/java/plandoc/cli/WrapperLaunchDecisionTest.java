package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plandoc} wrapper's remembered launch decision (issue 17, session 7): the java, its flags
 * and the archive a run chose, in {@code target/cds/launch/decision}, reused by a later run only while
 * everything the choice read is unchanged. Run for real with {@code sh} against fake JDKs (a
 * {@code release} file and a {@code bin/java} script that logs how it was called; JDK 99's also writes
 * the AOT cache it is asked to create). A reuse is made visible by editing the remembered java to a third
 * fake JDK ("wrong"): it runs only if the decision is reused, and must not run once an input changed.
 * "Time passing" is set explicitly: the inputs an hour old, the decision ten seconds old.
 */
class WrapperLaunchDecisionTest {
    @TempDir
    Path dir;
    Path project;
    Path log;
    Path jar;
    Path decision;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("target/lib"));
        Files.createDirectories(project.resolve("templates"));
        jar = project.resolve("target/plandoc.jar");
        // An empty jar newer than nothing: the wrapper does not rebuild (no src/main here).
        Files.write(jar, new byte[0]);
        Files.write(project.resolve("target/lib/library.jar"), new byte[0]);
        Files.copy(Path.of("plandoc"), project.resolve("plandoc"));
        log = dir.resolve("calls.txt");
        decision = project.resolve("target/cds/launch/decision");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"" + name + " $*\" >> '" + log + "'\n"
                + "case \" $* \" in *\" -XX:AOTMode=create \"*)\n"
                + "  for a; do case $a in -XX:AOTCache=*) printf 'cache' > \"${a#-XX:AOTCache=}\" ;; esac; done ;;\n"
                + "esac\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private int wrapper(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", project.resolve("plandoc").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("PLANDOC_JAVA");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("PLANDOC_CDS", "off");
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    private List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** The runs of plandoc itself (not the JDK checks or the training) since the log was last cleared. */
    private List<String> runs() throws IOException {
        List<String> runs = calls().stream().filter(c -> c.endsWith("-jar " + jar + " build --quiet")).toList();
        Files.deleteIfExists(log);
        return runs;
    }

    /** Time passes: every file an hour old, the decision ten seconds old (file times are coarse). */
    private void settle() throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                if (!Files.isSymbolicLink(file)) {
                    Files.setLastModifiedTime(file, old);
                }
            }
        }
        Files.setLastModifiedTime(decision, FileTime.from(Instant.now().minus(10, ChronoUnit.SECONDS)));
    }

    /** Points the remembered java at the fake JDK "wrong", keeping the decision's time. */
    private void rememberWrongJava() throws IOException {
        Path wrong = fakeJdk("wrong", "99.0.1");
        FileTime time = Files.getLastModifiedTime(decision);
        List<String> lines = Files.readAllLines(decision, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("j ") ? "j " + wrong.resolve("bin/java") : line).toList();
        Files.write(decision, lines, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(decision, time);
        FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(wrong)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
        Files.setLastModifiedTime(dir, old);
    }

    private static String first(List<String> runs) {
        assertEquals(1, runs.size(), runs.toString());
        return runs.get(0);
    }

    @Test
    void aDecisionIsReusedWhileNothingItReadChanged() throws Exception {
        Path jdk = fakeJdk("jdk99", "99.0.1");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        assertEquals(0, wrapper(env, "build", "--quiet"));
        String decided = first(runs());
        assertTrue(decided.startsWith("jdk99 "), decided);
        assertTrue(Files.readString(decision).endsWith("end\n"), Files.readString(decision));
        settle();
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertEquals(decided, first(runs()), "the same command line from the remembered decision");
        rememberWrongJava();
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertTrue(first(runs()).startsWith("wrong "), "the decision was read, not made again");
    }

    @Test
    void aNewJarIsDecidedAgain() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("jdk99", "99.0.1").toString());
        wrapper(env, "build", "--quiet");
        assertTrue(first(runs()).startsWith("jdk99 "));
        settle();
        rememberWrongJava();
        Files.write(jar, new byte[] {1});
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertTrue(first(runs()).startsWith("jdk99 "));
    }

    @Test
    void aNewLibraryIsDecidedAgain() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("jdk99", "99.0.1").toString());
        wrapper(env, "build", "--quiet");
        assertTrue(first(runs()).startsWith("jdk99 "));
        settle();
        rememberWrongJava();
        Files.write(project.resolve("target/lib/library.jar"), new byte[] {1});
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertTrue(first(runs()).startsWith("jdk99 "));
    }

    @Test
    void aJdkUpdatedInPlaceIsCheckedAndDecidedAgain() throws Exception {
        Path jdk = fakeJdk("jdk99", "99.0.1");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        wrapper(env, "build", "--quiet");
        assertTrue(first(runs()).startsWith("jdk99 "));
        settle();
        rememberWrongJava();
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"99.0.2\"\n");
        assertEquals(0, wrapper(env, "build", "--quiet"));
        List<String> calls = calls();
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("jdk99 ") && c.contains(" -version")), calls.toString());
        assertTrue(first(runs()).startsWith("jdk99 "));
    }

    @Test
    void anotherJdkInJavaHomesPlaceIsDecidedAgain() throws Exception {
        fakeJdk("jdk98", "98.0.1");
        fakeJdk("jdk99", "99.0.1");
        Path current = dir.resolve("current");
        Files.createSymbolicLink(current, Path.of("jdk98"));
        Map<String, String> env = Map.of("JAVA_HOME", current.toString());
        wrapper(env, "build", "--quiet");
        assertTrue(first(runs()).startsWith("jdk98 "));
        settle();
        rememberWrongJava();
        // The link moved to another JDK: nothing newer in JAVA_HOME's own folder, its target is older.
        Files.delete(current);
        Files.createSymbolicLink(current, Path.of("jdk99"));
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertTrue(first(runs()).startsWith("jdk99 "));
    }

    @Test
    void aChangedPlandocJavaOrJavaHomeIsDecidedAgain() throws Exception {
        Path jdk99 = fakeJdk("jdk99", "99.0.1");
        Path jdk98 = fakeJdk("jdk98", "98.0.1");
        wrapper(Map.of("JAVA_HOME", jdk99.toString()), "build", "--quiet");
        assertTrue(first(runs()).startsWith("jdk99 "));
        settle();
        rememberWrongJava();
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk98.toString()), "build", "--quiet"));
        assertTrue(first(runs()).startsWith("jdk98 "));
        settle();
        rememberWrongJava();
        Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", jdk98.toString()));
        env.put("PLANDOC_JAVA", jdk99.resolve("bin/java").toString());
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertTrue(first(runs()).startsWith("jdk99 "));
    }

    @Test
    void aRemovedArchiveIsMadeAgainAndTheRunUsesTheNewOne() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("jdk99", "99.0.1").toString(), "PLANDOC_CDS", "wait");
        assertEquals(0, wrapper(env, "build", "--quiet"));
        String decided = first(runs());
        Path archive = archive();
        assertTrue(decided.contains(" -XX:AOTCache=" + archive + " "), decided);
        settle();
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertEquals(decided, first(runs()), "the remembered archive");
        rememberWrongJava();
        Files.delete(archive);
        Files.setLastModifiedTime(archive.getParent(), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertEquals(0, wrapper(env, "build", "--quiet"));
        List<String> calls = calls();
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("jdk99 ") && c.contains("-XX:AOTMode=record")),
                "trained again: " + calls);
        assertEquals(decided, first(runs()));
        assertTrue(Files.exists(archive));
    }

    private Path archive() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/cds"))) {
            List<Path> archives = files.filter(p -> p.toString().endsWith(".aot")).collect(Collectors.toList());
            assertEquals(1, archives.size(), archives.toString());
            return archives.get(0);
        }
    }

    @Test
    void aCorruptOrForeignDecisionIsIgnoredAndWrittenAgain() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("jdk99", "99.0.1").toString());
        wrapper(env, "build", "--quiet");
        String decided = first(runs());
        String written = Files.readString(decision);
        List<String> corrupt = List.of(
                written.substring(0, written.length() / 2),          // cut short
                written.replace("\nend\n", "\n"),                   // no end
                written.replace("plandoc launch 2", "plandoc launch 1"), // another version's
                written.replace("\nj ", "\nx "),                    // an unknown line
                "\u0000\u00ff garbage\n",
                "");
        for (String content : corrupt) {
            Files.writeString(decision, content, StandardCharsets.ISO_8859_1);
            settle();
            assertEquals(0, wrapper(env, "build", "--quiet"), content);
            assertEquals(decided, first(runs()), content);
            assertEquals(written.lines().filter(l -> !l.startsWith("t ") && !l.startsWith("n "))
                    .collect(Collectors.joining("\n")),
                    Files.readString(decision).lines().filter(l -> !l.startsWith("t ") && !l.startsWith("n "))
                            .collect(Collectors.joining("\n")), "written again");
        }
        // A folder where the decision belongs, or none at all: the run goes on.
        Files.delete(decision);
        Files.createDirectories(decision);
        assertEquals(0, wrapper(env, "build", "--quiet"));
        assertEquals(decided, first(runs()));
        assertFalse(Files.isRegularFile(decision));
    }
}

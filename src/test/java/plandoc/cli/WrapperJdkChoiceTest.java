package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plandoc} wrapper's JDK choice (issue 17), run for real with {@code sh} against a fake
 * JDK 99 in {@code JAVA_HOME} — a {@code release} file and a {@code bin/java} script that logs how it
 * was called — beside the real {@code java} on the PATH (older than 24 on CI).
 */
class WrapperJdkChoiceTest {
    @TempDir
    Path dir;
    Path project;
    Path log;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("target"));
        Files.createDirectories(project.resolve("templates"));
        // An empty jar newer than nothing: the wrapper does not rebuild (no src/main here).
        Files.write(project.resolve("target/plandoc.jar"), new byte[0]);
        Files.copy(Path.of("plandoc"), project.resolve("plandoc"));
        log = dir.resolve("calls.txt");
    }

    private Path fakeJdk(String name, String version, int versionExit) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"" + name + " $*\" >> '" + log + "'\n"
                + "case \" $* \" in *\" -version \"*) exit " + versionExit + " ;; esac\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private int wrapper(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", project.resolve("plandoc").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("PLANDOC_JAVA");
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("PLANDOC_CDS", "off");
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    private List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void aNewerJdkIsCheckedOnceThenRunsPlandoc() throws Exception {
        Path jdk = fakeJdk("jdk99", "99.0.1", 0);
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk.toString()), "build", "--quiet"));
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk.toString()), "build", "--quiet"));
        List<String> calls = calls();
        assertEquals(3, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains(" -version"), calls.toString());
        for (String run : calls.subList(1, 3)) {
            assertTrue(run.endsWith("-jar " + project.resolve("target/plandoc.jar") + " build --quiet"), run);
            assertTrue(run.contains("-XX:SweeperThreshold=100"), run);
            // Huge pages asked for exactly where the kernel leaves them to the program (docs/benchmarks.md).
            assertEquals(transparentHugePagesOnRequest(), run.contains("-XX:+UseTransparentHugePages"), run);
        }
    }

    private static boolean transparentHugePagesOnRequest() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
    }

    @Test
    void aJdk25OrNewerGetsCompactHeadersAndOneShotCommandsASmallYoungGeneration() throws Exception {
        Path jdk = fakeJdk("jdk99", "99.0.1", 0);
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk.toString()), "build", "--quiet"));
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk.toString()), "serve"));
        List<String> calls = calls();
        assertEquals(3, calls.size(), calls.toString());
        String build = calls.get(1);
        String serve = calls.get(2);
        assertTrue(build.contains("-XX:+UseCompactObjectHeaders") && build.contains("-Xmn32m"), build);
        assertTrue(serve.contains("-XX:+UseCompactObjectHeaders") && !serve.contains("-Xmn"), serve);
        // Native reflection accessors for a one-shot command only: serve reflects on the same members for hours.
        assertTrue(build.contains("-Djdk.reflect.useNativeAccessorOnly=true"), build);
        assertFalse(serve.contains("useNativeAccessorOnly"), serve);
    }

    @Test
    void printJavaShowsTheCommandServeWouldRunWithoutRunningIt() throws Exception {
        // The serve benchmark (plandoc.bench.Bench) starts its server with exactly these words, up to -jar.
        Path jdk = fakeJdk("jdk99", "99.0.1", 0);
        assertEquals(0, wrapper(Map.of("JAVA_HOME", jdk.toString(), "PLANDOC_PRINT_JAVA", "1"), "--lang", "en", "serve"));
        List<String> out = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        // From the java on (the lines before it are find's about this fake project's missing sources).
        int java = out.indexOf(jdk.resolve("bin/java").toString());
        assertTrue(java >= 0, out.toString());
        List<String> words = out.subList(java, out.size());
        assertTrue(words.contains("-XX:+UseSerialGC") && words.contains("-XX:+UseCompactObjectHeaders"), words.toString());
        assertFalse(words.contains("-Xmn32m") || words.contains("-XX:TieredStopAtLevel=1"), words.toString());
        assertEquals(List.of("-jar", project.resolve("target/plandoc.jar").toString(), "--lang", "en", "serve"),
                words.subList(words.size() - 5, words.size()));
        // Only the JDK's start-up check ran: plandoc itself did not.
        List<String> calls = calls();
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains(" -version"), calls.toString());
    }

    @Test
    void aJdkOlderThan25KeepsItsObjectHeaders() throws Exception {
        Path jdk17 = fakeJdk("jdk17", "17.0.9", 0);
        assertEquals(0, wrapper(Map.of("PLANDOC_JAVA", jdk17.resolve("bin/java").toString()), "build", "--quiet"));
        List<String> calls = calls();
        assertEquals(1, calls.size(), calls.toString());
        assertFalse(calls.get(0).contains("CompactObjectHeaders"), calls.get(0));
        assertTrue(calls.get(0).contains("-Xmn32m"), calls.get(0));
    }

    @Test
    void aJdkThatDoesNotStartIsSkippedForGood() throws Exception {
        Path jdk = fakeJdk("jdk99", "99.0.1", 1);
        wrapper(Map.of("JAVA_HOME", jdk.toString()), "build", "--quiet");
        wrapper(Map.of("JAVA_HOME", jdk.toString()), "build", "--quiet");
        List<String> calls = calls();
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains(" -version"), calls.toString());
        // Remembered as bad (a JDK 24+ under /usr/lib/jvm, if any, is checked next and may be .ok).
        try (var markers = Files.list(project.resolve("target/cds"))) {
            assertTrue(markers.map(p -> p.getFileName().toString()).anyMatch(n -> n.matches("jdk-\\d+\\.bad")));
        }
    }

    @Test
    void plandocJavaWinsAndVersionKeepsThePathsJava() throws Exception {
        Path newer = fakeJdk("jdk99", "99.0.1", 0);
        Path chosen = fakeJdk("jdk17", "17.0.9", 0);
        assertEquals(0, wrapper(Map.of("JAVA_HOME", newer.toString(),
                "PLANDOC_JAVA", chosen.resolve("bin/java").toString()), "build", "--quiet"));
        assertEquals(List.of("jdk17"), calls().stream().map(c -> c.split(" ")[0]).toList());
        wrapper(Map.of("JAVA_HOME", newer.toString()), "--version");
        assertFalse(calls().stream().anyMatch(c -> c.startsWith("jdk99")), calls().toString());
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows launcher {@code plandoc.cmd} run by Wine's cmd.exe (.ci/run installs Debian's wine), with stub
 * {@code java.cmd} files that log how they were called: no Windows JDK can be had on this machine. The
 * distribution sits under a folder with spaces and Vietnamese letters, as under {@code C:\Users\Nguyễn Văn A\}.
 * Each run goes through {@code script}, a pseudo-terminal: Wine's cmd has a console there, so
 * {@code chcp 65001} works as on Windows and the stub's log is UTF-8. The command line is typed in a driver
 * batch file as an officer types it, its Vietnamese taken from environment variables (Wine's cmd reads a batch
 * file's own text in the OEM code page, unlike Windows after {@code chcp 65001}).
 */
class WindowsLauncherTest {
    @TempDir
    Path dir;
    private Path dist;
    private Path log;

    @BeforeEach
    void distribution() throws IOException {
        assumeTrue(onPath("wine") && onPath("script"), "wine is not installed (.ci/run installs it)");
        dist = Files.createDirectories(dir.resolve("Tài liệu/Nguyễn Văn A/plandoc-0.1.0"));
        Files.createDirectories(dist.resolve("lib"));
        Files.write(dist.resolve("plandoc.jar"), new byte[0]);
        // As the zip holds it (src/assembly/dist.xml): CRLF, whatever this checkout has.
        String script = Files.readString(Path.of("plandoc.cmd")).replace("\r\n", "\n").replace("\n", "\r\n");
        Files.writeString(dist.resolve("plandoc.cmd"), script);
        log = dir.resolve("java-calls.txt");
        stubJdk("jdk-17/bin", null);
        stubJdk("jdk-21/bin", "21.0.5");
        stubJdk("jre-8/bin", "1.8.0_391");
        Files.createDirectories(dir.resolve("work"));
    }

    @Test
    void findsJavaOnThePathAndPassesTheArgumentsAsTyped() throws Exception {
        Run run = run("build --draft \"%T_ARG%\" \"a&b\" --lang vi",
                Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "17.0.2",
                        "T_ARG", "C:\\Tài liệu\\kế hoạch"));
        assertEquals(7, run.status, run.output);
        List<String> call = Files.readAllLines(log, StandardCharsets.UTF_8);
        String args = call.get(0).strip();
        assertTrue(args.startsWith("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djdk.reflect.useNativeAccessorOnly=true"
                + " -Xmn32m -Dfile.encoding=UTF-8"), args);
        assertTrue(args.contains(" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar \""), args);
        assertTrue(args.endsWith("\\plandoc-0.1.0\\plandoc.jar\" build --draft \"C:\\Tài liệu\\kế hoạch\" \"a&b\" --lang vi"),
                args);
        // The jar by its short (8.3) name: the java launcher reads its command line in the ANSI code page.
        String jar = args.substring(args.indexOf("-jar \"") + 6, args.indexOf("plandoc.jar\""));
        assertTrue(jar.chars().allMatch(c -> c < 128) && !jar.contains(" "), jar);
        assertEquals("PLANDOC_LAUNCHER=plandoc", call.get(1).strip());
        // The arguments as typed again for plandoc.cli.WindowsArguments, which WindowsArgumentsTest splits.
        assertEquals("PLANDOC_ARGS=build --draft \"C:\\Tài liệu\\kế hoạch\" \"a&b\" --lang vi", call.get(3).strip());
    }

    @Test
    void serveKeepsTheFullJitAndTheDefaultHeap() throws Exception {
        Run run = run("serve", Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "17.0.2"));
        assertEquals(7, run.status, run.output);
        String args = Files.readAllLines(log, StandardCharsets.UTF_8).get(0).strip().replaceAll(" +", " ");
        assertTrue(args.startsWith("-XX:+UseSerialGC -Dfile.encoding=UTF-8"), args);
        assertFalse(args.contains("TieredStopAtLevel") || args.contains("-Xmn"), args);
        assertTrue(args.endsWith("plandoc.jar\" serve"), args);
    }

    @Test
    void javaHomeComesFirstAndAnOldOneGivesWayToThePath() throws Exception {
        run("check", Map.of("JAVA_HOME", windows(dir.resolve("jdk-21")), "WINEPATH", windows(dir.resolve("jdk-17/bin")),
                "STUB_VERSION", "17.0.2"));
        assertTrue(Files.readAllLines(log, StandardCharsets.UTF_8).get(2).contains("jdk-21"));
        Files.delete(log);
        run("check", Map.of("JAVA_HOME", windows(dir.resolve("jre-8")), "WINEPATH", windows(dir.resolve("jdk-17/bin")),
                "STUB_VERSION", "17.0.2"));
        assertTrue(Files.readAllLines(log, StandardCharsets.UTF_8).get(2).contains("jdk-17"));
    }

    @Test
    void noJavaOrOnlyAnOldOneSaysHowToInstallOneAndExits2() throws Exception {
        Run none = run("build", Map.of());
        assertEquals(2, none.status, none.output);
        assertTrue(none.output.contains("Java 17") && none.output.contains("JAVA_HOME")
                && none.output.contains("adoptium.net"), none.output);
        assertFalse(Files.exists(log));
        Run old = run("build", Map.of("JAVA_HOME", windows(dir.resolve("jre-8"))));
        assertEquals(2, old.status, old.output);
        assertTrue(old.output.contains("1.8.0_391") && old.output.contains("jre-8"), old.output);
        Run oldOnPath = run("build", Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "11.0.2"));
        assertEquals(2, oldOnPath.status, oldOnPath.output);
        assertTrue(oldOnPath.output.contains("11.0.2"), oldOnPath.output);
        assertFalse(Files.exists(log));
    }

    @Test
    void aJavaExeRunsAndItsExitCodeIsPlandocs() throws Exception {
        // A real Windows program as java.exe: Wine's reg.exe, which refuses "-XX:+UseSerialGC" and exits 1. A
        // java.cmd stub ends the launcher's batch when it runs; an .exe returns to it, so this run also passes
        // through what follows java (the exit code kept, the console's code page set back).
        Path reg = wineSystem32().resolve("reg.exe");
        Path bin = Files.createDirectories(dir.resolve("jdk-exe/bin"));
        Files.copy(reg, bin.resolve("java.exe"));
        Files.writeString(bin.getParent().resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
        Run run = run("build", Map.of("JAVA_HOME", windows(bin.getParent())));
        assertEquals(1, run.status, run.output);
        assertTrue(run.output.contains("-XX:+UseSerialGC"), run.output);
        assertFalse(run.output.contains("Java 17"), run.output);
    }

    @Test
    void optionsBeforeServeStillGiveItTheFullJit() throws Exception {
        Map<String, String> env = Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "17.0.2");
        for (String line : List.of("--lang en serve --port 8001", "--lang=en serve", "--lang en build")) {
            Run run = run(line, env);
            assertEquals(7, run.status, run.output);
            String args = Files.readAllLines(log, StandardCharsets.UTF_8).get(0).strip();
            assertEquals(line.contains("build"), args.contains("-XX:TieredStopAtLevel=1") && args.contains("-Xmn32m"), args);
            assertTrue(args.endsWith("plandoc.jar\" " + line), args);
            Files.delete(log);
        }
    }

    @Test
    void aWrongPlandocJavaIsNamedAndNotReplacedByAnotherJava() throws Exception {
        Map<String, String> path = Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "17.0.2",
                "JAVA_HOME", windows(dir.resolve("jdk-21")));
        String missing = windows(dir.resolve("jdk-99/bin/java.exe"));
        Run run = run("build", with(path, "PLANDOC_JAVA", missing));
        assertEquals(2, run.status, run.output);
        // The message's own Vietnamese is garbled by Wine's cmd (it reads a batch file in the OEM code page).
        assertTrue(flat(run.output).contains("PLANDOC_JAVA l") && flat(run.output).contains("\"" + missing + "\","),
                run.output);
        assertTrue(flat(run.output).contains("set PLANDOC_JAVA= ;"), run.output);
        assertFalse(run.output.contains("adoptium.net"), run.output);
        Run old = run("build", with(path, "PLANDOC_JAVA", windows(dir.resolve("jre-8/bin/java.cmd"))));
        assertEquals(2, old.status, old.output);
        assertTrue(flat(old.output).contains("PLANDOC_JAVA ch") && old.output.contains("1.8.0_391")
                && flat(old.output).contains("set PLANDOC_JAVA="), old.output);
        assertFalse(Files.exists(log));
        Run good = run("build", with(path, "PLANDOC_JAVA", windows(dir.resolve("jdk-21/bin/java.cmd"))));
        assertEquals(7, good.status, good.output);
    }

    @Test
    void withoutShortNamesAFolderNameWithAccentsIsToldInsteadOfJavasFailure() throws Exception {
        // Wine always makes short names; a disk without them gives %~s the long path, as %~f does.
        String script = Files.readString(dist.resolve("plandoc.cmd"));
        String noShortNames = script.replace("set \"PLANDOC_HOME=%%~sI\"", "set \"PLANDOC_HOME=%%~fI\"");
        assertFalse(noShortNames.equals(script));
        Files.writeString(dist.resolve("plandoc.cmd"), noShortNames);
        Map<String, String> env = Map.of("WINEPATH", windows(dir.resolve("jdk-17/bin")), "STUB_VERSION", "17.0.2");
        Run run = run("build", env);
        assertEquals(2, run.status, run.output);
        String message = flat(run.output);
        assertTrue(message.contains("Nguyễn Văn A\\plandoc-0.1.0\\\"") && message.contains("(8.3)")
                && message.contains("C:\\plandoc-0.1.0,"), run.output);
        assertFalse(Files.exists(log));
        // Every ASCII character a folder name may hold passes, the ones cmd treats specially included ("%" aside:
        // Wine's cmd expands the driver's %T_DIST% again).
        Path plain = Files.createDirectories(dir.resolve("a&b (x86) ~1 !x =;,[]{}@#$'+^`_-.d")).resolve("plandoc-0.1.0");
        Files.move(dist, plain);
        dist = plain;
        Run ascii = run("build", env);
        assertEquals(7, ascii.status, ascii.output);
        String args = Files.readAllLines(log, StandardCharsets.UTF_8).get(0);
        assertTrue(args.contains(windows(plain) + "\\plandoc.jar\" build"), args);
    }

    /** The console's output without its line wraps (80 columns) and cursor codes. */
    private static String flat(String output) {
        return output.replaceAll("\u001B\\[[?0-9;]*[A-Za-z]", "").replaceAll("\r?\n", "").replace("\r", "");
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> all = new HashMap<>(environment);
        all.put(name, value);
        return all;
    }

    /**
     * A java.cmd that logs its arguments, PLANDOC_LAUNCHER and its own path, and exits 7; its version from the
     * JDK's release file when given, else from "-version" (STUB_VERSION).
     */
    private void stubJdk(String bin, String release) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(bin));
        Files.writeString(folder.resolve("java.cmd"), String.join("\r\n", "@echo off",
                "if \"%~1\"==\"-version\" goto :version",
                ">\"" + windows(log) + "\" echo %*",
                ">>\"" + windows(log) + "\" echo PLANDOC_LAUNCHER=%PLANDOC_LAUNCHER%",
                ">>\"" + windows(log) + "\" echo %~f0",
                ">>\"" + windows(log) + "\" echo PLANDOC_ARGS=%PLANDOC_ARGS%",
                "exit /b 7",
                ":version",
                "echo openjdk version \"%STUB_VERSION%\" 2022-01-18 1>&2", ""));
        if (release != null) {
            Files.writeString(folder.getParent().resolve("release"), "IMPLEMENTOR=\"Stub\"\nJAVA_VERSION=\"" + release + "\"\n");
        }
    }

    private record Run(int status, String output) {
    }

    /** plandoc.cmd with these arguments, typed in a batch file run from the work folder. */
    private Run run(String arguments, Map<String, String> environment) throws Exception {
        Path driver = dir.resolve("type.cmd");
        Files.writeString(driver, "@echo off\r\n\"%T_DIST%\\plandoc.cmd\" " + arguments + "\r\n");
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", "wine cmd /c '" + windows(driver) + "'", "/dev/null")
                .directory(dir.resolve("work").toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.remove("PLANDOC_JAVA");
        env.put("WINEDEBUG", "-all");
        env.put("LC_ALL", "C.UTF-8");
        env.put("T_DIST", windows(dist));
        env.putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }

    /** Wine's system32 folder, its prefix made first when this machine has none yet. */
    private Path wineSystem32() throws Exception {
        String prefix = System.getenv().getOrDefault("WINEPREFIX", System.getProperty("user.home") + "/.wine");
        Path system32 = Path.of(prefix, "drive_c/windows/system32");
        if (!Files.isRegularFile(system32.resolve("reg.exe"))) {
            run("--version", Map.of());
        }
        return system32;
    }

    /** The path as Wine shows a Unix path: on drive Z:. */
    private static String windows(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}

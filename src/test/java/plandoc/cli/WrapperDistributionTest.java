package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code plandoc} wrapper as target/plandoc-VERSION.zip holds it (src/assembly/dist.xml): beside plandoc.jar
 * and lib/, with no sources, it runs that jar from the user's own folder and never tries to build it. Run for
 * real with {@code sh} and a fake {@code java} that logs how it was called.
 */
class WrapperDistributionTest {
    @TempDir
    Path dir;

    @Test
    void theDistributionsWrapperRunsTheJarBesideIt() throws Exception {
        Path dist = dir.resolve("plandoc-0.1.0");
        Files.createDirectories(dist.resolve("lib"));
        Files.write(dist.resolve("plandoc.jar"), new byte[0]);
        Files.copy(Path.of("plandoc"), dist.resolve("plandoc"));
        Path log = dir.resolve("calls.txt");
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = Files.createDirectories(dir.resolve("so-khcn"));
        for (List<String> args : List.of(List.of("check"), List.of("--version"))) {
            List<String> command = new java.util.ArrayList<>(List.of("sh", dist.resolve("plandoc").toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
            builder.environment().put("PLANDOC_JAVA", java.toString());
            builder.environment().put("HOME", dir.toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), out);
            assertFalse(out.contains("mvn") || out.contains("find:"), out);
        }
        List<String> calls = Files.readAllLines(log);
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).endsWith("-jar " + dist.resolve("plandoc.jar") + " check"), calls.get(0));
        assertTrue(calls.get(1).endsWith("-jar " + dist.resolve("plandoc.jar") + " --version"), calls.get(1));
        assertFalse(Files.exists(dist.resolve("target")), "a distribution has no target/");
    }

    @Test
    void serveKeepsTheFullJitWithOptionsBeforeIt() throws Exception {
        Path dist = dir.resolve("plandoc-0.1.0");
        Files.createDirectories(dist.resolve("lib"));
        Files.write(dist.resolve("plandoc.jar"), new byte[0]);
        Files.copy(Path.of("plandoc"), dist.resolve("plandoc"));
        Path log = dir.resolve("calls.txt");
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<List<String>> lines = List.of(List.of("--lang", "en", "serve", "--port", "8001"), List.of("--lang=en", "serve"),
                List.of("serve"), List.of("--lang", "en", "build"), List.of("build", "serve"));
        for (List<String> args : lines) {
            List<String> command = new java.util.ArrayList<>(List.of("sh", dist.resolve("plandoc").toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("PLANDOC_JAVA", java.toString());
            builder.environment().put("HOME", dir.toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), out);
        }
        List<String> calls = Files.readAllLines(log);
        assertEquals(lines.size(), calls.size(), calls.toString());
        for (int i = 0; i < lines.size(); i++) {
            String call = calls.get(i);
            // The first three serve; "build serve" builds (serve is its argument there).
            assertEquals(i >= 3, call.contains("-XX:TieredStopAtLevel=1") && call.contains("-Xmn32m"), call);
            assertTrue(call.endsWith("-jar " + dist.resolve("plandoc.jar") + " " + String.join(" ", lines.get(i))), call);
        }
    }
}

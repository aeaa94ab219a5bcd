package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper's first build, its output piped (not a terminal): Maven 3.8's Jansi wrote {@code ESC[0m}
 * as it started and stopped even with {@code -B -Dstyle.color=never}. Runs the real {@code mvn} of the
 * PATH on an empty project (packaging pom: nothing to download) and a stand-in java.
 */
class WrapperBuildOutputTest {
    @TempDir
    Path dir;

    @Test
    void aBuildThroughAPipeCarriesNoEscapeSequences() throws Exception {
        assumeTrue(onPath("mvn"), "mvn is not on the PATH");
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("target"));
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>t</groupId>"
                + "<artifactId>t</artifactId><version>1</version><packaging>pom</packaging></project>");
        Path jar = project.resolve("target/plandoc.jar");
        Files.write(jar, new byte[0]);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(project.resolve("src/main/Changed.java"), "");
        Files.copy(Path.of("plandoc"), project.resolve("plandoc"));
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho plandoc-ran\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder(List.of("sh", project.resolve("plandoc").toString(), "build"))
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("PLANDOC_JAVA", java.toString());
        builder.environment().put("PLANDOC_CDS", "off");
        builder.environment().remove("MAVEN_OPTS");
        assertEquals(0, builder.start().waitFor());
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(out.contains("mvn package") && out.contains("plandoc-ran"), out);
        assertFalse(out.contains("\u001b"), out.replace("\u001b", "ESC"));
        assertTrue(out.startsWith("plandoc: đang biên dịch (mvn package)…"), out);

        // In English when the command asks for English.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        builder.command(List.of("sh", project.resolve("plandoc").toString(), "build", "--lang", "en"));
        assertEquals(0, builder.start().waitFor());
        out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("plandoc: building (mvn package)…"), out);
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

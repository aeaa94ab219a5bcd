package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s15 review, finding 9: the starter's comments name plandoc as the user started it, as the terminal's next steps
 * do ({@link Launcher}): here the wrapper, installed as {@code /opt/plandoc-0.1.0/plandoc}, in a real process.
 */
class StarterLauncherTest {
    @TempDir
    Path dir;

    @Test
    void theStarterNamesTheCommandTheUserTyped() throws Exception {
        // The tests' own class path: target/lib is made only at package, after the tests.
        String classPath = System.getProperty("java.class.path");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "plandoc.cli.Main",
                "new", "ke-hoach-moi", "--province", "Nghệ An").directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put(Launcher.ENVIRONMENT, "/opt/plandoc-0.1.0/plandoc");
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        List<String> comments = Files.readAllLines(dir.resolve("content/ke-hoach-moi/plan.yaml")).stream()
                .filter(l -> l.startsWith("#")).toList();
        assertTrue(comments.contains("#   /opt/plandoc-0.1.0/plandoc check     kiểm tra (lỗi được báo kèm tệp:dòng:cột)"),
                String.join("\n", comments));
        assertTrue(comments.stream().anyMatch(l -> l.contains("rồi /opt/plandoc-0.1.0/plandoc build (")), comments::toString);
        assertFalse(comments.stream().anyMatch(l -> l.contains("./plandoc")), comments::toString);
        assertTrue(out.contains("/opt/plandoc-0.1.0/plandoc serve"), out);
    }
}

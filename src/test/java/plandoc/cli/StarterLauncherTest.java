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
 * s19 review, finding 4: the starter's comments are published (every PDF attaches its plan.yaml), so they name plandoc as
 * the guides do ("plandoc check"), never the installation's path; the terminal's next steps name the command the user
 * typed (s15 review, finding 9): here the wrapper, installed as {@code /opt/plandoc-0.1.0/plandoc}, in a real process.
 */
class StarterLauncherTest {
    @TempDir
    Path dir;

    @Test
    void theStarterNamesPlandocAsTheGuidesDoAndTheTerminalTheCommandTyped() throws Exception {
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
        assertTrue(comments.contains("#   plandoc check     kiểm tra (lỗi được báo kèm tệp:dòng:cột)"),
                String.join("\n", comments));
        assertTrue(comments.stream().anyMatch(l -> l.contains("rồi plandoc build (")), comments::toString);
        // The second line of a comment stays under the first's words ("in bản dự thảo … / hệ thống …").
        int draft = comments.indexOf(comments.stream().filter(l -> l.startsWith("#   plandoc build --draft")).findFirst()
                .orElseThrow());
        assertEquals(comments.get(draft).indexOf("in bản"), comments.get(draft + 1).indexOf("hệ thống"), comments::toString);
        assertTrue(out.contains("/opt/plandoc-0.1.0/plandoc serve"), out);
        // No file new wrote names the installation or any other absolute path (the working folder, the user's home).
        List<Path> written;
        try (var files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(written.size() >= 3, written::toString);
        for (Path file : written) {
            String text = Files.readString(file);
            for (String path : List.of("/opt/", dir.toAbsolutePath().toString(), dir.toRealPath().toString(),
                    System.getProperty("user.home"), System.getProperty("user.dir"))) {
                assertFalse(text.contains(path), file + " names " + path);
            }
        }
    }

    /**
     * s33 review M2: made in another content folder than the default, the starter's commands name it — "plandoc check"
     * alone would check content/, the other plans — as given, or relative to the working folder when given as an
     * absolute path (the comments are published with the PDF).
     */
    @Test
    void theStarterNamesTheContentFolderItWasMadeIn() throws Exception {
        for (String content : List.of("noi-dung", dir.resolve("noi-dung").toAbsolutePath().toString())) {
            String slug = content.startsWith("/") ? "tuyet-doi" : "tuong-doi";
            String classPath = System.getProperty("java.class.path");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, "plandoc.cli.Main", "new", slug, "--type", "quyet-dinh", "--province", "Nghệ An",
                    "--content", content).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put(Launcher.ENVIRONMENT, "/opt/plandoc-0.1.0/plandoc");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), out);
            List<String> comments = Files.readAllLines(dir.resolve("noi-dung/" + slug + "/plan.yaml")).stream()
                    .filter(l -> l.startsWith("#")).toList();
            String all = String.join("\n", comments);
            assertTrue(comments.contains("#   plandoc check noi-dung     kiểm tra (lỗi được báo kèm tệp:dòng:cột)"), all);
            assertTrue(comments.stream().anyMatch(l -> l.startsWith("#   plandoc serve --content noi-dung     xem trước")), all);
            assertTrue(comments.stream().anyMatch(l -> l.contains("rồi plandoc build noi-dung (")), all);
            int draft = comments.indexOf(comments.stream().filter(l -> l.startsWith("#   plandoc build --draft noi-dung   in"))
                    .findFirst().orElseThrow());
            assertEquals(comments.get(draft).indexOf("in bản"), comments.get(draft + 1).indexOf("hệ thống"), all);
            assertFalse(all.contains(dir.toAbsolutePath().toString()), all);
            // The terminal's next steps, as before, name it too.
            assertTrue(out.contains("/opt/plandoc-0.1.0/plandoc check " + content), out);
        }
    }
}

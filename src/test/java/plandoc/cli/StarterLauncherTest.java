package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter's comments and the terminal's next steps, here the wrapper installed as {@code /opt/plandoc-0.1.0/plandoc},
 * in a real process. The terminal says the command the user typed (s15 review, finding 9), a path in the user's home
 * from {@code ~/}; the comments are published (every PDF attaches its plan.yaml), so they say the wrapper's name, never
 * where it lives (s19 review, finding 4). The commands and their descriptions are two columns (s34 review M4).
 */
class StarterLauncherTest {
    @TempDir
    Path dir;

    @Test
    void theStarterSaysTheWrappersNameAndTheTerminalItsPath() throws Exception {
        String out = run(List.of(), "/opt/plandoc-0.1.0/plandoc", "new", "ke-hoach-moi", "--province", "Nghệ An");
        List<String> comments = comments(dir.resolve("content/ke-hoach-moi/plan.yaml"));
        assertAligned(comments, "plandoc", "");
        assertTrue(comments.stream().anyMatch(l -> l.contains("rồi plandoc build (")), comments::toString);
        assertFalse(String.join("\n", comments).contains("/opt/"), comments::toString);
        assertTrue(out.contains("/opt/plandoc-0.1.0/plandoc serve"), out);
        assertNamesNoFolderOfThisComputer(List.of());
    }

    /** Installed in the user's home: said from ~/ on the terminal, by its name in the files. */
    @Test
    void aWrapperInTheUsersHomeIsSaidFromTilde() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home").resolve("nguyen-van-a"));
        Path work = Files.createDirectories(dir.resolve("lam-viec"));
        String out = run(List.of("-Duser.home=" + home), home.resolve("plandoc-0.1.0/plandoc").toString(),
                work, "new", "ke-hoach-moi", "--province", "Nghệ An");
        List<String> comments = comments(work.resolve("content/ke-hoach-moi/plan.yaml"));
        assertAligned(comments, "plandoc", "");
        assertTrue(out.contains("~/plandoc-0.1.0/plandoc serve"), out);
        assertNamesNoFolderOfThisComputer(List.of(home.toString(), "nguyen-van-a"));
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
            String out = run(List.of(), "/opt/plandoc-0.1.0/plandoc", "new", slug, "--type", "quyet-dinh", "--province",
                    "Nghệ An", "--content", content);
            List<String> comments = comments(dir.resolve("noi-dung/" + slug + "/plan.yaml"));
            String all = String.join("\n", comments);
            assertAligned(comments, "plandoc", "noi-dung");
            assertTrue(comments.stream().anyMatch(l -> l.contains("rồi plandoc build noi-dung (")), all);
            assertFalse(all.contains(dir.toAbsolutePath().toString()), all);
            // The terminal's next steps, as before, name it too.
            assertTrue(out.contains("/opt/plandoc-0.1.0/plandoc check " + content), out);
        }
    }

    /**
     * The four command lines as the launcher and content folder make them, every description at one column (three
     * blanks after the longest command), the second line of build --draft's under its first.
     */
    private static void assertAligned(List<String> comments, String launcher, String content) {
        String all = String.join("\n", comments);
        String folder = content.isEmpty() ? "" : " " + content;
        List<String> commands = List.of(launcher + " check" + folder,
                launcher + " serve" + (content.isEmpty() ? "" : " --content " + content),
                launcher + " build --draft" + folder);
        List<String> descriptions = List.of("kiểm tra (lỗi được báo kèm tệp:dòng:cột)",
                "xem trước trong trình duyệt; trang tự cập nhật mỗi khi lưu tệp", "in bản dự thảo (trang HTML");
        int column = "#   ".length() + commands.stream().mapToInt(String::length).max().orElseThrow() + 3;
        for (int i = 0; i < commands.size(); i++) {
            String start = "#   " + commands.get(i);
            String line = comments.stream().filter(l -> l.startsWith(start + " ")).findFirst().orElseThrow(() ->
                    new AssertionError(start + " in\n" + all));
            assertEquals(start + " ".repeat(column - start.length()), line.substring(0, column), all);
            assertTrue(line.substring(column).startsWith(descriptions.get(i)), all);
            if (i == 2) {
                String next = comments.get(comments.indexOf(line) + 1);
                assertEquals("#" + " ".repeat(column - 1) + "hệ thống quản lý văn bản điện tử", next, all);
            }
        }
    }

    /** No file new wrote names the working folder, the user's home or {@code also}. */
    private void assertNamesNoFolderOfThisComputer(List<String> also) throws Exception {
        List<Path> written;
        try (var files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(written.size() >= 3, written::toString);
        List<String> paths = new ArrayList<>(List.of(dir.toAbsolutePath().toString(), dir.toRealPath().toString(),
                System.getProperty("user.home"), System.getProperty("user.dir")));
        paths.addAll(also);
        for (Path file : written) {
            String text = Files.readString(file);
            for (String path : paths) {
                assertFalse(text.contains(path), file + " names " + path);
            }
        }
    }

    private String run(List<String> jvm, String launcher, String... args) throws Exception {
        return run(jvm, launcher, dir, args);
    }

    /** plandoc in its own process, as the wrapper {@code launcher} starts it, in {@code folder}: what it printed. */
    private static String run(List<String> jvm, String launcher, Path folder, String... args) throws Exception {
        // The tests' own class path: target/lib is made only at package, after the tests.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "plandoc.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put(Launcher.ENVIRONMENT, launcher);
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    private static List<String> comments(Path plan) throws Exception {
        return Files.readAllLines(plan).stream().filter(l -> l.startsWith("#")).toList();
    }
}

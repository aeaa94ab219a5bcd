package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s15-embed: {@code check .} run inside a plan folder said the plan's own images lay outside it ("." normalises to no
 * path at all, which no file starts with). A real process, as the working folder matters here.
 */
class CheckHereTest {
    @TempDir
    Path temp;

    private static List<String> run(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "plandoc.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return List.of(Integer.toString(process.waitFor()), out, err);
    }

    @Test
    void checkDotInsideAPlanFolderReadsItsImages() throws Exception {
        Path plan = Files.createDirectories(temp.resolve("content/ke-hoach-a"));
        String text = Files.readString(Path.of("src/test/resources/errors/legal-archive-vt/plan.yaml"))
                .replace("archive: [KGVX, VT]", "archive: [VT]").replace("text: Nâng cao", "text: Chi tiết tại {ref:pl-ban-do}. Nâng cao");
        Files.writeString(plan.resolve("plan.yaml"), text
                + "appendices:\n  items:\n    - id: pl-ban-do\n      title: Bản đồ\n      image: ban-do.png\n");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                plan.resolve("ban-do.png").toFile());

        List<String> fromContent = run(temp, "check", "content/ke-hoach-a", "--lang", "en");
        for (String here : List.of(".", "./")) {
            List<String> inside = run(plan, "check", here, "--lang", "en");
            assertEquals(fromContent.get(0), inside.get(0), inside.toString());
            assertEquals(fromContent.get(1), inside.get(1));
            assertEquals(fromContent.get(2).replace("content/ke-hoach-a/", ""), inside.get(2));
        }
        assertEquals("0", fromContent.get(0), fromContent.toString());

        // Run with no folder there, the content folder is above: no "start a first document" hint.
        assertEquals(List.of("2", "", "error: no such folder content"), run(plan, "check", "--lang", "en"));
    }
}

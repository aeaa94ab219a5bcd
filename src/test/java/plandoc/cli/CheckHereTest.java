package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * s16 tryout: {@code build .} inside a plan folder wrote a whole site into it (site/, and site-draft/ on --draft),
     * whose files the next check listed as the plan's unused files, so --strict failed. Now the site is the project's,
     * beside content/, as from the project folder; an output folder left by such a build is one warning.
     */
    @Test
    void buildInsideAPlanFolderWritesTheProjectsSite() throws Exception {
        Path plan = Files.createDirectories(temp.resolve("content/ke-hoach-a"));
        String issued = Files.readString(Path.of("src/test/resources/errors/legal-archive-vt/plan.yaml"))
                .replace("archive: [KGVX, VT]", "archive: [VT]");
        Files.writeString(plan.resolve("plan.yaml"), issued);
        // Issued: a draft build leaves it out, rendering nothing, and still writes its output folder.
        List<String> draft = run(plan, "build", "--draft", ".", "--lang", "en");
        assertEquals("0", draft.get(0), draft.toString());
        assertTrue(draft.get(1).contains("../../site-draft"), draft.toString());
        assertTrue(Files.isRegularFile(temp.resolve("site-draft/index.html")), draft.toString());

        // A draft: the published build leaves it out.
        Files.writeString(plan.resolve("plan.yaml"), issued.replace("  number: 45\n", "  draft: true\n"));
        List<String> build = run(plan, "build", ".", "--lang", "en");
        assertEquals("0", build.get(0), build.toString());
        assertTrue(build.get(1).contains("../../site "), build.toString());
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")), build.toString());
        try (java.util.stream.Stream<Path> inside = Files.list(plan)) {
            assertEquals(List.of(plan.resolve("plan.yaml")), inside.toList());
        }
        assertEquals("0", run(plan, "check", ".", "--strict", "--lang", "en").get(0));

        // What such a build left in a plan folder before (the site and its bookkeeping beside it): one warning, at the
        // folder, not one per file of it.
        plandoc.TestFiles.copyTree(temp.resolve("site"), plan.resolve("site"));
        assertTrue(Files.isRegularFile(plan.resolve(".plandoc/site/lock")));
        List<String> check = run(temp, "check", "content/ke-hoach-a", "--lang", "en");
        assertEquals(List.of("0", "Checked 1 plan: 0 errors, 1 warning."), check.subList(0, 2), check.toString());
        assertTrue(check.get(2).startsWith("content/ke-hoach-a/site:1:1: warning: folder \"site\" in the plan folder is a"
                + " site written by an earlier build"), check.get(2));
        assertEquals(1, check.get(2).lines().count(), check.get(2));
    }
}

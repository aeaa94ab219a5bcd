package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F1: an issued decision edited in place was printed again under its number and date, the issued text gone
 * from the portal without a word. A published issued document is frozen: a build whose sources and resolved document
 * both differ from the published ones stops at its plan.yaml, the site keeping what it published; {@code --reissue}
 * publishes the new version, keeps the old PDF in ban-da-thay-the/ and links it from the page. Not an edit: a comment
 * in plan.yaml (the document is the same), a plandoc that computes the same sources otherwise (the sources are the
 * same).
 */
class IssuedFreezeBuildTest {
    private static final Path ISSUED = ErrorCasesTest.ERRORS.resolve("number-taken").resolve("qd-ban-hanh");
    private static final String TEXT = "text: Sửa đổi, bổ sung kế hoạch thử.";
    private static final String EDITED = "text: Sửa đổi, bổ sung kế hoạch thử nghiệm.";

    @TempDir
    Path dir;

    @Test
    void anEditedIssuedDocumentStopsAndIsReissuedOnlyWhenAsked() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);

        edit(plan, TEXT, EDITED);
        Cli.Result stopped = build(content, site);
        assertEquals(1, stopped.exit(), stopped.errText());
        List<String> frozen = stopped.err().stream().filter(l -> l.contains("đã ban hành và đã đăng")).toList();
        assertEquals(1, frozen.size(), stopped.errText());
        // s34: at the first character edited (line 19, after "thử"), with the line as published, to put it back.
        String at = plan + ":19:" + ("      text: Sửa đổi, bổ sung kế hoạch thử".length() + 1);
        assertTrue(frozen.get(0).startsWith(at + ": lỗi: văn bản 1520/QĐ-UBND "
                + "ngày 15/06/2026 đã ban hành và đã đăng trên trang, nhưng nguồn của nó đã sửa sau khi đăng (tệp khác bản đã "
                + "đăng: plan.yaml; chỗ sửa đầu tiên ở dòng 19, bản đã đăng ghi: " + TEXT + ")"), frozen.get(0));
        assertTrue(frozen.get(0).contains("build lại với --reissue"), frozen.get(0));
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued decision stays as published");

        Cli.Result english = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(1, english.exit(), english.errText());
        assertTrue(english.err().stream().anyMatch(l -> l.startsWith(at + ": error: document 1520/QĐ-UBND dated "
                + "15/06/2026 is issued and published on the site, but its sources were edited after it was published "
                + "(files that differ from the published ones: plan.yaml; the first edit is on line 19, which the "
                + "published version has as: " + TEXT + ")") && l.contains("build again with --reissue")),
                english.errText());

        Cli.Result reissued = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        Path archive = site.resolve("ban-da-thay-the").resolve("qd");
        List<Path> kept;
        try (var files = Files.list(archive)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        String name = kept.get(0).getFileName().toString();
        assertTrue(name.matches("1520-QD-UBND-thay-the-\\d{4}-\\d{2}-\\d{2}\\.pdf"), name);
        assertArrayEquals(issued, Files.readAllBytes(kept.get(0)), "the issued PDF is kept byte for byte");
        assertFalse(java.util.Arrays.equals(issued, Files.readAllBytes(pdf)), "the new version is published");
        assertTrue(reissued.out().stream().anyMatch(l -> l.startsWith("Đã lưu bản văn bản đã ban hành được thay thế: "
                + site.resolve("ban-da-thay-the/qd/" + name))), String.join("\n", reissued.out()));
        String day = name.substring("1520-QD-UBND-thay-the-".length(), name.length() - ".pdf".length());
        String shown = day.substring(8, 10) + "/" + day.substring(5, 7) + "/" + day.substring(0, 4);
        assertTrue(Files.readString(site.resolve("qd").resolve("index.html")).contains("<a class=\"replaced-version\" "
                + "href=\"../ban-da-thay-the/qd/" + name + "\">Văn bản ban hành lần đầu, bị thay thế ngày " + shown + "</a>"),
                "the page links it, the text as first issued");
    }

    @Test
    void aCommentOrAPlandocComputingOtherwiseIsNoEdit() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);

        // A comment: the sources differ, the document is the same.
        edit(plan, "# An issued decision;", "# Checked again. An issued decision;");
        Cli.Result comment = build(content, site);
        assertEquals(0, comment.exit(), comment.errText());

        // Another plandoc's plan.json (as an older one computed it) with the same sources: --clean prints it again.
        Path data = site.resolve("qd").resolve("plan.json");
        Files.writeString(data, Files.readString(data).replace("\"format\"", "\"formerly\""));
        Cli.Result upgraded = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--clean");
        assertEquals(0, upgraded.exit(), upgraded.errText());
    }

    /** The issued decision published from {@code content/qd}: its plan.yaml. */
    private static Path published(Path content, Path site) throws Exception {
        Path plan = Files.createDirectories(content.resolve("qd")).resolve("plan.yaml");
        Files.copy(ISSUED.resolve("plan.yaml"), plan);
        assertEquals(0, build(content, site).exit());
        return plan;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
    }
}

package plandoc.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published PDF carries its plan.json (Data) and its sources (Source); {@code plandoc extract}
 * recovers the sources, and building them again gives the very same PDF bytes.
 */
class ExtractCommandTest {

    private static final String SLUG = "ha-tinh-4086-2012";
    private static final String PDF = SLUG + "/4086-QD-UBND.pdf";

    @TempDir
    Path temp;

    @Test
    void theSourcesInsideThePdfRebuildTheSamePdf() throws IOException {
        Path content = temp.resolve("content");
        copy(Path.of("content", SLUG), content.resolve(SLUG));
        Files.copy(Path.of("content", "agencies.yaml"), content.resolve("agencies.yaml"));
        assertEquals(0, build(content, temp.resolve("site")).exit());
        Path published = temp.resolve("site").resolve(PDF);

        try (PDDocument pdf = Loader.loadPDF(published.toFile())) {
            List<Attachment> files = AssociatedFiles.read(pdf);
            assertEquals("plan.json", files.get(0).name());
            assertEquals(Attachment.DATA, files.get(0).relationship());
            assertEquals("application/json", files.get(0).mimeType());
            assertArrayEquals(Files.readAllBytes(temp.resolve("site").resolve(SLUG).resolve("plan.json")), files.get(0).bytes());
            assertTrue(files.stream().anyMatch(f -> f.name().equals(SLUG + "/plan.yaml")
                    && f.relationship().equals(Attachment.SOURCE)), files.stream().map(Attachment::name).toList().toString());
        }

        Path extracted = temp.resolve("extracted");
        Cli.Result result = Cli.run("extract", published.toString(), extracted.toString());
        assertEquals(0, result.exit(), result.errText());
        assertTrue(result.out().get(0).startsWith("Đã lấy "), result.out().toString());
        // The next step names the folder just written, not a placeholder.
        assertTrue(result.out().get(0).endsWith(" build --content " + extracted + " để tạo lại văn bản."),
                result.out().toString());
        assertArrayEquals(Files.readAllBytes(content.resolve(SLUG).resolve("plan.yaml")),
                Files.readAllBytes(extracted.resolve(SLUG).resolve("plan.yaml")));
        assertArrayEquals(Files.readAllBytes(content.resolve("agencies.yaml")),
                Files.readAllBytes(extracted.resolve("agencies.yaml")));

        assertEquals(0, build(extracted, temp.resolve("rebuilt")).exit());
        assertArrayEquals(Files.readAllBytes(published), Files.readAllBytes(temp.resolve("rebuilt").resolve(PDF)),
                "the PDF rebuilt from its own sources is byte for byte the published one");
    }

    /** s19: a separate appendix file carries plan.json only; extract names the plan's PDF, beside it, that has them. */
    @Test
    void aSeparateAppendixFileNamesThePdfThatHoldsItsSources() throws IOException {
        Path content = temp.resolve("content");
        copy(Path.of("content", SLUG), content.resolve(SLUG));
        Files.copy(Path.of("content", "agencies.yaml"), content.resolve("agencies.yaml"));
        Path site = temp.resolve("site");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out",
                site.toString(), "--quiet", "--separate-appendices").exit());
        Path appendix = site.resolve(SLUG).resolve("4086-QD-UBND-phu-luc-2.pdf");
        Path extracted = temp.resolve("extracted");
        Cli.Result result = Cli.run("extract", appendix.toString(), extracted.toString());
        assertEquals(1, result.exit(), result.errText());
        Path main = site.resolve(PDF);
        assertEquals("lỗi: " + appendix + " là tệp phụ lục riêng (build --separate-appendices): tệp chỉ mang dữ liệu "
                + "plan.json để kiểm tra lại các con số, không mang tệp nguồn; nguồn nằm trong tệp PDF của văn bản, "
                + "4086-QD-UBND.pdf, đăng cùng thư mục trên cổng (" + main + "). Lấy nguồn từ tệp đó: "
                + Launcher.command() + " extract " + main + " " + extracted, result.err().get(0));
        assertTrue(Files.notExists(extracted));
        // What it says works.
        assertEquals(0, Cli.run("extract", main.toString(), extracted.toString()).exit());
        assertArrayEquals(Files.readAllBytes(content.resolve(SLUG).resolve("plan.yaml")),
                Files.readAllBytes(extracted.resolve(SLUG).resolve("plan.yaml")));

        // Downloaded alone (s19 tryout): the plan's PDF is not beside it, so it says to fetch it from the portal.
        Path alone = Files.copy(appendix, Files.createDirectories(temp.resolve("dl")).resolve(appendix.getFileName()));
        Path wanted = alone.resolveSibling("4086-QD-UBND.pdf");
        Cli.Result downloaded = Cli.run("extract", alone.toString(), temp.resolve("x").toString());
        assertEquals(1, downloaded.exit());
        assertEquals("lỗi: " + alone + " là tệp phụ lục riêng (build --separate-appendices): tệp chỉ mang dữ liệu "
                + "plan.json để kiểm tra lại các con số, không mang tệp nguồn; nguồn nằm trong tệp PDF của văn bản, "
                + "4086-QD-UBND.pdf, đăng cùng thư mục trên cổng với tệp này (ở đây không có " + wanted + "). Tải tệp "
                + "4086-QD-UBND.pdf từ thư mục đó về cạnh tệp này, rồi: " + Launcher.command() + " extract " + wanted + " "
                + temp.resolve("x"), downloaded.err().get(0));
    }

    @Test
    void aPdfWithoutSourcesIsRefused() throws IOException {
        Path foreign = temp.resolve("other.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(foreign.toFile());
        }
        Cli.Result result = Cli.run("extract", foreign.toString(), temp.resolve("out").toString(), "--lang", "en");
        assertEquals(1, result.exit());
        assertEquals("error: " + foreign + " carries no plandoc source files; only PDFs written by plandoc build have them",
                result.err().get(0));
        assertTrue(Files.notExists(temp.resolve("out")));

        Cli.Result missing = Cli.run("extract", temp.resolve("none.pdf").toString(), temp.resolve("out").toString());
        assertEquals(2, missing.exit());
    }

    private static Cli.Result build(Path content, Path out) {
        return Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", out.toString(),
                "--quiet");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

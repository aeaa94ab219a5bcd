package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F5: a decision amending (or correcting) an issued one was not linked to it; neither page named the other.
 * With {@code amends:} / {@code corrects:}, the issued decision's page lists the new ones, each linked, and the new
 * one's page links it; the issued decision's files stay byte for byte as published, and a later change of the new
 * document's number reaches the old page, though the old plan is known by its site record.
 */
class AmendsBuildTest {
    private static final Path PLANS = Path.of("src/test/resources/amends");

    @TempDir
    Path dir;

    @Test
    void theIssuedDecisionsPageListsTheNewOnesAndItsFilesStayAsIssued() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path site = dir.resolve("site");
        copy("qd-goc", content);
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        Path old = site.resolve("qd-goc");
        byte[] pdf = Files.readAllBytes(old.resolve("424-QD-UBND.pdf"));
        byte[] docx = Files.readAllBytes(old.resolve("424-QD-UBND.docx"));
        byte[] json = Files.readAllBytes(old.resolve("plan.json"));
        assertFalse(Files.readString(old.resolve("index.html")).contains("related-documents"));

        copy("qd-sua-doi", content);
        copy("qd-dinh-chinh", content);
        Cli.Result second = build(content, site);
        assertEquals(0, second.exit(), second.errText());
        String page = Files.readString(old.resolve("index.html"));
        assertTrue(page.contains("Được sửa đổi, bổ sung bởi: <a href=\"../qd-sua-doi/index.html\">Quyết định số "
                + "1520/QĐ-UBND ngày 15/06/2026</a>"), page);
        assertTrue(page.contains("Được đính chính bởi: <a href=\"../qd-dinh-chinh/index.html\">Quyết định số "
                + "1600/QĐ-UBND ngày 20/06/2026</a>"), page);
        String amending = Files.readString(site.resolve("qd-sua-doi").resolve("index.html"));
        assertTrue(amending.contains("Sửa đổi, bổ sung: <a href=\"../qd-goc/index.html\">Quyết định số 424/QĐ-UBND "
                + "ngày 18/02/2022</a>"), amending);
        String correcting = Files.readString(site.resolve("qd-dinh-chinh").resolve("index.html"));
        assertTrue(correcting.contains("Đính chính: <a href=\"../qd-goc/index.html\">Quyết định số 424/QĐ-UBND "
                + "ngày 18/02/2022</a>"), correcting);
        assertArrayEquals(pdf, Files.readAllBytes(old.resolve("424-QD-UBND.pdf")), "the issued PDF stays as issued");
        assertArrayEquals(docx, Files.readAllBytes(old.resolve("424-QD-UBND.docx")), "and its Word file");
        assertArrayEquals(json, Files.readAllBytes(old.resolve("plan.json")), "and its data (carried in the PDF)");
        // The lines are the portal's, never the document's: the new decision's PDF does not print them either.
        assertFalse(text(site.resolve("qd-sua-doi").resolve("1520-QD-UBND.pdf")).contains("Sửa đổi, bổ sung:"));

        // The new decision renumbered: the old decision's page, known by its record, says the new number.
        Path yaml = content.resolve("qd-sua-doi").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("number: 1520", "number: 1521"));
        // An issued document edited in place is frozen: the slip is re-issued (build --reissue).
        Cli.Result third = build(content, site, "--reissue");
        assertEquals(0, third.exit(), third.errText());
        page = Files.readString(old.resolve("index.html"));
        assertTrue(page.contains("Quyết định số 1521/QĐ-UBND ngày 15/06/2026</a>"), page);
        assertFalse(page.contains("1520/QĐ-UBND"), page);
        assertArrayEquals(pdf, Files.readAllBytes(old.resolve("424-QD-UBND.pdf")), "still as issued");

        Cli.Result fourth = build(content, site);
        assertTrue(fourth.outText().contains("vẽ lại 0, giữ nguyên 3"), fourth.outText());
    }

    /**
     * s32 tryout H2: an error in the amending decision keeps its published version on the portal, and so the amended
     * decision's page keeps "Được sửa đổi, bổ sung bởi" (it was rewritten without it); fixed, the site is as before.
     */
    @Test
    void anAmendmentWithErrorsKeptAsPublishedStillLinksTheAmendedPage() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path site = dir.resolve("site");
        copy("qd-goc", content);
        copy("qd-sua-doi", content);
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        java.util.Map<String, String> published = plandoc.TestFiles.digests(site);
        String link = "Được sửa đổi, bổ sung bởi: <a href=\"../qd-sua-doi/index.html\">Quyết định số 1520/QĐ-UBND";
        assertTrue(Files.readString(site.resolve("qd-goc").resolve("index.html")).contains(link));

        Path yaml = content.resolve("qd-sua-doi").resolve("plan.yaml");
        String written = Files.readString(yaml);
        Files.writeString(yaml, written.replace("text: Quyết định này có hiệu lực kể từ ngày ký.", "text: Xem {ref:dieu-khong-co}."));
        Cli.Result broken = build(content, site);
        assertEquals(1, broken.exit(), broken.errText());
        assertTrue(Files.readString(site.resolve("qd-goc").resolve("index.html")).contains(link),
                "the amended page still links the amendment the portal publishes");
        assertEquals(published, plandoc.TestFiles.digests(site), "a typo in the amendment changes nothing on the site");

        Files.writeString(yaml, written);
        Cli.Result fixed = build(content, site);
        assertEquals(0, fixed.exit(), fixed.errText());
        assertEquals(published, plandoc.TestFiles.digests(site));
    }

    @Test
    void theLinesAreInTheSitesLanguage() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        copy("qd-goc", content);
        copy("qd-sua-doi", content);
        Path site = dir.resolve("site");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, built.exit(), built.errText());
        String page = Files.readString(site.resolve("qd-goc").resolve("index.html"));
        assertTrue(page.contains("aria-label=\"Related documents\""), page);
        assertTrue(page.contains("Amended by: <a href=\"../qd-sua-doi/index.html\" lang=\"vi\">Quyết định số "
                + "1520/QĐ-UBND ngày 15/06/2026</a>"), page);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void copy(String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(PLANS.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }

    private static Cli.Result build(Path content, Path site, String... more) {
        return OtherContentTest.build(content, site, more);
    }
}

package plandoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.CitingPlans.DECISION;
import static plandoc.CitingPlans.PLAN;
import static plandoc.CitingPlans.copy;

/**
 * s34-links: a citation of another document of the site typed in prose ("Kế hoạch số 86/KH-UBND ngày 10/3/2026") links
 * that document's page in the HTML page, the PDF (a link annotation, tagged Link) and the Word copy; a typed date the
 * site's document of that number does not have is a warning at the citation; a document the site does not publish
 * stays text. The two plans of {@link plandoc.CitingPlans} cite each other.
 */
class CitedDocumentsBuildTest {
    @TempDir
    Path dir;

    @Test
    void aCitationLinksTheCitedDocumentInThePageThePdfAndTheWordCopy() throws Exception {
        Path content = content(DECISION, PLAN);
        Path site = dir.resolve("site");
        Cli.Result built = OtherContentTest.build(content, site);
        assertEquals(0, built.exit(), built.errText());
        String said = built.outText() + built.errText();
        assertTrue(said.contains(DECISION + "/plan.yaml:23:46: cảnh báo: \"Kế hoạch số 86/KH-UBND ngày 11/3/2026\" "
                + "được gõ tay, nhưng văn bản số này trên trang là Kế hoạch số 86/KH-UBND ngày 10/03/2026 ("
                + content + java.io.File.separator + PLAN + "), không phải ngày 11/03/2026"), said);

        Document decision = Jsoup.parse(site.resolve(DECISION).resolve("index.html").toFile());
        assertEquals(List.of("Kế hoạch số 86/KH-UBND ngày 10/3/2026"),
                decision.select("a[href=../" + PLAN + "/index.html]").eachText());
        // The slipped date and a document the site does not publish stay text.
        assertEquals(1, decision.select("a[href=../" + PLAN + "/index.html]").size());
        assertTrue(decision.select("a").stream().noneMatch(a -> a.text().contains("4086")), decision.select("a").toString());
        Document plan = Jsoup.parse(site.resolve(PLAN).resolve("index.html").toFile());
        assertEquals(List.of("Quyết định số 1520/QĐ-UBND"), plan.select("a[href=../" + DECISION + "/index.html]")
                .eachText());
        assertTrue(plan.select("a").stream().noneMatch(a -> a.text().contains("52/NQ-CP")));

        byte[] pdf = Files.readAllBytes(site.resolve(DECISION).resolve("1520-QD-UBND.pdf"));
        // The citation breaks over two lines: one annotation per line, both under one Link element.
        assertEquals(List.of("../" + PLAN + "/index.html", "../" + PLAN + "/index.html"), taggedLinks(pdf));
        assertEquals(List.of("../" + DECISION + "/index.html"),
                taggedLinks(Files.readAllBytes(site.resolve(PLAN).resolve("86-KH-UBND.pdf"))));
        PdfConformance.assertConforms("a PDF linking another document of the site", pdf);

        assertEquals(Map.of("Kế hoạch số 86/KH-UBND ngày 10/3/2026", "../" + PLAN + "/index.html"),
                hyperlinks(site.resolve(DECISION).resolve("1520-QD-UBND.docx")));
        assertEquals(Map.of("Quyết định số 1520/QĐ-UBND", "../" + DECISION + "/index.html"),
                hyperlinks(site.resolve(PLAN).resolve("86-KH-UBND.docx")));
    }

    /** With the site's address, the downloaded PDF and Word copy link the portal's page; the page stays relative. */
    @Test
    void withTheSitesAddressThePdfAndWordCopyLinkThePortal() throws Exception {
        Path content = content(DECISION, PLAN);
        Path site = dir.resolve("site");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PLANDOC_SITE_URL", "https://chuyendoiso.hatinh.gov.vn/van-ban/");
        Cli.Result built = Cli.runWith(environment, "build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1");
        assertEquals(0, built.exit(), built.errText());
        String portal = "https://chuyendoiso.hatinh.gov.vn/van-ban/" + PLAN + "/index.html";
        assertEquals(List.of(portal, portal), taggedLinks(Files.readAllBytes(site.resolve(DECISION)
                .resolve("1520-QD-UBND.pdf"))));
        assertEquals(Map.of("Kế hoạch số 86/KH-UBND ngày 10/3/2026", portal),
                hyperlinks(site.resolve(DECISION).resolve("1520-QD-UBND.docx")));
        assertEquals(1, Jsoup.parse(site.resolve(DECISION).resolve("index.html").toFile())
                .select("a[href=../" + PLAN + "/index.html]").size());
    }

    /**
     * An issued document already published keeps the links it was published with: the document it cites, published
     * later, leaves its PDF, Word copy and page as they were (its number and date stand for what the site published);
     * the document published later links it; a build after that makes nothing again.
     */
    @Test
    void aPublishedIssuedDocumentKeepsTheLinksItWasPublishedWith() throws Exception {
        Path content = content(PLAN);
        Path site = dir.resolve("site");
        Cli.Result first = OtherContentTest.build(content, site);
        assertEquals(0, first.exit(), first.errText());
        Path pdf = site.resolve(PLAN).resolve("86-KH-UBND.pdf");
        Path docx = site.resolve(PLAN).resolve("86-KH-UBND.docx");
        Path data = site.resolve(PLAN).resolve("plan.json");
        byte[] publishedPdf = Files.readAllBytes(pdf);
        byte[] publishedDocx = Files.readAllBytes(docx);
        byte[] publishedData = Files.readAllBytes(data);

        copy(DECISION, content);
        Cli.Result second = OtherContentTest.build(content, site);
        assertEquals(0, second.exit(), second.errText());
        assertArrayEquals(publishedPdf, Files.readAllBytes(pdf), "the published KH's PDF is the one published");
        assertArrayEquals(publishedDocx, Files.readAllBytes(docx), "and its Word copy");
        assertArrayEquals(publishedData, Files.readAllBytes(data), "and its data");
        assertEquals(List.of(), taggedLinks(publishedPdf));
        assertTrue(Jsoup.parse(site.resolve(PLAN).resolve("index.html").toFile())
                .select("a[href=../" + DECISION + "/index.html]").isEmpty(), "nor does its page link the later QĐ");
        assertEquals(List.of("Kế hoạch số 86/KH-UBND ngày 10/3/2026"), Jsoup.parse(site.resolve(DECISION)
                .resolve("index.html").toFile()).select("a[href=../" + PLAN + "/index.html]").eachText(),
                "the QĐ, published now, links the KH");

        Cli.Result third = OtherContentTest.build(content, site);
        assertTrue(third.outText().contains("vẽ lại 0, giữ nguyên 2"), third.outText());
    }

    /**
     * s34 links2 "Left": a re-issued document kept its recorded links, so a citation added in the very edit it was
     * re-issued for, of a document already on the site, stayed text. A re-issue is a new publication: it links what
     * the site publishes now, in its page, PDF and Word copy.
     */
    @Test
    void aReissuedDocumentLinksTheDocumentsTheSitePublishesNow() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        copy(PLAN, content);
        Path yaml = content.resolve(PLAN).resolve("plan.yaml");
        String cited = "được giao tại Quyết định số 1520/QĐ-UBND của UBND tỉnh;";
        String withCitation = Files.readString(yaml);
        assertTrue(withCitation.contains(cited));
        Files.writeString(yaml, withCitation.replace(cited, "được giao;"));
        Path site = dir.resolve("site");
        assertEquals(0, OtherContentTest.build(content, site).exit());
        copy(DECISION, content);
        assertEquals(0, OtherContentTest.build(content, site).exit());

        // The citation added: an edit of the issued KH, stopped; then re-issued.
        Files.writeString(yaml, withCitation);
        Cli.Result stopped = OtherContentTest.build(content, site);
        assertEquals(1, stopped.exit(), stopped.errText());
        Cli.Result reissued = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        assertEquals(List.of("Quyết định số 1520/QĐ-UBND"), Jsoup.parse(site.resolve(PLAN).resolve("index.html")
                .toFile()).select("a[href=../" + DECISION + "/index.html]").eachText());
        assertEquals(List.of("../" + DECISION + "/index.html"),
                taggedLinks(Files.readAllBytes(site.resolve(PLAN).resolve("86-KH-UBND.pdf"))));
        assertEquals(Map.of("Quyết định số 1520/QĐ-UBND", "../" + DECISION + "/index.html"),
                hyperlinks(site.resolve(PLAN).resolve("86-KH-UBND.docx")));
        assertTrue(Files.isDirectory(site.resolve("ban-da-thay-the").resolve(PLAN)), "the issued KH is archived");

        Cli.Result after = OtherContentTest.build(content, site);
        assertTrue(after.outText().contains("vẽ lại 0, giữ nguyên 2"), after.outText());
    }

    /** A signed issued document: the document it cites, published later, does not stop the build at it. */
    @Test
    void aSignedDocumentDoesNotStopTheBuildWhenTheDocumentItCitesIsPublished() throws Exception {
        Path content = content(PLAN);
        Path site = dir.resolve("site");
        assertEquals(0, OtherContentTest.build(content, site).exit());
        Path pdf = site.resolve(PLAN).resolve("86-KH-UBND.pdf");
        Path keystore = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Văn A", SignCommandTest.TestCa.create());
        Cli.Result signing = Cli.sign("mat-khau-thu", pdf.toString(), "--keystore", keystore.toString());
        assertEquals(0, signing.exit(), signing.errText());
        byte[] signed = Files.readAllBytes(pdf);

        copy(DECISION, content);
        Cli.Result second = OtherContentTest.build(content, site);
        assertEquals(0, second.exit(), second.errText());
        assertFalse(second.errText().contains("số liệu plandoc tính ra"), second.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertTrue(Files.isRegularFile(site.resolve(DECISION).resolve("1520-QD-UBND.pdf")));
    }

    /** A content folder holding {@code plans} of {@link plandoc.CitingPlans}. */
    private Path content(String... plans) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (String plan : plans) {
            copy(plan, content);
        }
        return content;
    }

    /** The URI of every link annotation of the PDF that a Link element of its structure tree holds, in tree order. */
    private static List<String> taggedLinks(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), false, uris);
            return uris;
        }
    }

    private static void collect(PDStructureNode node, boolean inLink, List<String> uris) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                collect(element, inLink || element.getStructureType().equals("Link"), uris);
            } else if (kid instanceof PDObjectReference reference && inLink
                    && reference.getReferencedObject() instanceof PDAnnotationLink link
                    && link.getAction() instanceof PDActionURI uri) {
                uris.add(uri.getURI());
            }
        }
    }

    /** The Word copy's hyperlinks: their words and where they go. */
    private static Map<String, String> hyperlinks(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            Map<String, String> links = new HashMap<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    if (run instanceof XWPFHyperlinkRun link) {
                        // The symbol's hyphen is Word's no-break one (s35 pages), which POI reads as U+2011.
                        links.merge(link.text().replace('\u2011', '-'), link.getHyperlink(document).getURL(),
                                (a, b) -> a + " " + b);
                    }
                }
            }
            return links;
        }
    }
}

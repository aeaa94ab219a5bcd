package plandoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s23 tryout: the site did not say a PDF was digitally signed, so a citizen or a legal reviewer could not tell the
 * signed original from an unsigned copy. Real builds, a real signature ({@code plandoc sign}), the site read back: once
 * the published PDF is signed, its page and the index say so with the signer as the certificate names them and the
 * signing day read from the signature, the feed's entry and the open data too; in English with {@code --lang en}; the
 * signed file stays as signed.
 */
class SignedMarkTest {
    private static final String PASSWORD = "mat-khau-thu";
    private static final String PDF = "4086-QD-UBND.pdf";

    @TempDir
    Path dir;
    private Path content;
    private Path site;
    private Path person;

    @BeforeEach
    void plan() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML);
        site = dir.resolve("site");
        person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", SignCommandTest.TestCa.create());
    }

    @Test
    void theSitesPagesTheFeedAndTheOpenDataSayThePdfIsSignedByWhomAndWhen() throws Exception {
        assertEquals(0, build().exit());
        assertFalse(everyPage().contains("ký số"), "an unsigned PDF is not said to be signed");
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        Cli.Result signing = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(0, signing.exit(), signing.errText());
        byte[] signed = Files.readAllBytes(pdf);
        String day = signingDay(signed);

        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is kept as it is");
        String page = Files.readString(site.resolve("qd-4086").resolve("index.html"));
        assertTrue(page.contains("<a href=\"" + PDF + "\" class=\"signed-pdf\">Văn bản (PDF, đã ký số)</a>"), page);
        assertTrue(page.contains("(Đã ký số: Nguyễn Thiện, ngày " + day + ")"), page);
        String index = Files.readString(site.resolve("index.html"));
        // The signed file's own size stands between the link and the note (s29: sizes on the downloads).
        long size = Files.size(pdf);
        assertTrue(index.contains("class=\"signed-pdf\">Văn bản (PDF, đã ký số)</a>&#160;<span class=\"file-size\">"
                + (size + 512) / 1024 + " KB</span> <span class=\"signed-note\">(Đã ký số: Nguyễn Thiện, ngày " + day
                + ")</span>"), index);
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("Văn bản đã ký số: Nguyễn Thiện, ngày " + day + ".</summary>"), feed);
        // The plan has no budget table: its e-document record is its one resource, the signed PDF that resource's source.
        JsonNode source = new ObjectMapper().readTree(site.resolve("datapackage.json").toFile()).path("resources").get(0)
                .path("sources").get(0);
        assertEquals("qd-4086/" + PDF, source.path("path").asText());
        assertEquals("Nguyễn Thiện", source.path("signatures").get(0).path("signer").asText());
        assertTrue(source.path("signatures").get(0).path("signed").asText().endsWith("+07:00"), source.toString());

        // The next build reads the mark from the record: nothing changes, nothing is drawn again.
        byte[] before = Files.readAllBytes(site.resolve("qd-4086").resolve("index.html"));
        Cli.Result third = build();
        assertEquals(0, third.exit(), third.errText());
        assertTrue(third.out().get(third.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 1)"), third.outText());
        assertArrayEquals(before, Files.readAllBytes(site.resolve("qd-4086").resolve("index.html")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("Văn bản (PDF, đã ký số)"));

        Cli.Result english = build("--lang", "en");
        assertEquals(0, english.exit(), english.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the same document: the signed file stays");
        String enPage = Files.readString(site.resolve("qd-4086").resolve("index.html"));
        assertTrue(enPage.contains("class=\"signed-pdf\">Document (PDF, digitally signed)</a>&#160;<span class=\"file-size\">"
                + (size + 512) / 1024 + " KB</span> <span class=\"signed-note\">"
                + "(Digitally signed by Nguyễn Thiện on " + day + ")</span>"), enPage);
        assertTrue(Files.readString(site.resolve("index.html")).contains("(Digitally signed by Nguyễn Thiện on " + day + ")"));
    }

    /** The PDF is printed without the mark: a clean render gives the document the signature covers, kept in place. */
    @Test
    void aCleanBuildKeepsTheSignedFileAndTheMark() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        assertEquals(0, Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString()).exit());
        byte[] signed = Files.readAllBytes(pdf);
        Cli.Result clean = build("--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertTrue(Files.readString(site.resolve("qd-4086").resolve("index.html")).contains("Văn bản (PDF, đã ký số)"));
    }

    private String signingDay(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(document.getSignatureDictionaries().get(0)
                    .getSignDate().toInstant().atZone(plandoc.model.VietnamTime.ZONE));
        }
    }

    private String everyPage() throws Exception {
        return Files.readString(site.resolve("index.html")) + Files.readString(site.resolve("qd-4086").resolve("index.html"))
                + Files.readString(site.resolve("feed.xml")) + Files.readString(site.resolve("datapackage.json"));
    }

    private Cli.Result build(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }
}

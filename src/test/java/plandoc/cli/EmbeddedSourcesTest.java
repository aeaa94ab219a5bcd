package plandoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import plandoc.publish.StateFolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a published PDF carries inside, on a real plan folder that also holds what an officer leaves there
 * (src/test/resources/leak/content): a signer's key store, internal notes, an old draft, a hidden file, and
 * beside the plan folders a YAML file no plan reads. Only the files the plan read go into the PDF; the others
 * are named in warnings; the PDF's sources rebuild the same PDF; the e-document record is linked from the page,
 * plan.json, datapackage.json and the feed.
 */
class EmbeddedSourcesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/leak/content");
    private static final String SLUG = "ke-hoach-thu";
    private static final String PDF = SLUG + "/167-QD-UBND.pdf";
    private static final String RECORD = "167-QD-UBND.xml";

    @TempDir
    Path temp;

    @Test
    void thePdfCarriesWhatThePlanReadAndNothingElseOfItsFolder() throws IOException {
        Path content = copy(FIXTURE, temp.resolve("content"));
        Path site = temp.resolve("site");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());

        Set<String> embedded = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(site.resolve(PDF).toFile())) {
            // The names a PDF reader lists (the EmbeddedFiles name tree), and the associated files (/AF).
            PDEmbeddedFilesNameTreeNode tree = new PDDocumentNameDictionary(pdf.getDocumentCatalog()).getEmbeddedFiles();
            assertNotNull(tree);
            embedded.addAll(tree.getNames().keySet());
            assertEquals(embedded, new TreeSet<>(AssociatedFiles.read(pdf).stream().map(Attachment::name).toList()));
            Attachment plan = AssociatedFiles.read(pdf).stream().filter(a -> a.name().equals(SLUG + "/plan.yaml"))
                    .findFirst().orElseThrow();
            // Carried as written, its comments and author notes with it, as the guide says.
            assertArrayEquals(Files.readAllBytes(content.resolve(SLUG).resolve("plan.yaml")), plan.bytes());
            assertTrue(new String(plan.bytes(), StandardCharsets.UTF_8).contains("<!-- ghi chú cho người soạn"));
            // Each stored Flate-compressed (s20: 424's PDF 1.57 MB -> 0.56 MB), read back as written.
            for (var spec : tree.getNames().values()) {
                assertEquals(List.of(org.apache.pdfbox.cos.COSName.FLATE_DECODE), spec.getEmbeddedFile().getFilters(),
                        spec.getFilename());
            }
        }
        assertEquals(Set.of("agencies.yaml", "province.yaml", "plan.json", SLUG + "/plan.yaml", SLUG + "/phu-luc-1.md",
                SLUG + "/anh/so-do.png"), embedded);

        // Every file of the folder the plan does not use is named, once, as not published; hidden ones are not.
        List<String> warned = built.err().stream().filter(l -> l.contains(": cảnh báo: tệp \"")).toList();
        assertEquals(3, warned.size(), built.errText());
        assertTrue(warned.get(0).startsWith(content.resolve(SLUG).resolve("du-thao-cu.docx") + ":1:1: cảnh báo: "),
                warned.get(0));
        assertTrue(warned.get(0).contains("không được đưa vào PDF công bố"), warned.get(0));
        assertTrue(warned.get(1).contains("\"ghi-chu-noi-bo.txt\""), warned.get(1));
        assertTrue(warned.get(2).contains("\"nguoi.p12\"") && warned.get(2).contains("tệp khóa"), warned.get(2));

        // The site's own copy of the published sources holds the same files, no more.
        Path published = StateFolder.resolve(site, ".plandoc/published").resolve(SLUG);
        Set<String> kept = new TreeSet<>();
        try (Stream<Path> files = Files.walk(published)) {
            files.filter(Files::isRegularFile).forEach(f -> kept.add(published.relativize(f).toString()));
        }
        Set<String> sources = new TreeSet<>(embedded);
        sources.remove("plan.json");
        assertEquals(sources, kept);
    }

    @Test
    void theSourcesItCarriesRebuildTheSamePdf() throws IOException {
        Path content = copy(FIXTURE, temp.resolve("content"));
        Path site = temp.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path extracted = temp.resolve("extracted");
        Cli.Result result = Cli.run("extract", site.resolve(PDF).toString(), extracted.toString());
        assertEquals(0, result.exit(), result.errText());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(extracted)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(extracted.relativize(f).toString()));
        }
        assertEquals(Set.of("agencies.yaml", "province.yaml", SLUG + "/plan.yaml", SLUG + "/phu-luc-1.md",
                SLUG + "/anh/so-do.png"), files, "the plan's sources, and no key store, note or old draft");
        Cli.Result rebuilt = build(extracted, temp.resolve("rebuilt"));
        assertEquals(0, rebuilt.exit(), rebuilt.errText());
        // The extracted folder holds only what the plan reads: it rebuilds without a warning.
        assertEquals(List.of(), rebuilt.err().stream().filter(l -> l.contains("cảnh báo")).toList());
        assertArrayEquals(Files.readAllBytes(site.resolve(PDF)), Files.readAllBytes(temp.resolve("rebuilt").resolve(PDF)),
                "the PDF rebuilt from its own sources is byte for byte the published one");
    }

    @Test
    void theElectronicRecordIsLinkedWhereTheOtherDownloadsAre() throws IOException {
        Path content = copy(FIXTURE, temp.resolve("content"));
        Path site = temp.resolve("site");
        assertEquals(0, build(content, site).exit());
        assertTrue(Files.isRegularFile(site.resolve(SLUG).resolve(RECORD)));

        Document page = Jsoup.parse(site.resolve(SLUG).resolve("index.html").toFile(), "UTF-8");
        Element link = page.selectFirst(".downloads .download-data a[href=" + RECORD + "]");
        assertNotNull(link, page.select(".downloads").outerHtml());
        assertEquals("Dữ liệu văn bản điện tử (XML)", link.text());
        Element index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
                .selectFirst(".download-data a[href=" + SLUG + "/" + RECORD + "]");
        assertNotNull(index, "the index lists it with the plan's other downloads");

        JsonNode plan = new ObjectMapper().readTree(site.resolve(SLUG).resolve("plan.json").toFile());
        assertEquals(RECORD, plan.get("document").get("record").asText());

        JsonNode data = new ObjectMapper().readTree(site.resolve("datapackage.json").toFile());
        assertEquals("data-package", data.get("profile").asText());
        JsonNode resource = null;
        for (JsonNode r : data.get("resources")) {
            if (r.get("path").asText().equals(SLUG + "/" + RECORD)) {
                resource = r;
            }
        }
        assertNotNull(resource, data.toString());
        assertEquals("application/xml", resource.get("mediatype").asText());
        assertEquals("xml", resource.get("format").asText());
        assertEquals(SLUG + "/167-QD-UBND.pdf", resource.get("sources").get(0).get("path").asText());

        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        Element related = feed.selectFirst("entry link[rel=related][href=" + SLUG + "/" + RECORD + "]");
        assertNotNull(related, feed.outerHtml());
        assertEquals("application/xml", related.attr("type"));
        assertEquals("Dữ liệu văn bản điện tử (XML)", related.attr("title"));

        Path english = temp.resolve("site-en");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out",
                english.toString(), "--quiet", "--lang", "en").exit());
        Element en = Jsoup.parse(english.resolve(SLUG).resolve("index.html").toFile(), "UTF-8")
                .selectFirst(".downloads a[href=" + RECORD + "]");
        assertNotNull(en);
        assertEquals("E-document record (XML)", en.text());
    }

    @Test
    void aDraftHasNoRecordAndLinksNone() throws IOException {
        Path content = copy(FIXTURE, temp.resolve("content"));
        Path plan = content.resolve(SLUG).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("  number: 167\n", "  draft: true\n"));
        Path site = temp.resolve("draft");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out",
                site.toString(), "--quiet", "--draft").exit());
        assertFalse(Files.exists(site.resolve(SLUG).resolve(RECORD)));
        assertFalse(Files.readString(site.resolve(SLUG).resolve("index.html")).contains(".xml\""));
        assertTrue(new ObjectMapper().readTree(site.resolve(SLUG).resolve("plan.json").toFile())
                .get("document").get("record").isNull());
    }

    private static Cli.Result build(Path content, Path out) {
        return Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", out.toString());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}

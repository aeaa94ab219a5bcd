package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestFiles;
import plandoc.render.html.DownloadLabels;
import plandoc.render.html.SiteText;

/**
 * F8 / review L7: a reader on a phone sees what each download weighs ("Văn bản (PDF) 49 KB") on the plan's page
 * and the index, and the feed's enclosure has its length, all read from the files the build wrote: the page is
 * made after them (the PDF itself is printed from a page without sizes, which it does not show).
 */
class DownloadSizesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");
    private static final String SLUG = "qn-stttt-2026";

    @TempDir
    Path dir;

    @Test
    void theDownloadsSayTheSizesOfTheFilesWritten() throws IOException {
        Path content = dir.resolve("content");
        TestFiles.copyTree(FIXTURE, content.resolve(SLUG));
        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        Path folder = site.resolve(SLUG);
        DownloadLabels vi = new DownloadLabels(SiteText.vietnamese());
        Path pdf = only(folder, ".pdf");
        Path docx = only(folder, ".docx");

        Element page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8").selectFirst(".site-nav .downloads");
        assertEquals(vi.size(Files.size(pdf)), sizeAfter(page, pdf.getFileName().toString()), page.outerHtml());
        assertEquals(vi.size(Files.size(docx)), sizeAfter(page, docx.getFileName().toString()));
        assertEquals(vi.size(Files.size(folder.resolve("plan.json"))), sizeAfter(page, "plan.json"));
        assertTrue(page.text().replace('\u00a0', ' ').startsWith("Tải về: Văn bản (PDF) " + vi.size(Files.size(pdf)) + " · Văn bản (Word) "),
                page.text());

        Element index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst("td.downloads");
        assertEquals(vi.size(Files.size(pdf)), sizeAfter(index, SLUG + "/" + pdf.getFileName()));
        assertEquals(vi.size(Files.size(folder.resolve("plan.json"))), sizeAfter(index, SLUG + "/plan.json"));

        // The index's script redraws its rows from the search data: the same sizes, by href.
        String firstPage = Files.readString(site.resolve("search/first-page.js"));
        assertTrue(firstPage.contains("\"" + SLUG + "/" + pdf.getFileName() + "\":\"" + vi.size(Files.size(pdf)) + "\""),
                firstPage);

        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertEquals(Long.toString(Files.size(pdf)), feed.selectFirst("entry link[rel=enclosure]").attr("length"));

        // Built again, nothing changed: the same bytes.
        byte[] before = Files.readAllBytes(folder.resolve("index.html"));
        Cli.Result again = Cli.run("build", "--clean", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, again.exit(), again.errText());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(folder.resolve("index.html")));
    }

    @Test
    void aSizeIsWrittenAsTheChromesLanguageWritesIt() {
        DownloadLabels vi = new DownloadLabels(SiteText.vietnamese());
        DownloadLabels en = new DownloadLabels(SiteText.of("en"));
        assertEquals("1 KB", vi.size(10));
        assertEquals("544 KB", vi.size(557_000));
        assertEquals("1,2 MB", vi.size(1_250_000));
        assertEquals("1.2 MB", en.size(1_250_000));
        assertEquals("1,0 MB", vi.size(1024 * 1024 - 100), "never 1.024 KB");
        assertEquals("12,0 MB", vi.size(12L * 1024 * 1024));
    }

    /** The size printed after the link to {@code href}, "" when none. */
    private static String sizeAfter(Element downloads, String href) {
        Element link = downloads.selectFirst("a[href=" + href + "]");
        Element size = link.nextElementSibling();
        return size != null && size.hasClass("file-size") ? size.text() : "";
    }

    private static Path only(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}

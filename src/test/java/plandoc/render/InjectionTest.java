package plandoc.render;

import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;

/**
 * A plan whose titles, article text and Markdown carry HTML, scripts, event handlers, dangerous links and
 * template syntax, built end to end: the published HTML shows all of it as inert text, keeps only http,
 * https, mailto, relative and #anchor links, and the PDF prints the same text. Content is never evaluated
 * as a template.
 */
class InjectionTest {
    private static final String PLAN = """
            document:
              type: quyet-dinh
              issuer:
                name: Ủy ban nhân dân tỉnh Hà Tĩnh
                short: UBND tỉnh
              number: 4086
              symbol: QĐ-UBND
              place: Hà Tĩnh
              date: 2012-12-28
              title: "Về việc <script>alert('tieu-de')</script> ${{7*7} <#assign x=1>"
              signature:
                authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
                title: Phó Chủ tịch
                name: "Nguyễn <b onmouseover=alert(3)>Văn</b> A"
              articles:
                - id: dieu-phe-duyet
                  text: "Phê duyệt <img src=x onerror=alert(2)> kế hoạch ${{user.home} [bấm](javascript:alert(4)) {{ngoặc}} ({ref:pl-danh-sach}):"
                  include: plan
              recipients:
                - "<iframe src=https://evil.example/></iframe>Sở Tài chính"
            appendices:
              items:
                - id: pl-danh-sach
                  title: "Danh sách <style>body{{display:none}</style> ${{.now}"
                  file: danh-sach.md
            """;

    // A literal "{" is written "{{" (docs/format.md: any other {…} is a reference), so "${{7*7}" prints "${7*7}".
    private static final String MARKDOWN = """
            # Danh sách <script>alert('md')</script>

            Đoạn có <a href="javascript:alert(5)" onclick="alert(6)">liên kết thô</a> và <div onclick="x()">khối</div>.

            - [javascript](javascript:alert(7))
            - [JaVaScRiPt](JaVaScRiPt:alert(8))
            - [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)
            - [vbscript](vbscript:msgbox(1))
            - [tham chiếu][r]
            - ![ảnh](javascript:alert(10))
            - [trang chủ](https://example.org/trang?a=1&b=2)
            - [thư](mailto:vanthu@hatinh.gov.vn)
            - [tương đối](../khac/index.html)
            - [neo](#dieu-phe-duyet)
            - Mẫu ${{7*7} và <#list 1..3 as i>${{i}</#list> và [=x] và {{ngoặc kép}}

            [r]: javascript:alert(11)
            """;

    /** The visible text that must come out as written (braces per the format: "{{" prints "{"). */
    private static final List<String> VISIBLE = List.of("alert('tieu-de')", "${7*7}", "<#assign x=1>", "${user.home}",
            "${.now}", "<#list 1..3 as i>${i}</#list>", "<img src=x onerror=alert(2)>");

    @Test
    void hostileContentIsInertInHtmlAndPrintedInPdf(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("content/chu-doc-hai"));
        Files.writeString(folder.resolve("plan.yaml"), PLAN);
        Files.writeString(folder.resolve("danh-sach.md"), MARKDOWN);
        PlanOutcome outcome = new Generator(temp).resolve(folder);
        assertTrue(outcome.resolved().isPresent(), outcome.problems().sorted().toString());

        Path site = temp.resolve("site");
        BuildReport result = Publishing.publish(List.of(outcome.resolved().get()), TestRenderers.TEMPLATES, site);
        assertTrue(result.ok(), result.problems().toString());

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertInert(site.relativize(page).toString(), html);
        }

        // The search data holds the hostile title as data only: a JSON string in a script of its own.
        String search = Files.readString(site.resolve("search/plans.js"), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                search.substring(search.indexOf('{'), search.lastIndexOf('}') + 1));
        assertTrue(data.path("plans").get(0).path("t").asText().contains("alert('tieu-de')"), search);
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("</script"),
                        "nothing in " + file + " can end a script element");
            }
        }

        String plan = Files.readString(site.resolve("chu-doc-hai/index.html"), StandardCharsets.UTF_8);
        String text = unescape(plan.replaceAll("<[^>]*>", ""));
        for (String visible : VISIBLE) {
            assertTrue(text.contains(visible), "HTML shows " + visible);
        }
        assertTrue(text.contains("{ngoặc}}") || text.contains("{ngoặc}"), "braces kept as text");
        assertFalse(text.contains("49"), "${7*7} not evaluated");
        assertTrue(plan.contains("href=\"https://example.org/trang?a=1&amp;b=2\""), "https link kept");
        assertTrue(plan.contains("href=\"mailto:vanthu@hatinh.gov.vn\""), "mailto link kept");
        assertTrue(plan.contains("href=\"#dieu-phe-duyet\""), "anchor link kept");
        assertTrue(plan.contains("href=\"../khac/index.html\""), "relative link kept");

        Path pdf;
        try (Stream<Path> files = Files.list(site.resolve("chu-doc-hai"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String visible : List.of("alert('tieu-de')", "${7*7}", "<#assign x=1>", "${user.home}", "${.now}",
                "<img src=x onerror=alert(2)>", "<iframe src=https://evil.example/></iframe>Sở Tài chính")) {
            // Appendix titles are printed in capitals (Decree 30), hence the case-blind comparison.
            assertTrue(printed.toLowerCase(Locale.ROOT).contains(visible.toLowerCase(Locale.ROOT)),
                    "PDF prints " + visible + " in:\n" + printed);
        }
        assertFalse(printed.contains("49"), "${7*7} not evaluated in the PDF");
    }

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(href|src|action|formaction|xlink:href)\\s*=\\s*\"([^\"]*)\"");

    /** No script or style element from content, no event handler, and only safe link targets. */
    private static void assertInert(String name, String html) {
        // The index's own scripts (the template's, not content): the search library, its data, the search UI.
        html = html.replace("<script src=\"search/first-page.js\"></script>", "")
                .replaceFirst("<script src=\"assets/portal.js\" data-minisearch=\"assets/vendor/minisearch.js\"( data-[a-z-]+=\"[^\"<>]*\")*></script>", "");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), name + " has a <script>");
        assertFalse(lower.contains("<iframe"), name + " has an <iframe>");
        assertFalse(lower.contains("javascript:") && lower.matches("(?s).*=\\s*\"\\s*javascript:.*"), name);
        List<String> bad = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            if (Pattern.compile("(?i)\\son[a-z]+\\s*=").matcher(attributes).find()) {
                bad.add(tag.group());
            }
            if (tag.group(1).equalsIgnoreCase("style") && !name.isEmpty() && html.substring(tag.end()).contains("display:none")
                    && html.substring(tag.end(), Math.min(html.length(), tag.end() + 40)).contains("display:none")) {
                bad.add(tag.group());
            }
            Matcher url = URL_ATTRIBUTE.matcher(attributes);
            while (url.find()) {
                String target = unescape(url.group(2)).strip().toLowerCase(Locale.ROOT);
                boolean scheme = target.matches("^[a-z][a-z0-9+.-]*:.*");
                if (scheme && !(target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:"))) {
                    bad.add(tag.group());
                }
            }
        }
        assertEquals(List.of(), bad, name + ": active markup");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}

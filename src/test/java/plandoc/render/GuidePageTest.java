package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

/**
 * The guide on the site (huong-dan/index.html) is a web page to navigate: real headings, one h1, and
 * its contents linking each section (the plan pages' Markdown headings stay bold paragraphs).
 */
class GuidePageTest {
    @Test
    void theGuideHasHeadingsAndLinkedContents() throws Exception {
        byte[] page = new GuidePage().render(Files.readString(Path.of("docs/huong-dan.md")), new TemplateEngine(
                Path.of("templates"), new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        Document html = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        assertEquals(List.of("Hướng dẫn soạn kế hoạch bằng plandoc"), html.select("h1").eachText());
        List<Element> sections = html.select("h2");
        assertEquals(9, sections.size());
        assertEquals("tu-thu-muc-trong-den-van-ban-xuat-ban", sections.get(0).id());
        List<Element> links = html.select("nav.guide-contents a");
        assertEquals(sections.stream().map(Element::text).toList(), links.stream().map(Element::text).toList());
        for (Element link : links) {
            assertNotNull(html.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
        assertFalse(html.html().contains("Mục lục: 1."), "the plain contents line is replaced by the links");
        assertEquals(0, html.select("p.md-heading").size());
    }

    /** The HTML packaged with plandoc is what the guide's Markdown and this code make (issue 17: made once, at package time). */
    @Test
    void thePackagedHtmlIsTheGuideAsThisCodeConvertsIt() throws Exception {
        String html = GuidePage.html();
        assertEquals(GuidePage.toHtml(Files.readString(Path.of("docs/huong-dan.md"))), html);
        assertNotNull(GuidePage.class.getResource("/plandoc/guide/huong-dan.html"), "made by the package step, not now");
        assertFalse(html.contains("md-heading"));
    }
}

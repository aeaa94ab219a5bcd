package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.history.Commit;
import plandoc.render.SiteLinks;
import plandoc.resolved.ResolvedPlan;

/**
 * The site-wide files written from the bundled plans: the feed and the sitemap validate against their
 * published XML Schemas (src/test/resources/schemas, sources in its README) and say what the plans
 * say; the search data reads back as JSON with every field the index's script uses.
 */
class PortalFilesTest {
    private static final URI SITE = URI.create("https://stttt.hatinh.gov.vn/van-ban/");
    private static final String HANDBOOK = "ha-tinh-4086-2012";
    private static final String DIGITAL = "ha-tinh-424-2022";
    private static List<ResolvedPlan> plans;

    @BeforeAll
    static void resolve() throws Exception {
        plans = new ArrayList<>();
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            plans.add(outcome.resolved().orElseThrow());
        }
    }

    /**
     * s30 tryout F8: an issued document's folder renamed gave its entry a new id, so feed readers showed an old decision
     * as a new item. Its id is its issuer's number, symbol and year now; a draft's is still its folder's.
     */
    @Test
    void anIssuedDocumentKeepsItsEntryIdWhenItsFolderIsRenamed() throws Exception {
        List<PlanSummary> before = summaries(false);
        List<PlanSummary> renamed = before.stream().map(s -> inFolder(s, s.slug() + "-het-hieu-luc", s.numberSymbol()))
                .toList();
        List<Element> was = elements(parse(new AtomFeed().write(before, Optional.empty())).getDocumentElement(), "entry");
        List<Element> now = elements(parse(new AtomFeed().write(renamed, Optional.empty())).getDocumentElement(), "entry");
        assertEquals(2, now.size());
        for (int i = 0; i < was.size(); i++) {
            assertEquals(text(was.get(i), "id"), text(now.get(i), "id"), text(now.get(i), "title"));
        }
        assertFalse(text(now.get(0), "id").equals(text(now.get(1), "id")));
        // Drafts have no number: two of them are told by their folders.
        List<PlanSummary> drafts = List.of(inFolder(before.get(0), "du-thao-a", "/QĐ-UBND"),
                inFolder(before.get(0), "du-thao-b", "/QĐ-UBND"));
        List<Element> draftEntries = elements(parse(new AtomFeed().write(drafts, Optional.empty())).getDocumentElement(),
                "entry");
        assertFalse(text(draftEntries.get(0), "id").equals(text(draftEntries.get(1), "id")));
    }

    private static PlanSummary inFolder(PlanSummary s, String slug, String numberSymbol) {
        return new PlanSummary(slug, numberSymbol, s.date(), s.shortDate(), s.kind(), s.title(), s.issuer(), s.agencies(),
                s.totalDong(), s.fundingLine(), s.links(), s.words(), s.changes(), s.tables(), s.labels(), s.edited(),
                s.signatures());
    }

    /** The bundled plans as published, 4086 amended by a commit after 424's last one. */
    private static List<PlanSummary> summaries(boolean inGit) throws Exception {
        Map<String, List<Commit>> history = Map.of(
                HANDBOOK, List.of(commit("b", "2026-03-02T02:30:15.5Z", "Điều chỉnh dự án số 3"),
                        commit("a", "2025-01-10T08:00:00+07:00", "Nhập văn bản")),
                DIGITAL, List.of(commit("c", "2026-02-01T10:00:00+07:00", "Nhập Đề án")));
        List<PlanSummary> summaries = new ArrayList<>();
        for (ResolvedPlan plan : plans) {
            summaries.add(PlanSummaries.of(plan, SiteLinks.of(plan),
                    inGit ? history.get(plan.info().slug()).stream().map(plandoc.history.HistoryEntry::new).toList()
                            : List.of(), plandoc.build.PortalWording.WORDS));
        }
        return summaries;
    }

    private static Commit commit(String id, String when, String message) {
        return new Commit(id.repeat(40), "Cán bộ", ZonedDateTime.parse(when), message);
    }

    @Test
    void feedValidatesAndListsAmendmentsByCommit() throws Exception {
        byte[] feed = new AtomFeed().write(summaries(true), Optional.of(SITE));
        validate(feed, "atom.xsd");
        Document xml = parse(feed);
        assertEquals(SITE.toString(), xml.getDocumentElement().getAttribute("xml:base"));
        List<Element> entries = elements(xml.getDocumentElement(), "entry");
        assertEquals(2, entries.size());
        // Most recently changed first; updated is the commit's time (made in UTC, written in Vietnam time as every date of
        // the feed: s24 tryout), published the document's date.
        assertTrue(text(entries.get(0), "title").contains("4086/QĐ-UBND"), text(entries.get(0), "title"));
        assertEquals("2026-03-02T09:30:15+07:00", text(entries.get(0), "updated"));
        assertEquals("2012-12-28T00:00:00+07:00", text(entries.get(0), "published"));
        assertTrue(text(entries.get(0), "summary").endsWith("Thay đổi gần nhất (bbbbbbb): Điều chỉnh dự án số 3"));
        assertEquals("2026-03-02T09:30:15+07:00", text(xml.getDocumentElement(), "updated"));
        assertEquals(HANDBOOK + "/index.html", links(entries.get(0)).get("alternate"));
        assertEquals(HANDBOOK + "/4086-QD-UBND.pdf", links(entries.get(0)).get("enclosure"));
        // Ids stay the same whatever the site's address or the plan's history.
        byte[] outsideGit = new AtomFeed().write(summaries(false), Optional.empty());
        validate(outsideGit, "atom.xsd");
        List<Element> dated = elements(parse(outsideGit).getDocumentElement(), "entry");
        assertTrue(text(dated.get(0), "title").contains("424/QĐ-UBND"), "outside git: newest document first");
        assertEquals("2022-02-18T00:00:00+07:00", text(dated.get(0), "updated"));
        assertEquals(text(entries.get(1), "id"), text(dated.get(0), "id"));
        assertTrue(text(dated.get(0), "id").startsWith("urn:uuid:"));
    }

    @Test
    void englishFeedHasEnglishChromeAndVietnameseEntries() throws Exception {
        plandoc.render.html.DownloadLabels english = new plandoc.render.html.DownloadLabels(
                plandoc.render.html.SiteText.of("en"));
        byte[] feed = new AtomFeed().write(summaries(true), Optional.of(SITE), Optional.of("Cổng Hà Tĩnh"), true, english);
        validate(feed, "atom.xsd");
        Element root = parse(feed).getDocumentElement();
        assertEquals("en", root.getAttribute("xml:lang"));
        assertEquals("Documents issued and amended — Cổng Hà Tĩnh", text(root, "title"));
        Element entry = elements(root, "entry").get(0);
        // The document's words stay Vietnamese and say so; the links' titles are the chrome's English.
        assertEquals("vi", entry.getAttribute("xml:lang"));
        assertTrue(text(entry, "title").startsWith("Quyết định 4086/QĐ-UBND: "), text(entry, "title"));
        Element pdf = elements(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("enclosure")).findFirst()
                .orElseThrow();
        assertEquals("Document (PDF)", pdf.getAttribute("title"));
        assertEquals("en", pdf.getAttribute("xml:lang"));
        // The Vietnamese feed is as it was: one xml:lang, on the feed.
        Element vietnamese = parse(new AtomFeed().write(summaries(true), Optional.of(SITE), Optional.of("Cổng Hà Tĩnh"),
                true)).getDocumentElement();
        assertEquals("vi", vietnamese.getAttribute("xml:lang"));
        assertEquals("Văn bản ban hành và điều chỉnh — Cổng Hà Tĩnh", text(vietnamese, "title"));
        assertEquals("", elements(vietnamese, "entry").get(0).getAttribute("xml:lang"));
    }

    @Test
    void sitemapValidatesWithAbsoluteAddresses() throws Exception {
        Map<String, byte[]> files = new PortalFiles(plandoc.compute.PortalLabelling.openData(), Optional.empty()).write(summaries(true), "co-quan/index.html", Optional.of(SITE));
        byte[] sitemap = files.get(Sitemap.FILE);
        validate(sitemap, "sitemap.xsd");
        List<Element> urls = elements(parse(sitemap).getDocumentElement(), "url");
        assertEquals(List.of(SITE + "index.html", SITE + "co-quan/index.html", SITE + HANDBOOK + "/index.html",
                SITE + DIGITAL + "/index.html"), urls.stream().map(u -> text(u, "loc")).toList());
        assertEquals("2026-03-02", text(urls.get(2), "lastmod"));
        // Without the site's address there are no absolute addresses, so no sitemap.
        assertFalse(new PortalFiles(plandoc.compute.PortalLabelling.openData(), Optional.empty()).write(summaries(true), "", Optional.empty()).containsKey(Sitemap.FILE));
    }

    @Test
    void theSchemasRejectABrokenFeed() throws Exception {
        String feed = new String(new AtomFeed().write(summaries(true), Optional.of(SITE)), StandardCharsets.UTF_8);
        String withoutUpdated = feed.replaceFirst("<updated>[^<]*</updated>", "<updated>hôm qua</updated>");
        assertThrows(SAXException.class, () -> validate(withoutUpdated.getBytes(StandardCharsets.UTF_8), "atom.xsd"));
        String sitemap = new String(new Sitemap().write(summaries(true), List.of(), SITE), StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> validate(sitemap.replace("<lastmod>", "<changed>")
                .replace("</lastmod>", "</changed>").getBytes(StandardCharsets.UTF_8), "sitemap.xsd"));
    }

    @Test
    void searchDataCarriesWhatTheIndexSearches() throws Exception {
        Map<String, byte[]> files = new SearchData(plandoc.compute.IndexFunding.bySlug(
                plans.stream().map(ResolvedPlan::info).toList(), plandoc.compute.FigureForm.VIETNAMESE))
                .write(summaries(false));
        // The catalogue: every plan's row, newest first.
        JsonNode data = assigned(files.get(SearchData.CATALOGUE), "window.PLANDOC_PLANS = ");
        assertEquals(SearchData.FORMAT, data.get("format").asText());
        JsonNode digital = data.get("plans").get(0);
        assertEquals(DIGITAL, digital.get("id").asText(), "2022 before 2012");
        assertEquals("424/QĐ-UBND", digital.get("n").asText());
        assertEquals(2022, digital.get("y").asInt());
        assertEquals("Quyết định", digital.get("k").asText());
        assertEquals("1438798000000", digital.get("v").decimalValue().toPlainString(), "1.438.798 triệu đồng in đồng");
        // Printed in the index's one unit, triệu đồng, like 4086's 724,90 tỷ đồng as 724.900.
        assertEquals("1.438.798", digital.get("f").asText());
        assertEquals("724.900", data.get("plans").get(1).get("f").asText());
        assertTrue(digital.get("a").toString().contains("Sở Thông tin và Truyền thông"), digital.get("a").toString());
        assertEquals(digital.get("a").size(), digital.get("ai").size());
        assertFalse(digital.has("x"), "the words are in the index, not in the catalogue");
        assertEquals(DIGITAL + "/424-QD-UBND.pdf", digital.get("p").asText());
        // The Word copy, the Excel workbook, the e-document record and the seven budget tables, each printed and tidy.
        assertEquals(17, digital.get("c").size());
        assertEquals(DIGITAL + "/424-QD-UBND.xml", digital.get("c").get(2).get(0).asText());
        assertEquals(DIGITAL + "/424-QD-UBND.docx", digital.get("c").get(0).get(0).asText());

        // The first page: count, filters' values and the first rows, in the catalogue's order.
        JsonNode first = assigned(files.get(SearchData.FIRST_PAGE), "window.PLANDOC_FIRST = ");
        assertEquals(2, first.get("count").asInt());
        assertEquals(List.of(2022, 2012), List.of(first.at("/facets/y/0").asInt(), first.at("/facets/y/1").asInt()));
        assertTrue(first.at("/facets/a").toString().contains("Sở Thông tin và Truyền thông"));
        assertEquals(digital, first.at("/plans/0"));

        // The index: plan 0 (424) under the folded words of its title and text, in the chunk of their letters.
        JsonNode index = assigned(files.get(SearchIndex.FILE), "window.PLANDOC_INDEX = ");
        assertEquals(2, index.get("documentCount").asInt());
        Map<String, JsonNode> terms = new java.util.HashMap<>();
        index.get("chunks").fields().forEachRemaining(chunk -> {
            String script = new String(files.get(chunk.getValue().asText()), StandardCharsets.UTF_8);
            String prefix = "(window.PLANDOC_TERMS = window.PLANDOC_TERMS || {})[\"" + chunk.getKey() + "\"] = ";
            assertTrue(script.startsWith(prefix), script.substring(0, Math.min(80, script.length())));
            try {
                for (JsonNode entry : new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2))) {
                    assertTrue(entry.get(0).asText().startsWith(chunk.getKey()), entry + " in chunk " + chunk.getKey());
                    terms.put(entry.get(0).asText(), entry);
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        for (String word : List.of("chuyen", "doi", "so")) {
            JsonNode entry = terms.get(word);
            assertTrue(entry != null, word);
            List<Integer> fields = new ArrayList<>();
            for (int k = 1; k < entry.size(); k += 3) {
                fields.add(entry.get(k).asInt());
                assertEquals(0, entry.get(k + 1).get(0).asInt(), "plan 0 first: " + entry);
            }
            assertTrue(fields.containsAll(List.of(1, 4)), "title and text: " + entry);
        }
        assertFalse(terms.containsKey("chuyển"), "terms are folded");
        assertEquals(0, terms.get("424").get(2).get(0).asInt(), "the number is a term of field 0");
    }

    private static JsonNode assigned(byte[] script, String prefix) throws java.io.IOException {
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(prefix) && text.endsWith(";\n"), text.substring(0, 60));
        return new ObjectMapper().readTree(text.substring(prefix.length(), text.length() - 2));
    }

    private static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        URI location = PortalFilesTest.class.getResource("/schemas/" + schema).toURI();
        Validator validator = factory.newSchema(new StreamSource(location.toString())).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return elements(parent, name).get(0).getTextContent();
    }

    private static Map<String, String> links(Element entry) {
        Map<String, String> links = new java.util.HashMap<>();
        for (Element link : elements(entry, "link")) {
            links.putIfAbsent(link.getAttribute("rel"), link.getAttribute("href"));
        }
        return links;
    }
}

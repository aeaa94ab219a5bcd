package plandoc.render.docx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import plandoc.TestPlans;
import plandoc.render.RenderedPlan;
import plandoc.render.RenderSettings;
import plandoc.render.PlanRenderer;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Word copy identifies itself as the PDF does (review s15, finding 7: core.xml had only title, creator
 * and created, app.xml said "Apache POI") and is a Word 2013+ document (settings.xml was empty: Word opened
 * it in Compatibility Mode).
 */
class WordPropertiesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path temp;

    @Test
    void thePropertiesAreThePdfsMetadata() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION);
        RenderedPlan files = PlanRenderer.forTemplates(Path.of("templates"),
                new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults()).render(plan);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.file("4086-QD-UBND.docx").bytes()));
             PDDocument pdf = Loader.loadPDF(files.file("4086-QD-UBND.pdf").bytes())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            var core = docx.getProperties().getCoreProperties();
            assertEquals(info.getTitle(), core.getTitle());
            assertEquals("4086/QĐ-UBND", core.getSubject());
            assertEquals(info.getSubject(), core.getSubject());
            assertEquals("Quyết định; 4086/QĐ-UBND; Ủy ban nhân dân tỉnh Hà Tĩnh", core.getKeywords());
            assertEquals(info.getKeywords(), core.getKeywords());
            assertEquals(info.getAuthor(), core.getCreator());
            assertEquals(info.getSubject(), core.getDescription());
            assertEquals("vi-VN", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
            assertEquals(info.getCreationDate().toInstant(), core.getCreated().toInstant());
            var extended = docx.getProperties().getExtendedProperties();
            assertEquals("plandoc " + plandoc.release.Release.VERSION, extended.getApplication());
            assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", extended.getCompany());
        }
    }

    /** An undated draft is dated SOURCE_DATE_EPOCH, as its PDF: the same sources give the same file. */
    @Test
    void anUndatedDraftTakesSourceDateEpoch() throws Exception {
        ResolvedPlan draft = TestPlans.resolveClean(temp.resolve("draft"),
                TestPlans.DECISION.replace("  number: 4086\n", "  draft: true\n"));
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        byte[] first = new PlanDocument(Optional.of(epoch)).write(draft);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(first))) {
            assertEquals(Date.from(epoch), docx.getProperties().getCoreProperties().getCreated());
            assertEquals("Dự thảo Quyết định: Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh "
                    + "đến năm 2020", docx.getProperties().getCoreProperties().getSubject(), "no \"/QĐ-UBND\": a draft has no number");
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, new PlanDocument(Optional.of(epoch)).write(draft));
    }

    @Test
    void settingsAreWord2013s() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            Element settings = (Element) doc.getSettings().getCTSettings().getDomNode();
            Map<String, String> compat = new HashMap<>();
            NodeList list = settings.getElementsByTagNameNS(W, "compatSetting");
            for (int i = 0; i < list.getLength(); i++) {
                Element setting = (Element) list.item(i);
                assertEquals("http://schemas.microsoft.com/office/word", setting.getAttributeNS(W, "uri"));
                compat.put(setting.getAttributeNS(W, "name"), setting.getAttributeNS(W, "val"));
            }
            assertEquals("15", compat.get("compatibilityMode"), compat.toString());
            assertEquals("720", value(settings, "defaultTabStop"));
            assertEquals("doNotCompress", value(settings, "characterSpacingControl"));
            assertEquals("vi-VN", value(settings, "themeFontLang"));
            assertEquals(100, doc.getZoomPercent());
            // The text's language stays the documents' default (styles.xml).
            assertEquals("vi-VN", doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal());
            // Valid against the schema's order: Word refuses a settings part out of order.
            assertEquals(java.util.List.of("zoom", "defaultTabStop", "characterSpacingControl", "compat", "themeFontLang"),
                    children(settings));
        }
    }

    private static String value(Element settings, String name) {
        NodeList found = settings.getElementsByTagNameNS(W, name);
        assertEquals(1, found.getLength(), name);
        return ((Element) found.item(0)).getAttributeNS(W, "val");
    }

    private static java.util.List<String> children(Element settings) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (var child = settings.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }
}

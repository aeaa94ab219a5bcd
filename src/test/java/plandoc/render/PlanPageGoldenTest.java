package plandoc.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan page of the fixture decision, compared whole with a golden file.
 *
 * <p>After an intended change to the templates or the renderer, regenerate the golden file and review
 * its diff before committing:
 * <pre>mvn -q -B -o test -Dtest='plandoc.render.PlanPageGoldenTest' -Dgolden.update=true</pre>
 */
class PlanPageGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/render/golden/4086-qd-ubnd.html");

    @TempDir
    Path images;

    private String page() throws Exception {
        return TestRenderers.standard().renderPage(FixturePlans.decision(FixturePlans.writeMap(images)));
    }

    @Test
    void planPageMatchesTheGoldenFile() throws Exception {
        String actual = page();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).lines().toList();
        List<String> lines = actual.lines().toList();
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            assertEquals(expected.get(i), lines.get(i), "first difference at line " + (i + 1) + " of " + GOLDEN
                    + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
        }
        assertEquals(expected.size(), lines.size(), "line count of " + GOLDEN);
        assertEquals(String.join("\n", expected), String.join("\n", lines));
    }

    @Test
    void planPageIsWellFormedXhtml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page())));
        assertEquals("vi", document.getDocumentElement().getAttribute("lang"));
        assertEquals("http://www.w3.org/1999/xhtml", document.getDocumentElement().getNamespaceURI());
    }

    @Test
    void planPageIsSelfContainedAndLinksItsSources() throws Exception {
        String html = page();
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no CDN or remote resource");
        assertTrue(html.contains("<a href=\"#pl-du-an\">Phụ lục II</a>"), "Markdown reference becomes a link");
        assertTrue(html.contains("(xem <a href=\"#pl-du-an\">Phụ lục II</a>)"), "inline span reference becomes a link");
        assertTrue(html.contains("id=\"pl-du-an\""), "anchors equal source ids");
        assertTrue(html.contains("<thead>"));
        assertTrue(html.contains("href=\"../index.html\""), "file:// needs index.html spelled out");
    }

    @Test
    void aPlanIssuedOnItsOwnHasNoDecisionParts() throws Exception {
        String html = TestRenderers.standard().renderPage(FixturePlans.standalonePlan());
        assertFalse(html.contains("class=\"authority\""));
        assertFalse(html.contains("class=\"enacting\""));
        assertFalse(html.contains("class=\"article\""));
        assertTrue(html.contains("<p class=\"parent-issuer\">UBND TỈNH HÀ TĨNH</p>"));
        assertTrue(html.contains("id=\"nhiem-vu\""));
    }
}

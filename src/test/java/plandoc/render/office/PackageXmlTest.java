package plandoc.render.office;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.StreamHelper;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PackageXml writes POI's package documents byte for byte as the JDK's transformer (POI's own way,
 * StreamHelper before plandoc's patch) writes them, or leaves them to it.
 */
class PackageXmlTest {
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Test
    void contentTypesRelationshipsAndCorePropertiesAreTheTransformersBytes() throws Exception {
        for (Document document : new Document[] {contentTypes(), relationships("https://example.vn/a?b=1&c=\"2\"<3>"),
                coreProperties("Kế hoạch 142/KH-UBND: Triển khai chuyển đổi số \"2021-2025\" & <thử> 'nghiệm'",
                        "Ủy ban nhân dân tỉnh Hà Tĩnh")}) {
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            assertTrue(PackageXml.write(document, direct), "written directly");
            byte[] expected = transformed(document);
            assertArrayEquals(expected, direct.toByteArray(),
                    () -> direct.toString(StandardCharsets.UTF_8) + "\n" + new String(expected, StandardCharsets.UTF_8));
        }
    }

    /** Random titles and targets: written as the transformer writes them, or not written at all. */
    @Test
    void anyTextIsTheTransformersBytesOrLeftToTheTransformer() throws Exception {
        String alphabet = "aZ09 -_/.:;,!?#%()[]{}=+*'\"&<>ẾếỦủĐđàáạảãÂâăêôơưýỹ€©°«»–—…\u00a0\u200b\u2060\u2011"
                + "\t\n\r\u0001\u001f\u007f\u0080\u009f\u2028\u2029\ufeff\ufffd\ud83d\ude00";
        Random random = new Random(17);
        int direct = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Document document : new Document[] {coreProperties(text.toString(), "x" + text),
                    relationships(text.toString())}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (PackageXml.write(document, out)) {
                    direct++;
                    assertEquals(new String(transformed(document), StandardCharsets.UTF_8),
                            out.toString(StandardCharsets.UTF_8), () -> "text " + escape(text.toString()));
                } else {
                    assertEquals(0, out.size());
                }
            }
        }
        assertTrue(direct > 1000, "most written directly: " + direct);
    }

    @Test
    void otherNodesAreLeftToTheTransformer() throws Exception {
        Document document = contentTypes();
        document.getDocumentElement().appendChild(document.createComment("note"));
        assertFalse(PackageXml.write(document, new ByteArrayOutputStream()));
        Document empty = coreProperties("", "plandoc");
        assertFalse(PackageXml.write(empty, new ByteArrayOutputStream()));
    }

    /** POI saves through plandoc's copy of StreamHelper, found before the library's on the class path. */
    @Test
    void poiUsesThePatchedStreamHelper() {
        assertEquals(PackageXml.class.getProtectionDomain().getCodeSource().getLocation(),
                StreamHelper.class.getProtectionDomain().getCodeSource().getLocation());
    }

    /** POI 5.5.1's StreamHelper.saveXmlInStream as the library writes it. */
    private static byte[] transformed(Document document) throws Exception {
        document.setXmlStandalone(true);
        Transformer transformer = XMLHelper.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    /** As POI's ContentTypeManager builds it. */
    private static Document contentTypes() {
        Document document = DocumentHelper.createDocument();
        Element types = document.createElementNS(TYPES, "Types");
        document.appendChild(types);
        Element rels = document.createElementNS(TYPES, "Default");
        rels.setAttribute("Extension", "rels");
        rels.setAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
        types.appendChild(rels);
        Element override = document.createElementNS(TYPES, "Override");
        override.setAttribute("PartName", "/word/document.xml");
        override.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        types.appendChild(override);
        return document;
    }

    /** As POI's ZipPartMarshaller builds a relationships part. */
    private static Document relationships(String target) {
        Document document = DocumentHelper.createDocument();
        Element root = document.createElementNS(RELATIONSHIPS, "Relationships");
        document.appendChild(root);
        Element internal = document.createElementNS(RELATIONSHIPS, "Relationship");
        internal.setAttribute("Id", "rId1");
        internal.setAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles");
        internal.setAttribute("Target", "styles.xml");
        root.appendChild(internal);
        Element external = document.createElementNS(RELATIONSHIPS, "Relationship");
        external.setAttribute("Id", "rId2");
        external.setAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");
        external.setAttribute("Target", target);
        external.setAttribute("TargetMode", "External");
        root.appendChild(external);
        return document;
    }

    /** As POI's PackagePropertiesMarshaller builds docProps/core.xml. */
    private static Document coreProperties(String title, String creator) {
        Document document = DocumentHelper.createDocument();
        Element root = document.createElementNS(CP, "cp:coreProperties");
        DocumentHelper.addNamespaceDeclaration(root, "cp", CP);
        DocumentHelper.addNamespaceDeclaration(root, "dc", DC);
        DocumentHelper.addNamespaceDeclaration(root, "dcterms", DCTERMS);
        DocumentHelper.addNamespaceDeclaration(root, "xsi", XSI);
        document.appendChild(root);
        Element created = document.createElementNS(DCTERMS, "dcterms:created");
        created.setAttributeNS(XSI, "xsi:type", "dcterms:W3CDTF");
        created.setTextContent("2025-03-14T17:00:00Z");
        root.appendChild(created);
        Element author = document.createElementNS(DC, "dc:creator");
        author.setTextContent(creator);
        root.appendChild(author);
        Element name = document.createElementNS(DC, "dc:title");
        name.appendChild(document.createTextNode(title));
        root.appendChild(name);
        return document;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

}

package plandoc.render.edoc;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

/** Renders a plan and reads its e-document record back: the XML beside the PDF (schema-checked) and the XMP. */
final class RecordReading {
    private RecordReading() {
    }

    static RenderedPlan render(ResolvedPlan plan) throws Exception {
        return PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults()).render(plan);
    }

    static byte[] file(RenderedPlan rendered, String name) {
        return rendered.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name)).bytes();
    }

    /** The XML record, validated against docs/edoc-record.xsd. */
    static Document xml(RenderedPlan rendered, String name) throws Exception {
        byte[] xml = file(rendered, name);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("docs/edoc-record.xsd").toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        return parse(xml);
    }

    static Document xmp(RenderedPlan rendered, String pdfName) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file(rendered, pdfName))) {
            return parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The text of every node on a path under the root (XMP: under rdf:RDF), each step matched by local name. */
    static List<String> values(Document doc, String path) throws Exception {
        StringBuilder expr = new StringBuilder("/*");
        if (doc.getDocumentElement().getLocalName().equals("xmpmeta")) {
            expr.append("/*[local-name()='RDF']");
        }
        for (String step : path.split("/")) {
            expr.append('/').append(step.startsWith("*") ? step : "*[local-name()='" + step + "']");
        }
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate(expr.toString(), doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}

package plandoc.render.edoc;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;

/**
 * Writes the e-document record as the XML file published beside the PDF ({@code 4086-QD-UBND.xml}),
 * valid against {@code docs/edoc-record.xsd}: the same fields, names and order as the PDF's XMP.
 */
public final class ElectronicRecordXml {

    /** The file name beside the PDF: the PDF's stem with {@code .xml}. */
    public static String fileName(String fileStem) {
        return fileStem + ".xml";
    }

    public byte[] write(ElectronicRecord r) {
        Document xml = newDocument();
        Element root = xml.createElementNS(ElectronicRecord.NAMESPACE, "EDocument");
        xml.appendChild(root);
        r.organId().ifPresent(id -> field(root, "OrganId", id));
        field(root, "OrganName", r.organName());
        field(root, "Year", Integer.toString(r.year()));
        field(root, "CodeNumber", r.codeNumber());
        field(root, "CodeNotation", r.codeNotation());
        field(root, "IssueDate", r.issueDate().toString());
        field(root, "DocumentType", r.kind());
        field(root, "Subject", r.subject());
        field(root, "Language", r.language());
        field(root, "PageAmount", Integer.toString(r.pageAmount()));
        r.signerCompetence().ifPresent(competence -> field(root, "SignerCompetence", competence));
        field(root, "SignerPosition", r.signerPosition());
        field(root, "SignerFullName", r.signerName());
        Element places = field(root, "ToPlaces", null);
        r.recipients().forEach(place -> field(places, "ToPlace", place));
        r.secrecy().ifPresent(level -> field(root, ElectronicRecord.SECRECY.name(), level));
        r.urgency().ifPresent(level -> field(root, ElectronicRecord.URGENCY.name(), level));
        return serialize(xml);
    }

    private static Element field(Element parent, String name, String value) {
        Element element = parent.getOwnerDocument().createElementNS(ElectronicRecord.NAMESPACE, name);
        if (value != null) {
            element.setTextContent(value);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is always configurable", e);
        }
    }

    private static byte[] serialize(Document xml) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("an in-memory DOM always serializes", e);
        }
    }
}

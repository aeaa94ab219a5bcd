package plandoc.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import plandoc.render.edoc.ElectronicRecord;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The XMP metadata stream: Dublin Core, PDF and XMP basic properties equal to the Info dictionary
 * (PDF/A-3 6.6.2.3), the PDF/A-3a and PDF/UA-1 identification, and the Decree 30 e-document fields in
 * the plandoc namespace ({@link ElectronicRecord#NAMESPACE}), each described in a PDF/A extension
 * schema as PDF/A requires of custom properties. Built with the JDK's DOM, so values are escaped by
 * the serializer; no time or random id enters it, so the same document gives the same bytes.
 */
final class XmpPacket {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";
    private static final String EXTENSION = "http://www.aiim.org/pdfa/ns/extension/";
    private static final String SCHEMA = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String PROPERTY = "http://www.aiim.org/pdfa/ns/property#";
    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** The Info values the XMP must repeat. */
    record Info(String title, String author, String subject, String keywords, String creator, String producer,
                Optional<ZonedDateTime> created) {
    }

    private final Document xml;
    private final Element description;

    private XmpPacket() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is always configurable", e);
        }
        Element meta = xml.createElementNS("adobe:ns:meta/", "x:xmpmeta");
        xml.appendChild(xml.createProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
        xml.appendChild(meta);
        xml.appendChild(xml.createProcessingInstruction("xpacket", "end=\"r\""));
        Element rdf = child(meta, RDF, "rdf:RDF");
        description = child(rdf, RDF, "rdf:Description");
        description.setAttributeNS(RDF, "rdf:about", "");
        for (String[] ns : new String[][]{{"dc", DC}, {"pdf", PDF}, {"xmp", XMP}, {"pdfaid", PDFAID},
                {"pdfuaid", PDFUAID}, {"pdfaExtension", EXTENSION}, {"pdfaSchema", SCHEMA},
                {"pdfaProperty", PROPERTY}, {ElectronicRecord.PREFIX, ElectronicRecord.NAMESPACE}}) {
            description.setAttributeNS(XMLNS, "xmlns:" + ns[0], ns[1]);
        }
    }

    static byte[] of(Info info, Optional<ElectronicRecord> record) {
        XmpPacket packet = new XmpPacket();
        packet.standard(info);
        packet.extensionSchemas(record.map(ElectronicRecord::properties).orElse(List.of()));
        record.ifPresent(packet::electronicRecord);
        return packet.serialize();
    }

    private void standard(Info info) {
        text(PDFAID, "pdfaid:part", "3");
        text(PDFAID, "pdfaid:conformance", "A");
        text(PDFUAID, "pdfuaid:part", "1");
        text(DC, "dc:format", "application/pdf");
        alt(DC, "dc:title", info.title());
        seq(DC, "dc:creator", List.of(info.author()));
        alt(DC, "dc:description", info.subject());
        container(DC, "dc:subject", "rdf:Bag", List.of(info.keywords().split("; ")));
        container(DC, "dc:language", "rdf:Bag", List.of(plandoc.render.DocumentMetadata.LANGUAGE));
        info.created().ifPresent(date -> seq(DC, "dc:date", List.of(ISO.format(date))));
        text(PDF, "pdf:Keywords", info.keywords());
        text(PDF, "pdf:Producer", info.producer());
        text(XMP, "xmp:CreatorTool", info.creator());
        info.created().ifPresent(date -> {
            text(XMP, "xmp:CreateDate", ISO.format(date));
            text(XMP, "xmp:ModifyDate", ISO.format(date));
        });
    }

    private void electronicRecord(ElectronicRecord r) {
        r.organId().ifPresent(id -> plandoc("OrganId", id));
        plandoc("OrganName", r.organName());
        plandoc("Year", Integer.toString(r.year()));
        plandoc("CodeNumber", r.codeNumber());
        plandoc("CodeNotation", r.codeNotation());
        plandoc("IssueDate", r.issueDate().toString());
        plandoc("DocumentType", r.kind());
        plandoc("Subject", r.subject());
        plandoc("Language", r.language());
        plandoc("PageAmount", Integer.toString(r.pageAmount()));
        r.signerCompetence().ifPresent(competence -> plandoc("SignerCompetence", competence));
        plandoc("SignerPosition", r.signerPosition());
        plandoc("SignerFullName", r.signerName());
        seq(ElectronicRecord.NAMESPACE, ElectronicRecord.PREFIX + ":ToPlaces", r.recipients());
        r.secrecy().ifPresent(level -> plandoc(ElectronicRecord.SECRECY.name(), level));
        r.urgency().ifPresent(level -> plandoc(ElectronicRecord.URGENCY.name(), level));
    }

    /** PDF/A allows only described properties outside the predefined schemas. */
    private void extensionSchemas(List<ElectronicRecord.Property> recorded) {
        boolean withRecord = !recorded.isEmpty();
        Element bag = child(child(description, EXTENSION, "pdfaExtension:schemas"), RDF, "rdf:Bag");
        schema(bag, "PDF/UA identification", PDFUAID, "pdfuaid",
                new String[][]{{"part", "Integer", "internal", "Part of ISO 14289"}});
        if (withRecord) {
            String[][] properties = new String[recorded.size()][];
            for (int i = 0; i < properties.length; i++) {
                ElectronicRecord.Property p = recorded.get(i);
                properties[i] = new String[]{p.name(), p.valueType(), "external", p.description()};
            }
            schema(bag, "plandoc: Decree 30 e-document record", ElectronicRecord.NAMESPACE, ElectronicRecord.PREFIX,
                    properties);
        }
    }

    private void schema(Element bag, String name, String uri, String prefix, String[][] properties) {
        Element li = child(bag, RDF, "rdf:li");
        li.setAttributeNS(RDF, "rdf:parseType", "Resource");
        child(li, SCHEMA, "pdfaSchema:schema").setTextContent(name);
        child(li, SCHEMA, "pdfaSchema:namespaceURI").setTextContent(uri);
        child(li, SCHEMA, "pdfaSchema:prefix").setTextContent(prefix);
        Element seq = child(child(li, SCHEMA, "pdfaSchema:property"), RDF, "rdf:Seq");
        for (String[] p : properties) {
            Element property = child(seq, RDF, "rdf:li");
            property.setAttributeNS(RDF, "rdf:parseType", "Resource");
            child(property, PROPERTY, "pdfaProperty:name").setTextContent(p[0]);
            child(property, PROPERTY, "pdfaProperty:valueType").setTextContent(p[1]);
            child(property, PROPERTY, "pdfaProperty:category").setTextContent(p[2]);
            child(property, PROPERTY, "pdfaProperty:description").setTextContent(p[3]);
        }
    }

    private void plandoc(String name, String value) {
        text(ElectronicRecord.NAMESPACE, ElectronicRecord.PREFIX + ":" + name, value);
    }

    private void text(String ns, String name, String value) {
        child(description, ns, name).setTextContent(value);
    }

    private void alt(String ns, String name, String value) {
        Element li = child(child(child(description, ns, name), RDF, "rdf:Alt"), RDF, "rdf:li");
        li.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "x-default");
        li.setTextContent(value);
    }

    private void seq(String ns, String name, List<String> values) {
        container(ns, name, "rdf:Seq", values);
    }

    private void container(String ns, String name, String kind, List<String> values) {
        Element list = child(child(description, ns, name), RDF, kind);
        values.forEach(v -> child(list, RDF, "rdf:li").setTextContent(v));
    }

    private Element child(Element parent, String ns, String name) {
        Element element = xml.createElementNS(ns, name);
        parent.appendChild(element);
        return element;
    }

    private byte[] serialize() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("an in-memory DOM always serializes", e);
        }
    }
}

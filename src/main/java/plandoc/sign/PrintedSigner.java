package plandoc.sign;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import plandoc.render.edoc.ElectronicRecord;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The signer's name the document prints, as the build recorded it in the XMP (the Decree 30 record's
 * SignerFullName); empty for a PDF without that record (an undated draft, which is not signed anyway).
 */
final class PrintedSigner {

    private PrintedSigner() {
    }

    static Optional<String> of(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // The packet is the build's own, but a PDF is input: no DTD, no external entity.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList names = factory.newDocumentBuilder().parse(new ByteArrayInputStream(metadata.toByteArray()))
                    .getElementsByTagNameNS(ElectronicRecord.NAMESPACE, "SignerFullName");
            return names.getLength() == 0 ? Optional.empty()
                    : Optional.of(names.item(0).getTextContent().strip()).filter(name -> !name.isEmpty());
        } catch (ParserConfigurationException | SAXException e) {
            return Optional.empty();
        }
    }
}

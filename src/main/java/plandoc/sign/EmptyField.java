package plandoc.sign;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.SignatureFields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The empty signature field {@code build} left for a role ({@link SignatureFields}): signing fills it
 * rather than adding an invisible field, and keeps its place and appearance, which PDFBox would
 * otherwise reset to an invisible signature's. On a separate appendix file the organisation's field
 * shows the main document's number and the signing time (format-standard §13 E1).
 */
final class EmptyField {

    /** Times New Roman 10 pt, black (§13 E1). */
    private static final float STAMP_SIZE = 10;

    private EmptyField() {
    }

    /** The main document's "Số: …" and the signing time, shown in a separate file's organisation field. */
    record Stamp(String numberSymbol, ZonedDateTime at) {
        String[] lines() {
            return new String[]{"Số: " + numberSymbol, at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)};
        }
    }

    /** The field's place and look before PDFBox signs into it. */
    record Kept(PDAnnotationWidget widget, PDRectangle rectangle, PDAppearanceDictionary appearance) {
        void restore(PDDocument document, Optional<Stamp> stamp) throws IOException {
            widget.setRectangle(rectangle);
            widget.setAppearance(stamp.isPresent() ? stamped(document, rectangle, stamp.get()) : appearance);
            widget.getCOSObject().setNeedToBeUpdated(true);
        }
    }

    /** The unsigned field build wrote for {@code role}, if any. */
    static Optional<PDSignatureField> of(PDDocument document, PdfSigner.Role role) {
        String name = role == PdfSigner.Role.PERSONAL ? SignatureFields.PERSONAL : SignatureFields.ORGANISATION;
        return field(document, name).filter(f -> f.getSignature() == null);
    }

    /** A file with only the organisation's field: an appendix or attached document printed on its own. */
    static boolean organisationOnly(PDDocument document) {
        return field(document, SignatureFields.ORGANISATION).isPresent() && field(document, SignatureFields.PERSONAL).isEmpty();
    }

    /** Points the field at the signature about to be made; PDFBox then signs into this field. */
    static Kept fill(PDSignatureField field, PDSignature signature) {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        field.getCOSObject().setItem(COSName.V, signature);
        return new Kept(widget, widget.getRectangle(), widget.getAppearance());
    }

    private static Optional<PDSignatureField> field(PDDocument document, String name) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return Optional.empty();
        }
        PDField field = form.getField(name);
        return field instanceof PDSignatureField signature ? Optional.of(signature) : Optional.empty();
    }

    /** Two lines of text, right-aligned in the field, in the embedded serif face. */
    private static PDAppearanceDictionary stamped(PDDocument document, PDRectangle rectangle, Stamp stamp)
            throws IOException {
        PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fonts().regular()), true);
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
        stream.setResources(new PDResources());
        String[] lines = stamp.lines();
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.setNonStrokingColor(0f, 0f, 0f);
            float leading = STAMP_SIZE * 1.2f;
            for (int i = 0; i < lines.length; i++) {
                float width = font.getStringWidth(lines[i]) / 1000 * STAMP_SIZE;
                content.beginText();
                content.setFont(font, STAMP_SIZE);
                content.newLineAtOffset(rectangle.getWidth() - width, rectangle.getHeight() - leading * (i + 1) + 2);
                content.showText(lines[i]);
                content.endText();
            }
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /** Times New Roman where installed (or in ./templates/fonts), else the bundled metric-compatible face. */
    private static PdfFonts fonts() {
        try {
            return PdfFonts.load(Path.of("templates"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

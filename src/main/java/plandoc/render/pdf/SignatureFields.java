package plandoc.render.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Empty signature fields where Decree 30 puts the signatures (Phụ lục I II.7.d, II.8.a), so the
 * province's e-office signing tool (and {@code plandoc sign}) finds them: the competent person's over
 * the signature between the chức vụ line and the name, the organisation's over the seal, which covers
 * the signature's left third. Each field is a widget with an (empty) appearance, printable, described
 * by /TU and the widget's /Contents, and tagged as a /Form structure element holding the widget by an
 * OBJR (PDF/UA-1 7.18), so the file stays PDF/A-3a and PDF/UA-1.
 */
public final class SignatureFields {

    /** The field the competent person signs. */
    public static final String PERSONAL = "ChuKyNguoiCoThamQuyen";
    /** The field the organisation signs. */
    public static final String ORGANISATION = "ChuKyCoQuan";
    /** The competent person's field's description, and the reason {@code plandoc sign} gives that signature. */
    public static final String PERSONAL_LABEL = "Chữ ký số của người có thẩm quyền";
    /** The organisation's field's description, and the reason {@code plandoc sign} gives that signature. */
    public static final String ORGANISATION_LABEL = "Chữ ký số của cơ quan, tổ chức";

    private static final Pattern IDS = Pattern.compile("^plandoc-(signature-space|signature-image|seal-image)$");
    private static final float MM = 72f / 25.4f;
    /** Without a signature image: a field this wide, centred over the space between title and name. */
    private static final float PERSONAL_WIDTH = 60 * MM;

    private SignatureFields() {
    }

    /** A field to add: its name, description, page (0-based) and rectangle in PDF user space. */
    record Field(String name, String label, int page, PDRectangle rectangle) {
    }

    /** Adds both fields when the printed page has a signature block; nothing otherwise. */
    static void add(PdfBoxRenderer renderer, PDDocument document) throws IOException {
        Map<String, PagePosition<Box>> found = renderer.findPagePositionsByID(IDS).stream()
                .collect(Collectors.toMap(PagePosition::getId, p -> p, (a, b) -> a));
        PagePosition<Box> space = found.get("plandoc-signature-space");
        if (space == null) {
            return;
        }
        PDRectangle personal = Optional.ofNullable(found.get("plandoc-signature-image")).map(SignatureFields::rectangle)
                .orElseGet(() -> {
                    float width = Math.min(PERSONAL_WIDTH, space.getWidth());
                    return new PDRectangle(space.getX() + (space.getWidth() - width) / 2, space.getY(), width,
                            space.getHeight());
                });
        PDRectangle organisation = Optional.ofNullable(found.get("plandoc-seal-image")).map(SignatureFields::rectangle)
                .orElseGet(() -> {
                    float side = space.getHeight();
                    float right = personal.getLowerLeftX() + personal.getWidth() / 3;
                    return new PDRectangle(right - side, personal.getLowerLeftY() + (personal.getHeight() - side) / 2,
                            side, side);
                });
        add(document, List.of(new Field(PERSONAL, PERSONAL_LABEL, space.getPageNo(), personal),
                new Field(ORGANISATION, ORGANISATION_LABEL, space.getPageNo(), organisation)), Optional.of(rectangle(space)),
                FormPlacement.fromLayout(space, renderer.getRootBox().getLayer().getPages()));
    }

    /** Where the organisation's signature goes on a separate appendix file: top right of page 1, in the margin. */
    static final float STAMP_WIDTH = 70 * MM;
    static final float STAMP_HEIGHT = 11 * MM;
    static final float STAMP_TOP = 6 * MM;
    static final float RIGHT_MARGIN = 15 * MM;

    /**
     * A separate appendix (or attached document) file with the organisation's empty field top right of
     * its first page, inside the top margin where no text is (§13 E1).
     */
    public static byte[] organisationOnly(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            add(document, List.of(new Field(ORGANISATION, ORGANISATION_LABEL, 0, new PDRectangle(
                    page.getWidth() - RIGHT_MARGIN - STAMP_WIDTH, page.getHeight() - STAMP_TOP - STAMP_HEIGHT,
                    STAMP_WIDTH, STAMP_HEIGHT))), Optional.empty());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Adds empty signature fields (used for separate appendix files too: the organisation's only).
     * {@code signatureSpace}: the space between the chức vụ and the name, where every field's /Form tag
     * goes in reading order (the seal's field reaches out of the signer's column, so the space, not each
     * field, is what is looked around); without it, first in the document (a separate file's field sits
     * top right of page 1, above everything).
     */
    static void add(PDDocument document, List<Field> fields, Optional<PDRectangle> signatureSpace) throws IOException {
        add(document, fields, signatureSpace, Optional.empty());
    }

    /** As above; {@code fromLayout}, when present, is where the /Form tags go, known from the layout. */
    private static void add(PDDocument document, List<Field> fields, Optional<PDRectangle> signatureSpace,
                            Optional<FormPlacement.Place> fromLayout) throws IOException {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
        }
        List<PDField> all = new ArrayList<>(form.getFields());
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        // Looked for once: every field of the block goes to the same place, in the order given.
        Optional<FormPlacement.Place> place = root == null || signatureSpace.isEmpty() || fields.isEmpty() ? Optional.empty()
                : fromLayout.isPresent() ? fromLayout
                : FormPlacement.around(root, document.getPage(fields.get(0).page()), signatureSpace.get());
        for (Field field : fields) {
            PDPage page = document.getPage(field.page());
            PDSignatureField signature = new PDSignatureField(form);
            signature.setPartialName(field.name());
            signature.setAlternateFieldName(field.label());
            PDAnnotationWidget widget = signature.getWidgets().get(0);
            widget.setRectangle(field.rectangle());
            widget.setPage(page);
            widget.setPrinted(true);
            // Described on the widget (PDF/UA-2, ISO 14289-2 8.10.2.3: a widget without a label has a Contents), not
            // by an Alt on its /Form element too: the two must be identical (8.9.4.2), and veraPDF reads a non-ASCII
            // Alt, which PDFBox writes as a hex string, as its hex digits, so a Vietnamese label never matched.
            widget.setContents(field.label());
            widget.setAppearance(emptyAppearance(document, field.rectangle()));
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            annotations.add(widget);
            page.setAnnotations(annotations);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            if (root != null) {
                tag(root, page, widget, signatureSpace.isPresent(), place);
            }
            all.add(signature);
        }
        form.setFields(all);
    }

    /** A printable widget needs a normal appearance (PDF/A-3 6.3.3); until signed there is nothing to draw. */
    private static PDAppearanceDictionary emptyAppearance(PDDocument document, PDRectangle rectangle) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
        stream.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * A /Form element holding the widget, in reading order: inside the signature block between the
     * chức vụ and the name ({@link FormPlacement}; at the document's end if those lines are not found),
     * or first in the document (a separate file's field top right of page 1); the parent tree points back.
     */
    private static void tag(PDStructureTreeRoot root, PDPage page, PDAnnotationWidget widget, boolean inSignatureBlock,
                            Optional<FormPlacement.Place> place) {
        if (!(root.getKids().stream().filter(k -> k instanceof PDStructureElement).findFirst().orElse(null)
                instanceof PDStructureElement document)) {
            return;
        }
        PDStructureElement parent = place.map(FormPlacement.Place::parent).orElse(document);
        PDStructureElement element = new PDStructureElement("Form", parent);
        element.setPage(page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        element.appendKid(reference);
        if (place.isPresent()) {
            parent.insertBefore(element, place.get().before());
        } else if (!inSignatureBlock) {
            insertFirst(document, element);
        } else {
            document.appendKid(element);
        }
        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        COSDictionary tree = root.getParentTree().getCOSObject();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        nums.add(COSInteger.get(key));
        nums.add(element);
        root.setParentTreeNextKey(key + 1);
    }

    /** {@code element} as the first kid of {@code parent}, whose /K may be one kid or an array of them. */
    private static void insertFirst(PDStructureElement parent, PDStructureElement element) {
        org.apache.pdfbox.cos.COSBase kids = parent.getCOSObject().getItem(COSName.K);
        if (kids == null) {
            parent.appendKid(element);
        } else if (parent.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray array) {
            array.add(0, element.getCOSObject());
        } else {
            COSArray array = new COSArray();
            array.add(element.getCOSObject());
            array.add(kids);
            parent.getCOSObject().setItem(COSName.K, array);
        }
    }

    private static PDRectangle rectangle(PagePosition<Box> position) {
        return new PDRectangle(position.getX(), position.getY(), position.getWidth(), position.getHeight());
    }
}

package plandoc.render;

import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patched {@code com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter}: an /Artifact sequence is
 * written only when something is drawn inside it (empty ones were 99 % of the flagship's artifacts
 * and most of what tagging cost), and everything drawn is still inside the sequences it was in.
 */
class EmptyArtifactsTest {

    @Test
    void anArtifactWithNothingDrawnIsLeftOut() throws IOException {
        assertEquals(List.of("q", "Q"), operators(adapter -> {
            adapter.saveGraphics();
            adapter.beginMarkedContent(COSName.ARTIFACT, background());
            adapter.endMarkedContent();
            adapter.restoreGraphics();
        }));
    }

    @Test
    void anArtifactIsWrittenBeforeWhatIsDrawnInIt() throws IOException {
        assertEquals(List.of("BDC /Artifact", "re", "f", "EMC"), operators(adapter -> {
            adapter.beginMarkedContent(COSName.ARTIFACT, background());
            adapter.fillRect(0, 0, 10, 10);
            adapter.endMarkedContent();
        }));
    }

    @Test
    void sequencesInsideAnArtifactKeepItAndEmptyOnesInsideAreLeftOut() throws IOException {
        COSDictionary span = new COSDictionary();
        span.setInt(COSName.MCID, 0);
        assertEquals(List.of("BDC /Artifact", "BDC /Span", "EMC", "EMC", "BDC /Artifact", "re", "f", "EMC"),
                operators(adapter -> {
                    adapter.beginMarkedContent(COSName.ARTIFACT, background());
                    adapter.beginMarkedContent(COSName.getPDFName("Span"), span); // real content: always kept
                    adapter.endMarkedContent();
                    adapter.beginMarkedContent(COSName.ARTIFACT, background());
                    adapter.endMarkedContent();
                    adapter.endMarkedContent();
                    adapter.beginMarkedContent(COSName.ARTIFACT, background());
                    adapter.fillRect(0, 0, 10, 10);
                    adapter.endMarkedContent();
                }));
    }

    @Test
    void theFlagshipHasNoEmptyArtifactAndStillMarksItsBordersAndPageNumbers() throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.bundled("ha-tinh-4086-2012").files()); // shared, rendered once per JVM
        int artifacts = 0;
        int empty = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<String> ops = operators(page);
                for (int i = 0; i + 1 < ops.size(); i++) {
                    if (ops.get(i).equals("BDC /Artifact") || ops.get(i).equals("BMC /Artifact")) {
                        artifacts++;
                        if (ops.get(i + 1).equals("EMC")) {
                            empty++;
                        }
                    }
                }
            }
        }
        assertEquals(0, empty, "empty /Artifact sequences");
        assertTrue(artifacts >= 23, "every page's number and the table borders are still artifacts: " + artifacts);
    }

    private interface Drawing {
        void draw(PdfContentStreamAdapter adapter) throws IOException;
    }

    private static COSDictionary background() {
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.BACKGROUND);
        return dict;
    }

    /** The operators a drawing writes to a page, marked-content ones with their tag. */
    private static List<String> operators(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                drawing.draw(new PdfContentStreamAdapter(stream));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                return operators(saved.getPage(0));
            }
        }
    }

    private static List<String> operators(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                String name = operator.getName();
                ops.add(name.equals("BDC") || name.equals("BMC")
                        ? name + " /" + ((COSName) operands.get(0)).getName() : name);
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        return ops;
    }
}

package plandoc.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Each page's content Flate-compressed once, after the tags are mended. openhtmltopdf paints the pages uncompressed
 * here ({@code testMode}: in 1.1.65 it only turns compression off) because {@link RepeatedHeaders} reads and rewrites
 * most pages of a long table again: compressed by the painter, they were inflated, edited and deflated a second time
 * (a 2,000-item plan: ~0.3 s of the render thread's CPU in deflate alone, s25-cold). The streams are made as PDFBox's
 * {@code PDPageContentStream} made them (a new stream, {@code /Filter /FlateDecode}, the same deflate level), so the
 * saved bytes are the same.
 */
final class PageContents {
    private PageContents() {
    }

    /** Every page's content stream that has no filter yet, compressed; the ones {@link RepeatedHeaders} wrote are. */
    static void compress(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream && unfiltered(stream)) {
                page.setContents(compressed(document, stream));
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase item = array.getObject(i);
                    if (item instanceof COSStream stream && unfiltered(stream)) {
                        array.set(i, compressed(document, stream).getCOSObject());
                    }
                }
            }
        }
    }

    private static boolean unfiltered(COSStream stream) {
        return stream.getFilters() == null;
    }

    private static PDStream compressed(PDDocument document, COSStream stream) throws IOException {
        byte[] content;
        try (InputStream in = stream.createRawInputStream()) {
            content = in.readAllBytes();
        }
        PDStream contents = new PDStream(document);
        try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
        return contents;
    }
}

package plandoc.render.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The document's four faces (the PDF's: Times New Roman, an office's own serif files or Liberation Serif) as
 * java.awt fonts, for the text of an SVG picture ({@link SvgPicture}): the Word copy's chart is lettered as its PDF's,
 * not in whatever sans serif the building machine has. Read at the first SVG a build draws, once, and only then.
 */
final class SvgFonts {
    private final Supplier<List<byte[]>> files;
    private List<Font> fonts;

    /** {@code files}: regular, bold, italic, bold italic (pdf.PdfFonts#faceFiles). */
    SvgFonts(Supplier<List<byte[]>> files) {
        this.files = files;
    }

    /**
     * Regular, bold, italic, bold italic, each 1 pt; none when java.awt cannot read one of them (the PDF has read
     * it): the picture's text is then drawn in the machine's fonts, as before s28, rather than not at all.
     */
    synchronized List<Font> faces() throws IOException {
        if (fonts == null) {
            List<Font> read = new ArrayList<>();
            for (byte[] file : files.get()) {
                try {
                    read.add(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file)));
                } catch (FontFormatException e) {
                    read.clear();
                    break;
                }
            }
            fonts = List.copyOf(read);
        }
        return fonts;
    }
}

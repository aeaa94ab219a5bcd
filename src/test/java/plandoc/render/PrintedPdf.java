package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A rendered PDF read back with PDFBox: where each character landed, page by page. */
final class PrintedPdf implements Closeable {

    static final float MM = 72f / 25.4f;

    /** One character as printed: page (1-based), baseline position from the top-left, size. */
    record Glyph(int page, String text, float x, float baseline, float width, float height) {
        float right() {
            return x + width;
        }
    }

    private final PDDocument document;
    private final List<Glyph> glyphs;

    PrintedPdf(byte[] bytes) throws IOException {
        this.document = Loader.loadPDF(bytes);
        this.glyphs = readGlyphs(document);
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /** Glyphs in the top margin (above 20 mm): only a page number may be there. */
    List<Glyph> topMargin(int page) {
        return glyphs.stream().filter(g -> g.page() == page && g.baseline() < 20 * MM).toList();
    }

    /** Glyphs below the top margin. */
    List<Glyph> body(int page) {
        return glyphs.stream().filter(g -> g.page() == page && g.baseline() >= 20 * MM).toList();
    }

    /** The number printed in the top margin of {@code page}, "" when there is none. */
    String pageNumber(int page) {
        String number = topMargin(page).stream().map(Glyph::text).collect(Collectors.joining());
        if (!number.matches("\\d*")) {
            throw new AssertionError("only a page number may sit in the top margin of page " + page + ": " + number);
        }
        return number;
    }

    /** The text lines of {@code page}, without its page number. */
    List<String> lines(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.matches("\\d+")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page whose first line is {@code heading}. */
    int pageStartingWith(String heading) {
        for (int page = 1; page <= pages(); page++) {
            List<String> lines = lines(page);
            if (!lines.isEmpty() && lines.get(0).equals(heading)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    boolean isPortrait(int page) {
        PDRectangle box = document.getPage(page - 1).getMediaBox();
        return box.getHeight() > box.getWidth();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static List<Glyph> readGlyphs(PDDocument document) throws IOException {
        List<Glyph> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        found.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
                                p.getWidthDirAdj(), p.getHeightDir()));
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return found;
    }
}

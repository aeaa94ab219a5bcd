package plandoc.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A PDF read back as printed lines: the glyphs PDFBox positions, grouped by baseline, with the style
 * of their font. What a reader sees, without any knowledge of how the PDF was made.
 */
public final class PrintedLines {

    static final float MM = 72f / 25.4f;

    /** One glyph: page (1-based), position from the top-left of the page in points, font style. */
    public record Glyph(int page, String text, float x, float baseline, float width, float size, boolean bold, boolean italic) {
        public float right() {
            return x + width;
        }
    }

    /** Glyphs sharing a baseline (within 2 pt), left to right. */
    public record Line(int page, List<Glyph> glyphs) {
        float baseline() {
            return glyphs.get(0).baseline();
        }

        float left() {
            return glyphs.stream().map(Glyph::x).min(Float::compare).orElseThrow();
        }

        float right() {
            return glyphs.stream().map(Glyph::right).max(Float::compare).orElseThrow();
        }

        /** The size most of the line is printed in. */
        float size() {
            return glyphs.stream().collect(Collectors.groupingBy(Glyph::size, Collectors.counting())).entrySet().stream()
                    .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        /** The text, a space where glyphs are further apart than a fifth of the font size. */
        String text() {
            StringBuilder out = new StringBuilder();
            Glyph previous = null;
            for (Glyph g : glyphs) {
                if (previous != null && g.x() - previous.right() > g.size() / 5) {
                    out.append(' ');
                }
                out.append(g.text());
                previous = g;
            }
            return out.toString();
        }

        boolean allBold() {
            return glyphs.stream().allMatch(Glyph::bold);
        }

        boolean allItalic() {
            return glyphs.stream().allMatch(Glyph::italic);
        }

        boolean anyRegular() {
            return glyphs.stream().anyMatch(g -> !g.bold() && !g.italic());
        }
    }

    /** A page: its size and its lines top to bottom. */
    public record Page(int number, float width, float height, List<Line> lines) {
        boolean portrait() {
            return height > width;
        }

        /** Lines below the top margin (the page number sits in the margin). */
        List<Line> body() {
            return lines.stream().filter(l -> l.baseline() >= 20 * MM).toList();
        }

        /** The page number printed in the top margin, "" when there is none. */
        String pageNumber() {
            return lines.stream().filter(l -> l.baseline() < 20 * MM).map(Line::text).collect(Collectors.joining());
        }
    }

    private PrintedLines() {
    }

    /**
     * The printed size in points, from the text matrix (getFontSizeInPt truncates 13.99 to 13, which
     * would make 14 pt body text and a 13 pt table alike).
     */
    private static float size(TextPosition p) {
        float scale = Math.abs(p.getYScale());
        return scale > 0 ? scale : p.getFontSizeInPt();
    }

    public static List<Page> read(PDDocument document) throws IOException {
        List<List<Glyph>> perPage = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            perPage.add(new ArrayList<>());
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        String font = p.getFont().getName() == null ? "" : p.getFont().getName().toLowerCase(Locale.ROOT);
                        perPage.get(getCurrentPageNo() - 1).add(new Glyph(getCurrentPageNo(), p.getUnicode(),
                                p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size(p),
                                font.contains("bold"), font.contains("italic") || font.contains("oblique")));
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < perPage.size(); i++) {
            PDRectangle box = document.getPage(i).getMediaBox();
            boolean rotated = document.getPage(i).getRotation() % 180 != 0;
            float width = rotated ? box.getHeight() : box.getWidth();
            float height = rotated ? box.getWidth() : box.getHeight();
            pages.add(new Page(i + 1, width, height, lines(i + 1, perPage.get(i))));
        }
        return pages;
    }

    private static List<Line> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(Glyph::baseline));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) <= 2f) {
                last.add(g);
            } else {
                groups.add(new ArrayList<>(List.of(g)));
            }
        }
        return groups.stream().map(group -> {
            group.sort(Comparator.comparing(Glyph::x));
            return new Line(page, List.copyOf(group));
        }).toList();
    }
}

package plandoc.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The site's web fonts: the bundled Liberation Serif faces cut down (fontbox's {@link TTFSubsetter}) to the
 * characters a Vietnamese plan prints, about a third of the whole files (s36 review M3: a phone without Times
 * New Roman fetched 1.5 MB). Made by the Maven build (antrun, {@code process-classes}) with {@link #main}, so a
 * build only copies them. A fixed set, not the characters of the pages: a new plan's character must not change
 * the files, and one outside the set is drawn by the next font the stylesheet names (the browser falls back per
 * character), never as a box. No WOFF2: no maintained Java encoder exists; a server gzipping font/ttf halves them.
 */
final class WebFontSubset {
    /** Where the subset faces are packaged, under their bundled names. */
    static final String RESOURCE_FOLDER = "plandoc/fonts/web/";

    /**
     * The code points kept, first and last of each range: Latin with Vietnamese (Ơ ơ Ư ư, the combining tones,
     * Latin Extended Additional), typographic punctuation, currency (₫), letterlike (№), arrows, mathematical
     * operators (≤ ×) and geometric shapes (bullets). The stylesheet's {@code unicode-range} (assets/plandoc.css)
     * is this list.
     */
    static final List<int[]> RANGES = List.of(
            new int[] {0x20, 0x7E}, new int[] {0xA0, 0x17F}, new int[] {0x1A0, 0x1A1}, new int[] {0x1AF, 0x1B0},
            new int[] {0x2C6, 0x2DD}, new int[] {0x300, 0x303}, new int[] {0x309, 0x309}, new int[] {0x323, 0x323},
            new int[] {0x1EA0, 0x1EF9}, new int[] {0x2000, 0x206F}, new int[] {0x20A0, 0x20CF},
            new int[] {0x2100, 0x214F}, new int[] {0x2190, 0x21FF}, new int[] {0x2200, 0x22FF},
            new int[] {0x25A0, 0x25FF});

    /**
     * The tables kept: those a browser needs to draw, and the hinting ones (fpgm, prep, cvt), which the glyphs'
     * own instructions call. Not the layout tables (kern, GPOS, GSUB): fontbox would copy them as they are, naming
     * the whole font's glyph numbers, which the subset renumbers (a ligature would become another letter). So this
     * fallback face has no kerning pairs; a browser with Times New Roman never fetches it.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cmap", "hmtx", "glyf",
            "name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

    private WebFontSubset() {
    }

    /** Writes the four subset faces under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(RESOURCE_FOLDER);
        Files.createDirectories(folder);
        for (String name : PdfFonts.bundledNames()) {
            Files.write(folder.resolve(name), subset(bundled(name)));
        }
    }

    /** The packaged subset of the bundled face {@code name}, or one made now when plandoc was not packaged. */
    static byte[] packaged(String name) throws IOException {
        try (InputStream in = WebFontSubset.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        return subset(bundled(name));
    }

    /** {@code font} with only the glyphs of {@link #RANGES} (and the glyphs those are composed of). */
    static byte[] subset(byte[] font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int[] range : RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        subsetter.add(c);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 2);
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = WebFontSubset.class.getClassLoader().getResourceAsStream(PdfFonts.BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": not in plandoc's jar; the jar is incomplete");
            }
            return in.readAllBytes();
        }
    }
}

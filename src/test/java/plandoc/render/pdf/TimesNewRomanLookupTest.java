package plandoc.render.pdf;

import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times New Roman is embedded when all four faces are found (in the templates' fonts/ folder, then the
 * system's font folders), else Liberation Serif. The stand-in "Times New Roman" here is Liberation
 * Serif copied under the TNR file names with the faces swapped, so the embedded font shows which file
 * was read.
 */
class TimesNewRomanLookupTest {

    @TempDir
    Path dir;

    @Test
    void allFourFacesInASystemFolderAreEmbedded() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path system = Files.createDirectories(dir.resolve("usr/share/fonts/truetype/msttcorefonts"));
        install(system, "Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
                "Times_New_Roman_Bold_Italic.ttf");

        PdfFonts fonts = PdfFonts.load(templates, List.of(templates.resolve("fonts"), dir.resolve("usr/share/fonts")));

        assertTrue(fonts.timesNewRoman(), fonts.source());
        assertFalse(fonts.fallback());
        assertTrue(fonts.source().contains("usr/share/fonts"), fonts.source());
        // The "regular" file is Liberation Serif Bold: body text is printed with the file found.
        assertTrue(embeddedFonts(fonts).stream().anyMatch(name -> name.endsWith("LiberationSerif-Bold")), embeddedFonts(fonts).toString());
    }

    @Test
    void theTemplatesFolderComesBeforeTheSystem() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        install(Files.createDirectories(templates.resolve("fonts")), "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
        Path system = Files.createDirectories(dir.resolve("system"));
        install(system, "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");

        PdfFonts fonts = PdfFonts.load(templates, List.of(templates.resolve("fonts"), system));

        assertTrue(fonts.timesNewRoman());
        assertTrue(fonts.source().contains(templates.resolve("fonts").toString()), fonts.source());
    }

    @Test
    void threeFacesAreNotEnoughLiberationSerifIsEmbedded() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path system = Files.createDirectories(dir.resolve("Fonts"));
        install(system, "times.ttf", "timesbd.ttf", "timesi.ttf");

        PdfFonts fonts = PdfFonts.load(templates, List.of(templates.resolve("fonts"), system, dir.resolve("missing")));

        assertFalse(fonts.timesNewRoman());
        assertTrue(fonts.fallback(), "the build summary says Liberation Serif was embedded");
        assertTrue(embeddedFonts(fonts).stream().anyMatch(name -> name.endsWith("LiberationSerif")), embeddedFonts(fonts).toString());
    }

    /**
     * s28 tryout F2: a "Times New Roman" without the Vietnamese letters (an old or Western-only copy, as some font
     * packages hold) printed "#Y BAN NHÂN DÂN" at exit 0. Such a copy is passed over: the stand-in is embedded and
     * the build's warning says Times New Roman was not found.
     */
    @Test
    void aTimesNewRomanWithoutVietnameseLettersIsPassedOver() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path system = Files.createDirectories(dir.resolve("Fonts"));
        install(system, "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
        // The regular face cut down to the ASCII letters, as a Western-only font is.
        Path regular = system.resolve("times.ttf");
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(Files.readAllBytes(regular)))) {
            org.apache.fontbox.ttf.TTFSubsetter subset = new org.apache.fontbox.ttf.TTFSubsetter(font);
            for (int c = 0x20; c < 0x7f; c++) {
                subset.add(c);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            subset.writeToStream(out);
            Files.write(regular, out.toByteArray());
        }

        PdfFonts fonts = PdfFonts.load(templates, List.of(templates.resolve("fonts"), system));

        assertFalse(fonts.timesNewRoman(), fonts.source());
        assertTrue(fonts.fallback());
        assertTrue(PdfFonts.standIn(templates, Optional.of(system)), "check warns as build prints");
    }

    /**
     * s29 tryout F8: Liberation Serif copied under Times New Roman's file names was taken for it, the build said "0
     * cảnh báo" and the PDF embedded LiberationSerif. A face's name table must say Times New Roman and the face its file
     * name stands for; else it is passed over as a missing face, and the search says what the file holds.
     */
    @Test
    void anotherFontUnderTimesNewRomansNamesIsPassedOver() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path fonts = Files.createDirectories(templates.resolve("fonts"));
        String[] names = {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"};
        String[] liberation = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf"};
        for (int i = 0; i < names.length; i++) {
            Files.write(fonts.resolve(names[i]), bundled(liberation[i]));
        }

        PdfFonts renamed = PdfFonts.load(templates, List.of(templates.resolve("fonts")));
        assertFalse(renamed.timesNewRoman(), renamed.source());
        assertTrue(renamed.fallback());
        assertTrue(PdfFonts.standIn(templates, Optional.empty()), "check warns as build prints");
        assertEquals("bundled Liberation Serif", PdfFonts.facesKey(templates, Optional.empty()));
        PdfFonts.FolderSearch search = PdfFonts.searched(templates, Optional.empty()).get(0);
        assertEquals(List.of(new PdfFonts.OtherFont("times.ttf", "REGULAR", "Liberation Serif", "Regular"),
                new PdfFonts.OtherFont("timesbd.ttf", "BOLD", "Liberation Serif", "Bold"),
                new PdfFonts.OtherFont("timesi.ttf", "ITALIC", "Liberation Serif", "Italic"),
                new PdfFonts.OtherFont("timesbi.ttf", "BOLD_ITALIC", "Liberation Serif", "Bold Italic")),
                search.otherFonts());
        assertEquals(4, search.lacking().size(), "the four files are to be replaced");

        // Times New Roman's names in the name table, but the bold file holds the regular face: passed over too.
        for (int i = 0; i < names.length; i++) {
            Files.write(fonts.resolve(names[i]), plandoc.TestFonts.timesNewRoman(bundled(liberation[i]), SUBFAMILIES[i]));
        }
        Files.write(fonts.resolve("timesbd.ttf"), plandoc.TestFonts.timesNewRoman(bundled(liberation[0]), "Regular"));
        assertTrue(PdfFonts.load(templates, List.of(templates.resolve("fonts"))).fallback());
        assertEquals(List.of(new PdfFonts.OtherFont("timesbd.ttf", "BOLD", "Times New Roman", "Regular")),
                PdfFonts.searched(templates, Optional.empty()).get(0).otherFonts());

        // Every face named as it should be: Times New Roman.
        Files.write(fonts.resolve("timesbd.ttf"), plandoc.TestFonts.timesNewRoman(bundled(liberation[1]), "Bold"));
        assertTrue(PdfFonts.load(templates, List.of(templates.resolve("fonts"))).timesNewRoman());
    }

    private static final String[] SUBFAMILIES = {"Regular", "Bold", "Italic", "Bold Italic"};

    /**
     * Liberation Serif's faces under TNR names, named Times New Roman in their name tables, regular and bold swapped
     * (regular, bold, italic, bold italic order).
     */
    private static void install(Path folder, String... names) throws IOException {
        String[] faces = {"LiberationSerif-Bold.ttf", "LiberationSerif-Regular.ttf", "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf"};
        for (int i = 0; i < names.length; i++) {
            Files.write(folder.resolve(names[i]), plandoc.TestFonts.timesNewRoman(bundled(faces[i]), SUBFAMILIES[i]));
        }
    }

    private static byte[] bundled(String face) throws IOException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(PdfFonts.BUNDLED + face)) {
            return in.readAllBytes();
        }
    }

    private static List<String> embeddedFonts(PdfFonts fonts) throws Exception {
        PdfRenderer renderer = new PdfRenderer(fonts, "html { font-family: \"Times New Roman\"; font-size: 14pt; }",
                RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        byte[] pdf = renderer.render("<html><head><title>t</title></head><body><p>Kế hoạch chuyển đổi số</p></body></html>",
                info, List.of(), Map.of(), Map.of());
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }
}

package plandoc.render;

import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.diagnostic.Messages;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office with a Times New Roman licence puts its TrueType files in {@code templates/fonts/}.
 * Liberation Sans stands in for those files here, because it is visibly not the bundled serif.
 */
class FontOverrideTest {

    private static final String LIBERATION = StandInFonts.LIBERATION;

    @TempDir
    Path temp;

    @Test
    void fontsInTheTemplatesFolderAreEmbeddedInsteadOfTheBundledOnes() throws Exception {
        Path templates = TemplatesCopy.into(temp);
        StandInFonts.install(templates);
        RenderedPlan rendered = TestRenderers.over(templates).render(FixturePlans.standalonePlan());

        try (PrintedPdf pdf = new PrintedPdf(rendered.file("25-KH-STTTT.pdf").bytes())) {
            TreeSet<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.document().getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.stream().allMatch(f -> f.startsWith("LiberationSans")), fonts.toString());
        }
    }

    @Test
    void theSiteNeverPublishesAnOfficesLicensedFonts() throws Exception {
        Path templates = TemplatesCopy.into(temp);
        StandInFonts.install(templates);
        BuildReport result = Publishing.publish(java.util.List.of(FixturePlans.standalonePlan()), templates,
                temp.resolve("site"));

        assertTrue(result.ok(), result.problems().toString());
        // The bundled Liberation Serif as packaged for the web (subset, s36), never the office's file.
        assertArrayEquals(resource("plandoc/fonts/web/LiberationSerif-Regular.ttf"),
                Files.readAllBytes(temp.resolve("site/assets/fonts/LiberationSerif-Regular.ttf")));
    }

    @Test
    void anIncompleteSetOfFontsIsReported() throws IOException {
        Path templates = TemplatesCopy.into(temp);
        StandInFonts.install(templates, "serif-regular.ttf", "LiberationSans-Regular.ttf");

        RenderException error = assertThrows(RenderException.class, () -> TestRenderers.over(templates));

        RenderProblem problem = error.toProblem();
        assertEquals(RenderProblem.Kind.IO, problem.kind());
        assertEquals(templates.resolve("fonts/serif-bold.ttf").toString(), problem.location(), "the first missing face");
        // In the user's language (s23: the text was a Vietnamese literal, under --lang en too), saying how to fix it.
        String english = problem.format(Messages.forLanguage("en"), "error");
        assertTrue(english.startsWith(problem.location() + ": error: this font file is missing: "), english);
        assertTrue(english.contains("not all four faces") && english.contains("copy this file in"), english);
        String vietnamese = problem.format(Messages.forLanguage("vi"), "lỗi");
        assertTrue(vietnamese.contains("thiếu tệp phông chữ này") && vietnamese.contains("hãy chép thêm"), vietnamese);
    }

    /**
     * s23 re-read M2: a damaged face (here cut to 3,000 bytes) printed a PDF with letters missing at exit 0, or stopped
     * with a defect's exit 3: openhtmltopdf passes over a face it cannot read. It is an error at the file, in the
     * user's language, before any PDF is made.
     */
    @Test
    void aDamagedFontIsReportedAtItsFile() throws IOException {
        Path templates = TemplatesCopy.into(temp);
        Path fonts = Files.createDirectories(templates.resolve("fonts"));
        for (String face : java.util.List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            Files.write(fonts.resolve("serif-" + face.replace("BoldItalic", "bold-italic").toLowerCase(java.util.Locale.ROOT)
                    + ".ttf"), resource(StandInFonts.LIBERATION + "LiberationSerif-" + face + ".ttf"));
        }
        Path regular = fonts.resolve("serif-regular.ttf");
        Files.write(regular, java.util.Arrays.copyOf(Files.readAllBytes(regular), 3000));

        RenderException error = assertThrows(RenderException.class, () -> TestRenderers.over(templates));
        RenderProblem problem = error.toProblem();
        assertEquals(RenderProblem.Kind.IO, problem.kind());
        assertEquals(regular.toString(), problem.location());
        String english = problem.format(Messages.forLanguage("en"), "error");
        assertTrue(english.startsWith(regular + ": error: ") && english.contains("serif-regular.ttf"), english);
    }

    private static byte[] resource(String name) throws IOException {
        return StandInFonts.resource(name);
    }
}

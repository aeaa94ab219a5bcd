package plandoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;

/** A font whose metrics do not read is the officer's to replace, said in their language, not a fault of plandoc. */
class FontMetricsCacheTest {

    @Test
    void aFontWhoseMetricsDoNotReadIsReportedAtThePdfInTheUsersLanguage() {
        FontMetricsCache cache = new FontMetricsCache();
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> cache.get("Times New Roman-700",
                () -> {
                    throw new IOException("bad table 'hmtx'");
                }));

        RenderProblem problem = RenderException.pdfFailed("25-KH-STTTT.pdf", "plan", thrown).toProblem();

        assertEquals(RenderProblem.Kind.IO, problem.kind(), "not exit 3: the font files are the office's");
        assertEquals("25-KH-STTTT.pdf: cannot read the metrics of the font Times New Roman-700 (bad table 'hmtx'): "
                + "the font file may be damaged or not a TrueType font (.ttf); replace the files in the templates' "
                + "fonts/ folder with good font files, or remove them to use the font bundled with plandoc [plan: plan]",
                problem.format(Messages.forLanguage("en")));
        assertTrue(problem.format(Messages.forLanguage("vi")).contains("không đọc được số đo của phông chữ"));
    }

    @Test
    void anyOtherFailureOfThePrintIsStillAFaultOfPlandoc() {
        RenderProblem problem = RenderException.pdfFailed("a.pdf", "plan", new IllegalStateException("x")).toProblem();

        assertEquals(RenderProblem.Kind.INTERNAL, problem.kind());
        assertEquals("render.pdf-failed", problem.message().key());
    }
}

package plandoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.render.RenderSettings;
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;

/**
 * One model, one set of figures: for every bundled plan, every computed amount printed in the page
 * appears identically in the PDF's text, as many times, and the PDF keeps Vietnamese intact.
 */
class OneModelTest {
    @TempDir
    Path site;

    static Stream<Path> bundledPlans() throws IOException {
        return new plandoc.load.PlanLoader(Path.of("")).planFolders(Path.of("content")).stream();
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void everyComputedAmountInThePageIsInThePdf(Path folder) throws IOException {
        PlanOutcome outcome = new Generator(Path.of("")).resolve(folder);
        assertFalse(outcome.problems().hasErrors(), "bundled plan must pass check: " + folder);
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        BuildReport result = Publishing.publish(List.of(plan), Path.of("templates"), site);
        assertTrue(result.ok(), () -> "build problems: " + result.problems());

        Path planDir = site.resolve(plan.info().slug());
        String html = Files.readString(planDir.resolve("index.html"), StandardCharsets.UTF_8);
        String pdf = pdfText(planDir.resolve(plan.info().fileStem() + ".pdf"));

        Map<String, Long> printed = computedFigures(plan);
        assertFalse(printed.isEmpty(), "a plan with budgets prints computed figures");
        Map<String, Long> inPdf = tokens(pdf);
        Map<String, Long> inHtml = tokens(html.replaceAll("<[^>]+>", " "));
        printed.forEach((figure, count) -> {
            assertTrue(inHtml.getOrDefault(figure, 0L) >= count,
                    () -> figure + " printed " + count + "× in the model but " + inHtml.get(figure) + "× in the page");
            assertTrue(inPdf.getOrDefault(figure, 0L) >= count,
                    () -> figure + " printed " + count + "× in the page but " + inPdf.get(figure) + "× in the PDF");
        });

        assertEquals(Normalizer.normalize(pdf, Normalizer.Form.NFC), pdf, "PDF text is NFC");
        assertFalse(pdf.contains("#"), "no glyph fell back to '#'");
        String flat = pdf.replaceAll("\\s+", " ");
        assertTrue(flat.contains(plan.header().placeDate()), "place and date line intact in the PDF");
        assertTrue(flat.contains(plan.signature().name()), "signer intact in the PDF");
        assertTrue(flat.contains(plan.info().funding().text().orElse("").split(" ")[0]), "the plan total is in the PDF");
    }

    /** Every computed money figure of every table, with how often the model prints it. */
    private static Map<String, Long> computedFigures(ResolvedPlan plan) {
        return plan.tables().stream()
                .flatMap(t -> t.rows().stream())
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.value().isPresent() && c.computed())
                .map(CellView::plain)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> tokens(String text) {
        return Arrays.stream(text.split("[\\s()]+")).filter(s -> !s.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

}

package plandoc.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.PdfConformance;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A large synthetic plan (a budget of {@code -Dstress.rows} projects, default {@value #DEFAULT_ROWS})
 * still passes PDF/A-3a and PDF/UA-1: tagging must hold on long tables that break over many pages.
 * The default is what fits in CI; 5,000 rows was run by hand (see docs/format.md, "PDF/A and PDF/UA").
 */
class StressPdfStandardsTest {

    static final int DEFAULT_ROWS = 500;

    @TempDir
    Path content;

    @Test
    void largeBudgetPlanConforms() throws Exception {
        int rows = Integer.getInteger("stress.rows", DEFAULT_ROWS);
        Path folder = content.resolve("stress");
        new SyntheticPlan(1, rows, 4).writeTo(folder);
        PlanOutcome outcome = new Generator(content).resolve(folder);
        assertFalse(outcome.problems().hasErrors(), () -> "synthetic plan must pass check: " + outcome.problems());
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        long start = System.nanoTime();
        byte[] pdf = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                        RenderSettings.defaults()).render(plan).files().stream()
                .filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
        long rendered = System.nanoTime();
        PdfConformance.assertConforms(rows + "-row plan", pdf);
        System.out.printf("stress plan, %d rows: %d bytes, render %d ms, veraPDF (both profiles) %d ms%n", rows,
                pdf.length, (rendered - start) / 1_000_000, (System.nanoTime() - rendered) / 1_000_000);
    }
}

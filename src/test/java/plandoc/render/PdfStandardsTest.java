package plandoc.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.PdfConformance;
import plandoc.load.PlanLoader;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every bundled plan's PDF and every fixture's passes veraPDF's PDF/A-3a and PDF/UA-1 profiles with
 * no failed rule (the comparison PDF: {@code ComparisonDocumentTest}; a large plan:
 * {@code bench.StressPdfStandardsTest}).
 */
class PdfStandardsTest {

    @TempDir
    Path images;

    static Stream<Path> bundledPlans() throws IOException {
        return new PlanLoader(Path.of("")).planFolders(Path.of("content")).stream();
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void bundledPlanConforms(Path folder) throws Exception {
        PlanOutcome outcome = new Generator(Path.of("")).resolve(folder);
        assertFalse(outcome.problems().hasErrors(), "bundled plan must pass check: " + folder);
        PdfConformance.assertConforms(folder.toString(), pdf(TestRenderers.once(folder).files()));
    }

    @Test
    void fixtureDecisionConforms() throws Exception {
        assertConforms(FixturePlans.decision(FixturePlans.writeMap(images)));
    }

    @Test
    void fixtureStandalonePlanConforms() throws Exception {
        assertConforms(FixturePlans.standalonePlan());
    }

    @Test
    void fixtureDecisionWithAttachedPlanConforms() throws Exception {
        assertConforms(FixturePlans.decisionWithAttachedPlan(FixturePlans.writeMap(images)));
    }

    static byte[] pdf(RenderedPlan rendered) {
        return rendered.files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
    }

    private static void assertConforms(ResolvedPlan plan) throws RenderException {
        PdfConformance.assertConforms(plan.info().slug(), pdf(TestRenderers.standard().render(plan)));
    }
}

package plandoc.render;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.layout.LayoutInspector;
import plandoc.resolved.ResolvedPlan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout inspector on every PDF plandoc prints: both bundled plans, the hand-built fixture
 * decisions, and stress plans written here (a long budget, a 12-column budget, a title with an
 * 80-character word, decisions whose signature falls at a page end).
 */
class LayoutOfEveryPdfTest {

    /**
     * Rows of the long budget. 5,000 rows (about 400 landscape pages) pass the inspector but take 90 s
     * to render and inspect on the shared 2-core machine (106 s under load; 1,000 rows: 47 s under
     * load), too slow for CI; 500 rows (40 pages, with every group heading, page break and repeated
     * header the long one has) keep the whole class at about 25 s.
     */
    static final int LONG_BUDGET_ROWS = 500;

    @TempDir
    static Path work;

    static Stream<String> bundledPlans() {
        return Stream.of("ha-tinh-4086-2012", "ha-tinh-424-2022");
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void bundledPlan(String slug) throws Exception {
        // The bundled plan as every reading class shares it (rendered once per test JVM).
        assertInspected(slug, TestRenderers.bundled(slug).files());
    }

    @Test
    void fixtureDecisions() throws Exception {
        assertInspected(FixturePlans.decision(FixturePlans.writeMap(work)));
        assertInspected(FixturePlans.decisionWithAttachedPlan(FixturePlans.writeMap(work)));
        assertInspected(FixturePlans.standalonePlan());
    }

    @Test
    void aLongBudget() throws Exception {
        assertInspected(stress("rows", StressPlans.budget(LONG_BUDGET_ROWS, 2, 3, "")));
    }

    @Test
    void aBudgetOfTwelveColumns() throws Exception {
        assertInspected(stress("columns", StressPlans.budget(40, 2, 4, "")));
    }

    /** 3 phases × 5 sources: 23 columns, too wide for a landscape page even at 12 pt, printed in column parts. */
    @Test
    void aBudgetOfTwentyThreeColumnsInColumnParts() throws Exception {
        ResolvedPlan plan = stress("parts", StressPlans.budget(30, 3, 5, ""));
        assertTrue(plan.tables().get(0).print().parts().size() >= 2, "printed in column parts");
        assertInspected(plan);
    }

    @Test
    void aTitleWithAnEightyCharacterWord() throws Exception {
        assertInspected(stress("word", StressPlans.budget(12, 2, 3, "ma-du-an-" + "x".repeat(71))));
    }

    @Test
    void decisionsWhoseSignatureFallsAtAPageEnd() throws Exception {
        for (int paragraphs = 10; paragraphs <= 16; paragraphs++) {
            assertInspected(stress("sign-" + paragraphs, StressPlans.decision(paragraphs)));
        }
    }

    private static ResolvedPlan stress(String name, String yaml) {
        PlanOutcome outcome = TestPlans.resolve(work.resolve(name), yaml);
        assertTrue(outcome.resolved().isPresent(), TestPlans.messages(outcome).toString());
        return outcome.resolved().get();
    }

    private static void assertInspected(ResolvedPlan plan) throws Exception {
        assertInspected(plan.info().slug(), TestRenderers.standard().render(plan));
    }

    private static void assertInspected(String slug, RenderedPlan rendered) throws Exception {
        List<String> found = new ArrayList<>();
        for (RenderedPlan.OutputFile file : rendered.files()) {
            if (file.name().endsWith(".pdf")) {
                LayoutInspector.inspect(file.bytes()).forEach(v -> found.add(file.name() + " " + v));
            }
        }
        assertEquals(List.of(), found, slug);
    }
}

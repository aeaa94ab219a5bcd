package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.bench.SyntheticPlan;
import plandoc.render.docx.PlanDocument;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.ResolvedPlan;

/**
 * A large plan writes its Word and Excel files after the PDF (issue 17, {@link OfficeOrder}): the same files in
 * the same order with the same bytes as the writers give on their own; the bundled plans stay beside it.
 */
class OfficeOrderTest {

    @Test
    void onlyAPlanWithVeryLongTablesCountsAsLarge(@TempDir Path dir) throws Exception {
        assertFalse(OfficeOrder.large(resolve(Path.of("content/ha-tinh-4086-2012"))));
        assertFalse(OfficeOrder.large(resolve(Path.of("content/ha-tinh-424-2022"))));
        new SyntheticPlan(3, OfficeOrder.LARGE_ROWS, 1).writeTo(dir.resolve("lon"));
        assertTrue(OfficeOrder.large(resolve(dir.resolve("lon"))));
    }

    @Test
    void aLargePlansOfficeFilesAreTheWritersOwnBytesInTheUsualOrder(@TempDir Path dir) throws Exception {
        new SyntheticPlan(3, OfficeOrder.LARGE_ROWS, 1).writeTo(dir.resolve("lon"));
        ResolvedPlan plan = resolve(dir.resolve("lon"));
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        List<String> names = rendered.files().stream().map(RenderedPlan.OutputFile::name).toList();
        int json = names.indexOf("plan.json");
        assertEquals(plan.info().fileStem() + ".docx", names.get(json + 1), names.toString());
        assertEquals(plan.info().fileStem() + ".xlsx", names.get(json + 2), names.toString());
        assertArrayEquals(new PlanDocument().write(plan), rendered.files().get(json + 1).bytes());
        assertArrayEquals(new BudgetWorkbook().write(plan), rendered.files().get(json + 2).bytes());
    }

    private static ResolvedPlan resolve(Path folder) {
        return new Generator(Path.of("")).resolve(folder).resolved().orElseThrow();
    }
}

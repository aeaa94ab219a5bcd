package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.CellRole;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * A table printed in column parts: a totals row ("Tổng cộng") is printed in the parts that hold its
 * figures, never as a label over empty cells in a part of text columns only (424 PHỤ LỤC 04 printed an
 * empty "Tổng" at the end of its first part, which reads as a missing total).
 */
class ColumnPartsTotalsTest {

    @Test
    void aTotalsRowIsPrintedOnlyWhereItsFiguresAre() {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        List<TableView> split = plan.tables().stream().filter(t -> t.print().split()).toList();
        assertFalse(split.isEmpty(), "424 prints some tables in column parts");
        for (TableView table : split) {
            long totals = table.rows().stream().filter(ColumnPartsTotalsTest::totals).count();
            assertTrue(totals > 0, table.id() + " has a totals row");
            long printed = 0;
            for (TableView part : table.print().parts()) {
                for (RowView row : part.rows()) {
                    if (totals(row)) {
                        printed++;
                        assertTrue(row.cells().stream().anyMatch(c -> c.value().isPresent()),
                                part.id() + ": a totals row without a figure");
                    }
                }
            }
            long partsWithFigures = table.print().parts().stream()
                    .filter(p -> p.columns().stream().anyMatch(c -> c.role() == CellRole.MONEY)).count();
            assertEquals(totals * partsWithFigures, printed, table.id() + ": each totals row in every part with figures");
        }
    }

    private static boolean totals(RowView row) {
        return row.kind() == plandoc.resolved.RowKind.GRAND || row.kind() == plandoc.resolved.RowKind.AXIS_TOTAL;
    }
}

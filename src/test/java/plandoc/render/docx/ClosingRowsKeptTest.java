package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import plandoc.compute.TableLayouts;
import plandoc.resolved.AppendixView;
import plandoc.resolved.Block;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;

/**
 * A table with notes keeps the rows that close it whole when they are at most a third of a page, a last row too
 * tall to be kept whole alone among them (s20 re-read, finding 5): decided in compute (TableLayouts), so the Word
 * copy marks those rows "cantSplit" as the PDF keeps them with the notes. Read back with POI.
 */
class ClosingRowsKeptTest {
    private static final String FIXTURE = "src/test/resources/fixtures/tall-last-row";

    @Test
    void theTallLastRowAndTheTotalUnderItAreKeptWholeInTheWordCopy() throws IOException {
        ResolvedPlan plan = PlanDocumentTest.plan(FIXTURE);
        TableBlock block = block(plan.appendices().get(0));
        TableView table = block.table();
        TableLayout layout = block.layouts().get(0);
        assertFalse(table.notes().isEmpty(), "the crossed cells the last item leaves open have a note");
        int last = table.rows().size() - 1;
        assertEquals(RowKind.GRAND, table.rows().get(last).kind());
        int tall = last - 1;
        assertEquals(RowKind.ITEM, table.rows().get(tall).kind());
        // Too tall to be kept whole alone (45 mm), short enough with the total to go with the notes.
        double closing = layout.rows().get(tall).mm() + layout.rows().get(last).mm();
        assertTrue(layout.rows().get(tall).mm() > 45 && closing <= TableLayouts.WHOLE_TABLE_MM,
                "the last item " + layout.rows().get(tall).mm() + " mm, with the total " + closing + " mm");
        assertEquals(List.of(true, true), List.of(layout.rows().get(tall).whole(), layout.rows().get(last).whole()),
                "the PDF keeps them whole");
        assertEquals(List.of(true, true), List.of(layout.wordRowsWhole().get(tall), layout.wordRowsWhole().get(last)),
                "the Word copy keeps them whole");
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            XWPFTable word = PlanDocumentTest.wordTable(doc, table);
            int header = ColumnPartsDocxTest.headerRows(table);
            assertTrue(word.getRow(header + tall).isCantSplitRow(), "the tall last item row does not split");
            assertTrue(word.getRow(header + last).isCantSplitRow(), "nor the total");
        }
    }

    private static TableBlock block(AppendixView appendix) {
        for (Block b : appendix.blocks()) {
            if (b instanceof TableBlock table) {
                return table;
            }
        }
        throw new AssertionError("no table in " + appendix.label());
    }
}

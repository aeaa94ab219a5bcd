package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * The Word copy prints a table too wide for a landscape page in the PDF's column parts (424's PHỤ LỤC
 * 03–05): part after part, each a Word table with the part's columns, at the printed size, STT and title
 * repeated on every row, every part after the first on a new page under "(Tiếp theo)" — read back with POI.
 */
class ColumnPartsDocxTest {

    @Test
    void tablesPrintedInColumnPartsAreInTheSamePartsInWord() throws Exception {
        ResolvedPlan plan = PlanDocumentTest.plan("content/ha-tinh-424-2022");
        List<TableView> split = plan.tables().stream().filter(t -> t.print().split()).toList();
        assertTrue(!split.isEmpty(), "424 prints some tables in column parts");
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            List<IBodyElement> body = doc.getBodyElements();
            for (TableView table : split) {
                int at = firstTableWithRowTitlesOf(body, table, 0);
                for (int p = 0; p < table.print().parts().size(); p++) {
                    TableView part = table.print().parts().get(p);
                    XWPFTable word = (XWPFTable) body.get(at);
                    assertEquals(part.columns().size(), word.getCTTbl().getTblGrid().sizeOfGridColArray(),
                            table.id() + " part " + (p + 1) + ": its columns only");
                    assertEquals(headerRows(part) + part.rows().size(), word.getNumberOfRows(), table.id() + " rows");
                    assertEquals(cellTexts(word, 0, part), rowTitles(part), table.id() + " part " + (p + 1) + ": STT repeated");
                    for (XWPFTableRow row : word.getRows().subList(headerRows(part), word.getNumberOfRows())) {
                        row.getTableCells().forEach(c -> c.getParagraphs().forEach(par -> par.getRuns().forEach(r -> {
                            if (!r.text().isEmpty()) {
                                assertEquals(table.print().sizePt(), r.getFontSizeAsDouble(), 0.01, "the printed size: " + r.text());
                            }
                        })));
                    }
                    if (p + 1 < table.print().parts().size()) {
                        // Next: "(Tiếp theo)" opening a new page, then the next part.
                        int next = at + 1;
                        while (!(body.get(next) instanceof XWPFParagraph par && PlanDocumentTest.plain(par.getText()).equals("(Tiếp theo)"))) {
                            assertTrue(body.get(next) instanceof XWPFParagraph par && (par.getText().isEmpty()
                                    || table.notes().stream().anyMatch(n -> n.plain().equals(par.getText()))
                                    || par.getText().startsWith("Đơn vị")), "only an empty paragraph or a unit line between parts");
                            next++;
                        }
                        XWPFParagraph continued = (XWPFParagraph) body.get(next);
                        assertTrue(continued.isPageBreak(), "each further part on a new page");
                        assertTrue(continued.getRuns().get(0).isItalic());
                        at = next + 1;
                        while (!(body.get(at) instanceof XWPFTable)) {
                            at++;
                        }
                    }
                }
            }
        }
    }

    /**
     * Every table's header, in every part, is a run of rows marked to repeat from the first row, none of its
     * cells merged down (vMerge): LibreOffice 7.4 repeated a merged cell on the next page at the height of its
     * rows' other cells and cut its text (424 PHỤ LỤC 04, "ODA, xã hội hóa và các nguồn hợp pháp khác"). A cell
     * spanning rows stands in the last of them, the cells above it in its columns empty and without the rules
     * between them; no header row is only such empty cells (a row of merge continuations ended LibreOffice's
     * repeated header, so a table's later pages had none).
     */
    @Test
    void headerRowsRepeatWithoutVerticalMerges() throws Exception {
        int spanning = 0;
        for (String folder : List.of("content/ha-tinh-424-2022", "content/ha-tinh-4086-2012")) {
            try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan(folder))) {
                int headers = 0;
                for (XWPFTable table : doc.getTables()) {
                    List<XWPFTableRow> rows = table.getRows();
                    int run = 0;
                    while (run < rows.size() && rows.get(run).isRepeatHeader()) {
                        run++;
                    }
                    for (int r = run; r < rows.size(); r++) {
                        assertTrue(!rows.get(r).isRepeatHeader(), folder + ": a repeated row after the header run");
                    }
                    for (int r = 0; r < run; r++) {
                        XWPFTableRow row = rows.get(r);
                        String where = folder + ": header row " + (r + 1) + " of " + table.getText().substring(0, 40);
                        assertTrue(row.isCantSplitRow(), where + " may split");
                        assertTrue(row.getTableCells().stream().anyMatch(c -> !c.getText().isBlank()), where + " is empty");
                        int column = 0; // in the grid: a cell spanning columns counts each
                        for (XWPFTableCell cell : row.getTableCells()) {
                            int at = column;
                            column += span(cell);
                            assertFalse(cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetVMerge(),
                                    where + ": a vertically merged cell");
                            if (open(cell, "bottom")) {
                                // Empty over the cell it belongs to, which has no rule above it either.
                                assertEquals("", cell.getText(), where);
                                assertTrue(r + 1 < run && open(cellAt(rows.get(r + 1), at), "top"),
                                        where + ": the cell below keeps its rule");
                                spanning++;
                            }
                        }
                    }
                    headers += run > 0 ? 1 : 0;
                }
                assertTrue(headers >= 2, folder + ": tables with a header " + headers);
            }
        }
        assertTrue(spanning > 10, "header cells spanning rows: " + spanning);
    }

    private static int span(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetGridSpan()
                ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
    }

    /** The row's cell that starts at this grid column. */
    private static XWPFTableCell cellAt(XWPFTableRow row, int column) {
        int at = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            if (at == column) {
                return cell;
            }
            at += span(cell);
        }
        throw new AssertionError("no cell starts at column " + column + " of " + row.getTableCells().size());
    }

    /** Whether the cell's rule on this side ("top", "bottom") is taken away. */
    private static boolean open(XWPFTableCell cell, String side) {
        if (!cell.getCTTc().isSetTcPr() || !cell.getCTTc().getTcPr().isSetTcBorders()) {
            return false;
        }
        var borders = cell.getCTTc().getTcPr().getTcBorders();
        var border = side.equals("top") ? borders.getTop() : borders.getBottom();
        return border != null && border.getVal() == STBorder.NIL;
    }

    /** Header rows in which a cell ends: a cell spanning rows is written in its last (none is merged down). */
    static int headerRows(TableView part) {
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (int r = 0; r < part.header().size(); r++) {
            for (var cell : part.header().get(r)) {
                ends.add(Math.min(part.header().size(), r + Math.max(1, cell.rowspan())) - 1);
            }
        }
        return ends.size();
    }

    /** The first Word table (from {@code from}) whose first column is this table's STT column. */
    private static int firstTableWithRowTitlesOf(List<IBodyElement> body, TableView table, int from) {
        TableView first = table.print().parts().get(0);
        for (int i = from; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFTable word && word.getCTTbl().getTblGrid().sizeOfGridColArray() == first.columns().size()
                    && word.getNumberOfRows() == headerRows(first) + first.rows().size()
                    && cellTexts(word, 0, first).equals(rowTitles(first))) {
                return i;
            }
        }
        throw new AssertionError(table.id() + ": no Word table holds its first part");
    }

    private static List<String> rowTitles(TableView part) {
        List<String> titles = new ArrayList<>();
        part.rows().forEach(r -> titles.add(r.cells().get(0).plain()));
        return titles;
    }

    private static List<String> cellTexts(XWPFTable word, int column, TableView part) {
        List<String> texts = new ArrayList<>();
        for (XWPFTableRow row : word.getRows().subList(headerRows(part), word.getNumberOfRows())) {
            texts.add(PlanDocumentTest.plain(row.getCell(column).getText()).replace("\n", ""));
        }
        return texts;
    }
}

package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.resolved.CellRole;
import plandoc.resolved.ColumnView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * A figure column's header of three words or more prints in at most half as many lines as it has words, read back
 * from the PDF: 424's Phụ lục 01 printed its empty "Xã hội hóa" a word a line, "Xã / hội / hóa", the word "xã hội"
 * broken across lines (s34 pages review 5); now "Xã hội / hóa". The Word copy takes the same widths (its table grid),
 * while the workbook's sheet keeps its own (compute.ColumnWidths' header floor is the paper's only).
 */
class HeaderWordsWholeTest {
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void noFigureColumnsHeaderPrintsAWordALine(String slug) throws Exception {
        TestRenderers.Rendered bundled = TestRenderers.bundled(slug);
        ResolvedPlan plan = bundled.plan();
        byte[] pdf = bundled.files().files().stream()
                .filter(f -> f.name().equals(plan.info().fileStem() + ".pdf")).findFirst().orElseThrow().bytes();
        List<String> stacked = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BoldGlyphs glyphs = new BoldGlyphs();
            glyphs.getText(document);
            for (TableView table : plan.tables()) {
                if (table.print().split()) {
                    continue;
                }
                for (ColumnView column : table.columns()) {
                    String label = leaf(column.label());
                    int words = label.split("\\s+").length;
                    if (column.role() == CellRole.TITLE || column.role() == CellRole.TEXT || words < 3) {
                        continue;
                    }
                    int lines = glyphs.linesOf(label);
                    checked.add(table.id() + " " + label);
                    if (lines > (words + 1) / 2) {
                        stacked.add(table.id() + " " + label + ": " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), stacked, slug);
        if (slug.equals("ha-tinh-424-2022")) {
            assertTrue(checked.contains("dang-thuc-hien Xã hội hóa"), checked.toString());
        }
    }

    /**
     * The Word copy's grid gives 424's Phụ lục 01 the PDF's widths, "Xã hội hóa" its header floor among them; the
     * sheet's widths are the ones before it, the column narrower there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-424-2022"})
    void theWordCopysGridHasThePrintedWidths(String slug) throws Exception {
        TestRenderers.Rendered bundled = TestRenderers.bundled(slug);
        ResolvedPlan plan = bundled.plan();
        TableView table = plan.table("dang-thuc-hien").orElseThrow();
        int column = 0;
        while (!leaf(table.columns().get(column).label()).equals("Xã hội hóa")) {
            column++;
        }
        assertTrue(!table.print().sheetWidths().isEmpty()
                && percent(table.print().sheetWidths().get(column)) < percent(table.widths().get(column)) - 1,
                "the sheet keeps its narrower column: " + table.print().sheetWidths() + " / " + table.widths());
        byte[] docx = bundled.files().files().stream()
                .filter(f -> f.name().equals(plan.info().fileStem() + ".docx")).findFirst().orElseThrow().bytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable word = null;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable t && t.getText().contains("Xã hội hóa")
                        && t.getCTTbl().getTblGrid().sizeOfGridColArray() == table.columns().size()) {
                    word = t;
                    break;
                }
            }
            assertTrue(word != null, "Phụ lục 01 in the Word copy");
            double total = 0;
            List<Double> grid = new ArrayList<>();
            for (var col : word.getCTTbl().getTblGrid().getGridColList()) {
                double twips = ((java.math.BigInteger) col.getW()).doubleValue();
                grid.add(twips);
                total += twips;
            }
            for (int c = 0; c < grid.size(); c++) {
                assertEquals(percent(table.widths().get(c)), 100 * grid.get(c) / total, 0.3,
                        "column " + c + " in the Word copy as printed: " + grid);
            }
            assertTrue(grid.get(column) / TWIPS_PER_MM > 14, "Xã hội hóa " + grid.get(column) / TWIPS_PER_MM + " mm");
        }
    }

    /** The header text of the column's own (lowest) header cell, as compute.ColumnWidths.leafLabel. */
    private static String leaf(String label) {
        int at = label.lastIndexOf(" - ");
        return (at < 0 ? label : label.substring(at + 3)).strip();
    }

    private static double percent(String css) {
        return Double.parseDouble(css.substring(0, css.length() - 1));
    }

    /** The document's bold glyphs (the header cells print bold), spaces left out, in content order. */
    private static final class BoldGlyphs extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        BoldGlyphs() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank() && p.getFont().getName() != null && p.getFont().getName().contains("Bold")) {
                    glyphs.add(p);
                }
            }
        }

        /** The lines the first bold {@code text} in the document prints in (the header repeats as it first printed). */
        int linesOf(String text) {
            String wanted = text.replaceAll("\\s+", "");
            for (int i = 0; i + wanted.length() <= glyphs.size(); i++) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < wanted.length() && s.length() < wanted.length(); k++) {
                    s.append(glyphs.get(i + k).getUnicode());
                }
                if (s.toString().equals(wanted)) {
                    TreeSet<Integer> lines = new TreeSet<>();
                    for (int k = 0; k < wanted.length(); k++) {
                        lines.add(Math.round(glyphs.get(i + k).getYDirAdj()));
                    }
                    return lines.size();
                }
            }
            throw new AssertionError("no bold \"" + text + "\"");
        }
    }
}

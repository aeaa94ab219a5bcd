package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * No money figure of the Word copy wraps: read back with POI, every right-aligned (money) cell is at least as
 * wide as its figure measured in the face it prints in (Liberation Serif, Times New Roman's metrics: regular,
 * bold, italic, bold italic) at its size, plus the cell's padding, plus, in an italic row, the twelfth of the
 * line height LibreOffice keeps free at the end of an italic line. The review's plan (s17, finding 7) printed
 * an unallocated "0,125" as "0,12" / "5" in LibreOffice. The padding is the PDF's: 2 pt left, 3 pt right (s20).
 */
class FiguresFitTheirCellsTest {
    private static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-";
    private static final Map<String, Face> FACES = Map.of("Regular", new Face("Regular"), "Bold", new Face("Bold"),
            "Italic", new Face("Italic"), "BoldItalic", new Face("BoldItalic"));
    /** The table text style's size (Styles.TABLE_TEXT) for a run that states none. */
    private static final double STYLE_SIZE = 13;

    /**
     * A tỷ đồng budget whose widest figures are italic, the unallocated money alone in its column, in columns at
     * their figures' width: the long title takes the room the figures do not need.
     */
    private static final String TIGHT = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-kinh-phi
                  title: Kinh phí
                  show: kinh-phi
            budgets:
              - id: kinh-phi
                unit: tỷ đồng
                decimals: 3
                labels: { item: nhiệm vụ }
                axes:
                  - id: nam
                    members:
                      - { id: "2026", label: Năm 2026 }
                      - { id: "2027", label: Năm 2027 }
                  - id: nguon
                    members:
                      - { id: tw, label: Ngân sách Trung ương }
                      - { id: xhh, label: Xã hội hóa }
                totals:
                  - { axis: nam, label: Tổng theo năm }
                groups:
                  - id: ha-tang
                    title: Hạ tầng số
                    unallocated:
                      2027: { xhh: 0.125 }
                    items:
                      - id: chung-thu-so
                        title: Trang bị chứng thư số cho cán bộ, công chức các sở, ban, ngành, Ủy ban nhân dân các huyện,
                          thành phố, thị xã và các xã, phường, thị trấn trên địa bàn tỉnh để ký số văn bản điện tử
                          trong quản lý, điều hành và giải quyết thủ tục hành chính của cơ quan nhà nước các cấp
                        amounts:
                          2026: { tw: 1.115 }
                          2027: { tw: 0.445 }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void bundledFiguresFit(String folder) throws IOException {
        assertFit(new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow(), 100);
    }

    @Test
    void italicFiguresFit() throws IOException {
        List<String> italic = assertFit(TestPlans.resolveClean(dir, TIGHT), 2);
        assertTrue(italic.contains("0,125"), "the unallocated figure is read back italic: " + italic);
    }

    /** Asserts every money cell fits; returns the italic figures seen. */
    private static List<String> assertFit(ResolvedPlan plan, int leastFigures) throws IOException {
        List<String> tooNarrow = new ArrayList<>();
        List<String> italic = new ArrayList<>();
        List<String> wrongPadding = new ArrayList<>();
        int figures = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new PlanDocument().write(plan)))) {
            for (XWPFTable table : doc.getTables()) {
                List<java.math.BigInteger> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                        .map(c -> (java.math.BigInteger) c.getW()).toList();
                // A budget or objectives table (its header cells have their own padding, none above and below) pads a
                // figure 3 pt on the right, as the PDF's .data-table td.cell-money; a Markdown table 2 pt, as .md-table td.
                XWPFTableCell corner = table.getRow(0).getCell(0);
                boolean data = corner.getCTTc().isSetTcPr() && corner.getCTTc().getTcPr().isSetTcMar();
                for (XWPFTableRow row : table.getRows()) {
                    int column = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        int span = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetGridSpan()
                                ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
                        double width = 0;
                        for (int c = column; c < column + span && c < grid.size(); c++) {
                            width += grid.get(c).doubleValue();
                        }
                        column += span;
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            if (p.getAlignment() != ParagraphAlignment.RIGHT) {
                                continue;
                            }
                            var own = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr().getTcMar() : null;
                            double right = own == null || own.getRight() == null ? Tables.PADDING
                                    : ((java.math.BigInteger) own.getRight().getW()).doubleValue();
                            for (XWPFRun run : p.getRuns()) {
                                String text = run.text();
                                if (text.isEmpty() || !text.matches("[-\\d.,]+")) {
                                    continue;
                                }
                                figures++;
                                if (right != (data ? 60 : Tables.PADDING)) {
                                    wrongPadding.add(text + ": " + right + " twips on the right");
                                }
                                double size = run.getFontSizeAsDouble() == null ? STYLE_SIZE : run.getFontSizeAsDouble();
                                String face = (run.isBold() ? "Bold" : "") + (run.isItalic() ? "Italic" : "");
                                double need = FACES.get(face.isEmpty() ? "Regular" : face).em(text) * size * 20
                                        + (run.isItalic() ? size * 1.15 / 12 * 20 : 0) + Tables.PADDING + right;
                                if (run.isItalic()) {
                                    italic.add(text);
                                }
                                if (width < need) {
                                    tooNarrow.add(text + " (" + face + ", " + size + " pt) in " + (int) width
                                            + " twips, needs " + Math.round(need));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(figures >= leastFigures, "money figures read back: " + figures);
        assertEquals(List.of(), tooNarrow, plan.info().fileStem() + ": figures wider than their cells");
        assertEquals(List.of(), wrongPadding.stream().distinct().limit(5).toList(), "3 pt right of a figure, as the PDF");
        return italic;
    }

    /** One face's advance widths, in em. */
    private static final class Face {
        private final TrueTypeFont font;
        private final CmapLookup cmap;

        Face(String name) {
            try (InputStream in = FiguresFitTheirCellsTest.class.getClassLoader().getResourceAsStream(FONTS + name + ".ttf")) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                cmap = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double em(String text) {
            double sum = 0;
            try {
                for (char ch : text.toCharArray()) {
                    sum += font.getAdvanceWidth(cmap.getGlyphId(ch)) / (double) font.getUnitsPerEm();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sum;
        }
    }
}

package plandoc.layout;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.resolved.Block;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled plans' budget and task tables read back from their PDFs row by row ({@link PrintedTableCells}): every
 * amount prints on one line of its cell, and each row prints in as many lines as compute estimated for it
 * (compute.RowHeights, which decides the rows kept whole on a page). The estimate counted an average character
 * (0.52 em) while the widths were chosen by the font's advance widths, so it said up to three lines more than the
 * page printed (with main's code at s31: 26 of 46 rows of 4086's PHỤ LỤC 3 a line taller; 15 of 424's 132 rows two
 * or three lines taller, table chinh-quyen-phan-2 row 1 17 lines for 14 printed), and the widths and the rows kept
 * whole disagreed (s30 F11). Now both count lines alike, on the tall side only within the room kept free in a
 * cell. Amounts never wrapped in these PDFs (money cells are nowrap, pdf.css); that part guards the widths.
 */
class RowHeightEstimateTest {
    private static final double MM_PER_PT = 25.4 / 72;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
    /**
     * The share of rows compute may count a line taller than printed: a cell whose last word fits by less than the room
     * kept free (compute.FewestLines.SLACK_MM), which openhtmltopdf's wrapping may take or not.
     */
    private static final double MOST_OVER = 0.15;

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void everyAmountPrintsOnOneLineAndEveryRowInTheLinesEstimated(String slug) throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<TableView> printed = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<TableLayout> layouts = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        plan.appendices().forEach(a -> blocks.addAll(a.blocks()));
        plan.body().sections().forEach(s -> blocks.addAll(s.blocks()));
        for (Block block : blocks) {
            if (block instanceof TableBlock table) {
                printed.addAll(table.printed());
                layouts.addAll(table.layouts());
                table.printed().forEach(t -> sizes.add(table.table().print().sizePt()));
            }
        }
        List<String> broken = new ArrayList<>();
        List<String> under = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> farOver = new ArrayList<>();
        int amounts = 0;
        int compared = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<PrintedTableCells.Row> bands = PrintedTableCells.read(document, printed);
            for (int t = 0; t < printed.size(); t++) {
                TableView table = printed.get(t);
                int next = 0;
                for (PrintedTableCells.Row band : bands) {
                    if (!band.table().equals(table.id()) || next >= table.rows().size()) {
                        continue;
                    }
                    // A band is the next body row when it prints that row's text whole: a repeated header, and the
                    // parts of a row split over a page, are passed over.
                    String text = squeeze(String.join("", band.cells().stream().flatMap(c -> c.lines().stream()).toList()));
                    int r = next;
                    while (r < table.rows().size() && !squeeze(plain(table.rows().get(r))).equals(text)) {
                        r++;
                    }
                    if (r == table.rows().size()) {
                        continue;
                    }
                    next = r + 1;
                    RowView row = table.rows().get(r);
                    for (PrintedTableCells.Cell cell : band.cells()) {
                        CellRole role = roleAt(row, cell.column());
                        if (role == CellRole.MONEY && !cell.lines().isEmpty()) {
                            amounts++;
                            String line = cell.lines().get(0).strip();
                            if (cell.lines().size() != 1 || line.matches(".*\\d.*") && !AMOUNT.matcher(line).matches()) {
                                broken.add("p." + band.page() + " " + table.id() + " row " + (r + 1) + ": " + cell.lines());
                            }
                        }
                    }
                    int estimated = (int) Math.round((layouts.get(t).rows().get(r).mm() - 1.6)
                            / (1.15 * sizes.get(t) * MM_PER_PT));
                    compared++;
                    String where = "p." + band.page() + " " + table.id() + " row " + (r + 1) + ": printed " + band.lines()
                            + ", estimated " + estimated;
                    if (estimated < band.lines()) {
                        under.add(where);
                    } else if (estimated > band.lines() + 1) {
                        farOver.add(where);
                    } else if (estimated > band.lines()) {
                        over.add(where);
                    }
                }
            }
        }
        assertTrue(amounts > (slug.contains("424") ? 300 : 150), slug + ": amounts read back " + amounts);
        assertEquals(List.of(), broken, slug + ": amounts not on one line of their cell");
        assertEquals(List.of(), under, slug + ": rows printed taller than estimated (of " + compared + ")");
        assertEquals(List.of(), farOver, slug + ": rows estimated two lines or more taller than printed (of " + compared + ")");
        assertTrue(over.size() <= MOST_OVER * compared, slug + ": " + over.size() + " of " + compared
                + " rows estimated taller than printed: " + over);
    }

    private static CellRole roleAt(RowView row, int column) {
        int c = 0;
        for (CellView cell : row.cells()) {
            if (c == column) {
                return cell.role();
            }
            c += Math.max(1, cell.colspan());
        }
        return null;
    }

    private static String plain(RowView row) {
        StringBuilder s = new StringBuilder();
        row.cells().forEach(c -> s.append(c.plain()));
        return s.toString();
    }

    private static String squeeze(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }
}

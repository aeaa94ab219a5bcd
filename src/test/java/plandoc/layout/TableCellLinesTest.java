package plandoc.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import plandoc.render.PrintedWords;

/**
 * The bundled plans' tables read back from their PDFs cell by cell ({@link PrintedTableCells}): no word of any cell
 * is split across its lines (a legal reviewer rejects "Đơn vị tí / nh"), and the tables print in the fewest lines
 * compute.FewestLines found. Their text columns had their longest word, then the rest by the text they hold, so a
 * short column ("Đơn vị chủ trì", "Thời gian thực hiện") kept room its cells did not need beside a description
 * wrapping to ten lines: 4086's tables printed 217 lines (header rows counted on each page), 424's 938; with
 * the width moved to where it saves lines 209 and 903 (s22-widths, docs/benchmarks.md). That narrowed short columns
 * to their longest word, so their body cells printed a word a line where it saved the table a line: "Các / cơ / quan
 * / liên / quan", "UBND / huyện / Hương / Sơn" (17 cells of 424's appendices). A cell of three words or more now
 * prints at most half as many lines as it has words (compute.ColumnWidths.Words#pairedRoom): 4086 209 lines, 424
 * 920 (s23-cols). A body cell is checked by its printed words, each line's words counted between its spaces. The
 * bounds leave a line or two for the layout engine's rounding.
 */
class TableCellLinesTest {

    @ParameterizedTest
    @CsvSource({"ha-tinh-4086-2012, 211", "ha-tinh-424-2022, 924"})
    void theBundledTablesPrintInFewLinesWithEveryWordWholeAndNoCellAWordALine(String slug, int mostLines) throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<TableView> printed = new ArrayList<>();
        for (TableView table : plan.tables()) {
            printed.addAll(table.print().parts().isEmpty() ? List.of(table) : table.print().parts());
        }
        Set<String> words = PrintedWords.of(plan.toString());
        List<String> cut = new ArrayList<>();
        List<String> stacked = new ArrayList<>();
        int lines = 0;
        Set<String> tables = new HashSet<>();
        Map<String, Integer> headerRows = new HashMap<>();
        printed.forEach(t -> headerRows.put(t.id(), t.header().size()));
        // The row bands read so far of each table on each page: the first ones are its (repeated) header.
        Map<String, Integer> bands = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            for (PrintedTableCells.Row row : PrintedTableCells.read(document, printed)) {
                lines += row.lines();
                tables.add(row.table());
                int band = bands.merge(row.page() + " " + row.table(), 1, Integer::sum);
                if (band > headerRows.get(row.table())) {
                    for (PrintedTableCells.Cell cell : row.cells()) {
                        int count = cell.lines().stream().mapToInt(TableCellLinesTest::words).sum();
                        if (count >= 3 && cell.lines().size() > (count + 1) / 2) {
                            stacked.add("p." + cell.page() + " " + cell.table() + " column " + (cell.column() + 1) + ": "
                                    + String.join(" / ", cell.lines()));
                        }
                    }
                }
                for (PrintedTableCells.Cell cell : row.cells()) {
                    for (String line : cell.lines()) {
                        for (String word : PrintedWords.of(line)) {
                            if (!words.contains(word)) {
                                cut.add("p." + cell.page() + " " + cell.table() + " column " + (cell.column() + 1)
                                        + ": \"" + word + "\" in \"" + line + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(tables.size() >= (slug.contains("424") ? 12 : 2), slug + ": tables read back " + tables);
        assertEquals(List.of(), cut, slug + ": words split across a cell's lines");
        assertEquals(List.of(), stacked, slug + ": body cells of three words or more printing about a word a line");
        assertTrue(lines <= mostLines, slug + ": the tables print in " + lines + " lines, more than " + mostLines);
    }

    /**
     * No body cell of four words or more ends on a lone word where the word before could join it: compute ties the
     * last two words of such a cell's lines (compute.ColumnWidths.Words#tiesLastTwo) and the PDF prints them in one
     * nowrap span, "… xử lý văn bản / điện tử", not "… văn bản điện / tử". A lone last word stays only where
     * the line above holds two words, which carrying one down would leave alone ("Các cơ / quan liên / quan"). With
     * main's code (s24) 11 of 4086's cells and 41 of 424's ended on a lone word, the line above holding more words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void noLongCellEndsOnALoneWordTheWordBeforeCouldJoin(String slug) throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<TableView> printed = new ArrayList<>();
        for (TableView table : plan.tables()) {
            printed.addAll(table.print().parts().isEmpty() ? List.of(table) : table.print().parts());
        }
        Map<String, Integer> headerRows = new HashMap<>();
        printed.forEach(t -> headerRows.put(t.id(), t.header().size()));
        Map<String, Integer> bands = new HashMap<>();
        List<String> lone = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            for (PrintedTableCells.Row row : PrintedTableCells.read(document, printed)) {
                if (bands.merge(row.page() + " " + row.table(), 1, Integer::sum) <= headerRows.get(row.table())) {
                    continue;
                }
                for (PrintedTableCells.Cell cell : row.cells()) {
                    List<String> l = cell.lines();
                    int count = l.stream().mapToInt(TableCellLinesTest::words).sum();
                    if (count >= 4 && l.size() > 1 && words(l.get(l.size() - 1)) == 1 && words(l.get(l.size() - 2)) > 2) {
                        lone.add("p." + cell.page() + " " + cell.table() + " column " + (cell.column() + 1) + ": "
                                + String.join(" / ", l));
                    }
                }
            }
        }
        assertEquals(List.of(), lone, slug + ": body cells ending on a lone word");
    }

    /** A printed line's words, between its spaces (a no-break one too). */
    private static int words(String line) {
        return line.strip().split("[\\s\u00a0]+").length;
    }

    /**
     * The s23 tryout's task table (fixture task-names): its first row is three lines tall whatever the widths, so the
     * fewest lines left the columns at the text's share, and a legal reviewer read "Sở Khoa / học và Công / nghệ" and
     * "Rà soát quy trình / xử lý văn bản điện / tử" while "Cơ quan phối hợp" had room. With the table's lines fewest,
     * the widths now also even out how broken its cells read (compute.FewestLines#even): the name in two lines, no
     * body cell ending on a lone word, the table in as many lines as before.
     */
    @Test
    void aTaskTablesNamesAreNotBrokenMidNameWhileAnotherColumnHasRoom() throws Exception {
        String fixture = "src/test/resources/fixtures/task-names";
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of(fixture)).resolved().orElseThrow();
        List<String> lone = new ArrayList<>();
        List<String> name = new ArrayList<>();
        int lines = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(fixture))) {
            List<PrintedTableCells.Row> rows = PrintedTableCells.read(document, plan.tables());
            assertEquals(3, rows.size(), "the header and two tasks");
            for (PrintedTableCells.Row row : rows.subList(1, rows.size())) {
                lines += row.lines();
                for (PrintedTableCells.Cell cell : row.cells()) {
                    List<String> l = cell.lines();
                    String printed = String.join(" / ", l);
                    if (l.size() > 1 && words(l.get(l.size() - 1)) == 1) {
                        lone.add("column " + (cell.column() + 1) + ": " + printed);
                    }
                    if (String.join(" ", l).equals("Sở Khoa học và Công nghệ")) {
                        name.add(printed);
                    }
                }
            }
        }
        assertEquals(2, name.size(), "the lead of task 1 and the partner of task 2: " + name);
        name.forEach(n -> assertTrue(n.split(" / ").length <= 2, n));
        assertEquals(List.of(), lone, "body cells ending on a lone word");
        assertEquals(5, lines, "the two tasks' lines");
    }

}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestFiles;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * The resolved tables decide what the outputs align and how tall a printed header is: a target cell of
 * figures only in a column of its year is a "figure" (centred in the PDF, the Word copy and the site), one with
 * words, or a "- 2015: …" list of the "lines" layout, is text;
 * a column part of row-title columns only has a one-row header.
 */
class FigureTargetsAndPartHeadersTest {

    /**
     * In the "lines" layout each line starts "- 2015: ", so every target cell is a list, left-aligned like the rest of
     * the column, even one of figures only (4086's "Đóng góp vào GDP" was centred until session 16).
     */
    @Test
    void aLinesTargetCellIsTextEvenOfFiguresOnly() {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-4086-2012")).resolved().orElseThrow();
        TableView table = TestPlans.table(plan, "muc-tieu-2020");
        assertEquals("- 2015: 8 - 10%", targets(table, "dong-gop-gdp").lines().get(0).plain());
        assertEquals(CellRole.TEXT, targets(table, "dong-gop-gdp").role(), "8 - 10% and >10 - 20%, in lines");
        ResolvedPlan plan424 = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        TableView table424 = TestPlans.table(plan424, "muc-tieu-2025");
        assertEquals("- 2025: 100%", targets(table424, "mt-may-tinh-can-bo").plain());
        assertEquals(CellRole.TEXT, targets(table424, "mt-may-tinh-can-bo").role());
    }

    /** With a column per year, a cell of figures only is a figure, centred; one with words stays text. */
    @Test
    void aColumnsTargetCellOfFiguresOnlyIsAFigure(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        TestFiles.copyTree(Path.of("content/ha-tinh-4086-2012"), content.resolve("ha-tinh-4086-2012"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Path yaml = content.resolve("ha-tinh-4086-2012/plan.yaml");
        String source = Files.readString(yaml);
        assertTrue(source.contains("layout: lines"));
        Files.writeString(yaml, source.replace("layout: lines", "layout: columns"));
        ResolvedPlan plan = new Generator(dir).resolve(content.resolve("ha-tinh-4086-2012")).resolved().orElseThrow();
        TableView table = TestPlans.table(plan, "muc-tieu-2020");
        List<String> columns = table.columns().stream().map(c -> c.key()).toList();
        RowView gdp = row(table, "dong-gop-gdp");
        CellView in2015 = gdp.cells().get(columns.indexOf("2015"));
        CellView in2020 = gdp.cells().get(columns.indexOf("2020"));
        assertEquals("8 - 10%", in2015.plain());
        assertEquals(CellRole.FIGURE, in2015.role(), "8 - 10%");
        assertEquals(">10 - 20%", in2020.plain());
        assertEquals(CellRole.FIGURE, in2020.role());
        CellView words = row(table, "van-ban-dien-tu").cells().get(columns.indexOf("2015"));
        assertTrue(words.plain().contains("văn bản"), words.plain());
        assertEquals(CellRole.TEXT, words.role());
    }

    @Test
    void aHeaderRowLeftEmptyByAPartIsDropped() {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("TT", 1, 3), new HeaderCell("Nội dung", 1, 3), new HeaderCell("Kinh phí", 2, 1)),
                List.of(),
                List.of());
        assertEquals(List.of(List.of(new HeaderCell("TT", 1, 1), new HeaderCell("Nội dung", 1, 1),
                new HeaderCell("Kinh phí", 2, 1))), ColumnParts.withoutEmptyRows(header));
        List<List<HeaderCell>> whole = List.of(
                List.of(new HeaderCell("TT", 1, 2), new HeaderCell("Kinh phí", 2, 1)),
                List.of(new HeaderCell("TW", 1, 1), new HeaderCell("ĐP", 1, 1)));
        assertEquals(whole, ColumnParts.withoutEmptyRows(whole));
    }

    @Test
    void the424TaskAnnexPartsOfRowTitlesHaveOneHeaderRow() {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        List<TableView> parts = plan.tables().stream().flatMap(t -> t.print().parts().stream())
                .filter(p -> p.columns().stream().noneMatch(c -> c.role() == CellRole.MONEY)).toList();
        assertTrue(parts.size() >= 3, "parts read: " + parts.size());
        parts.forEach(p -> assertEquals(1, p.header().size(), p.id()));
        parts.forEach(p -> assertTrue(p.header().get(0).stream().allMatch(c -> c.rowspan() == 1), p.id()));
    }

    private static CellView targets(TableView table, String anchor) {
        return row(table, anchor).cells().get(2);
    }

    private static RowView row(TableView table, String anchor) {
        return table.rows().stream().filter(r -> r.anchor().equals(anchor)).findFirst().orElseThrow();
    }
}

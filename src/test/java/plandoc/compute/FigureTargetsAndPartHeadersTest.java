package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.CellView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * The resolved tables decide what the outputs align and how tall a printed header is: a target cell of
 * figures only is a "figure" (centred in the PDF, the Word copy and the site), one with words is text;
 * a column part of row-title columns only has a one-row header.
 */
class FigureTargetsAndPartHeadersTest {

    @Test
    void aTargetCellOfFiguresOnlyIsAFigure() {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-4086-2012")).resolved().orElseThrow();
        TableView table = TestPlans.table(plan, "muc-tieu-2020");
        assertEquals("figure", targets(table, "dong-gop-gdp").role(), "8 - 10% and >10 - 20%");
        assertEquals("text", targets(table, "van-ban-dien-tu").role(), "100% văn bản các cấp");
        assertEquals("text", targets(table, "csdl-quan-trong").role(), "a note under the targets");
    }

    @Test
    void aTypedPercentageIsAFigure() {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        TableView table = TestPlans.table(plan, "muc-tieu-2025");
        assertEquals("- 2025: 100%", targets(table, "mt-may-tinh-can-bo").plain());
        assertEquals("figure", targets(table, "mt-may-tinh-can-bo").role());
        assertEquals("text", targets(table, "mt-4g-cap-quang").role(), "100% địa bàn dân cư toàn tỉnh");
        assertEquals("text", targets(table, "mt-ho-so-truc-tuyen").role(), "Trên 50%");
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
                .filter(p -> p.columns().stream().noneMatch(c -> c.role().equals("money"))).toList();
        assertTrue(parts.size() >= 3, "parts read: " + parts.size());
        parts.forEach(p -> assertEquals(1, p.header().size(), p.id()));
        parts.forEach(p -> assertTrue(p.header().get(0).stream().allMatch(c -> c.rowspan() == 1), p.id()));
    }

    private static CellView targets(TableView table, String anchor) {
        RowView row = table.rows().stream().filter(r -> r.anchor().equals(anchor)).findFirst().orElseThrow();
        return row.cells().get(2);
    }
}

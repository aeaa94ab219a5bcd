package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plandoc.Generator;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * Column widths, type size and column parts from the content (docs/format.md, "Tables"), measured with
 * the font's metrics: a text column is never narrower than its longest word when the table can afford
 * it, figures are never cut, a table prints at 13 pt unless it needs 12 pt, and a table too wide for a
 * landscape page prints in column parts that repeat STT and the title.
 */
class ColumnWidthsTest {

    private static ColumnView column(String key, CellRole role) {
        return new ColumnView(key, role, key);
    }

    private static CellView cell(String text, CellRole role) {
        return new CellView(List.of(InlineText.of(text)), role == CellRole.MONEY ? Optional.of(BigDecimal.ONE) : Optional.<BigDecimal>empty(), false, role, 1);
    }

    /** A table of TT, title, {@code texts} text columns and {@code money} figure columns, {@code rows} rows alike. */
    private static TableView table(int texts, int money, int rows, String title, String text, String figure) {
        List<ColumnView> columns = new ArrayList<>(List.of(column("number", CellRole.NUMBER), column("Tên nhiệm vụ", CellRole.TITLE)));
        List<HeaderCell> header = new ArrayList<>(List.of(new HeaderCell("TT", 1, 1), new HeaderCell("Tên nhiệm vụ", 1, 1)));
        for (int t = 1; t <= texts; t++) {
            columns.add(column("Đơn vị " + t, CellRole.TEXT));
            header.add(new HeaderCell("Đơn vị " + t, 1, 1));
        }
        for (int m = 1; m <= money; m++) {
            columns.add(column("Năm " + (2020 + m), CellRole.MONEY));
            header.add(new HeaderCell("Năm " + (2020 + m), 1, 1));
        }
        List<RowView> body = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            List<CellView> cells = new ArrayList<>(List.of(cell(String.valueOf(r), CellRole.NUMBER), cell(title, CellRole.TITLE)));
            for (int t = 1; t <= texts; t++) {
                cells.add(cell(text, CellRole.TEXT));
            }
            for (int m = 1; m <= money; m++) {
                cells.add(cell(figure, CellRole.MONEY));
            }
            body.add(new RowView(plandoc.resolved.RowKind.ITEM, java.util.Optional.of("r" + r), cells));
        }
        return new TableView("bang", TableKind.BUDGET, java.util.Optional.of("Đơn vị tính: triệu đồng"), columns, List.of(header), body, List.of(), false);
    }

    private static double widthMm(TableView table, int column, double available) {
        return Double.parseDouble(table.widths().get(column).replace("%", "")) / 100 * available;
    }

    @Test
    void theWidthsChosenAreKeptOnlyByWhoChecksAgain() {
        // serve's page lane owns what it keeps (issue 17); a one-shot check or build keeps nothing in the process.
        TableView table = table(2, 4, 3, "Xây dựng cơ sở dữ liệu", "Sở Tài chính", "1.500");
        TableView once = ColumnWidths.apply(table);
        assertEquals(0, ChosenWidths.NONE.size(), "a one-shot check keeps no table");
        ChosenWidths kept = new ChosenWidths();
        TableView first = ColumnWidths.apply(table, kept);
        TableView again = ColumnWidths.apply(table(2, 4, 3, "Xây dựng cơ sở dữ liệu", "Sở Tài chính", "1.500"), kept);
        assertEquals(1, kept.size(), "the same measures: one table kept");
        assertEquals(0, new ChosenWidths().size(), "another owner's widths are its own");
        for (TableView laid : List.of(first, again)) {
            assertEquals(once.widths(), laid.widths(), "the kept answer is the search's own");
            assertEquals(once.print().sizePt(), laid.print().sizePt());
        }
        ColumnWidths.apply(table(2, 4, 3, "Xây dựng cơ sở dữ liệu", "Sở Tài chính", "91.500"), kept);
        assertEquals(2, kept.size(), "a figure measured otherwise is searched again");
    }

    @Test
    void aTextColumnIsNeverNarrowerThanItsLongestWordWhenTheTableAffordsIt() {
        // Ten figure columns leave the text columns little room; the short words still fit whole.
        TableView laid = ColumnWidths.apply(table(3, 9, 3, "Nâng cấp hệ thống", "Sở Công thương", "128.000"));
        assertTrue(laid.wide(), "landscape");
        assertFalse(laid.print().split());
        for (int c = 2; c < 5; c++) {
            double need = TextMeasure.mm("thương", laid.print().sizePt(), false) + ColumnWidths.PADDING_MM;
            assertTrue(widthMm(laid, c, ColumnWidths.LANDSCAPE_MM) >= need - 0.01,
                    "column " + c + ": " + widthMm(laid, c, ColumnWidths.LANDSCAPE_MM) + " mm < " + need);
        }
        // A figure column is as wide as its widest figure, no wider: the spare width went to the text.
        double figure = TextMeasure.mm("128.000", laid.print().sizePt(), false) + ColumnWidths.PADDING_MM;
        double header = TextMeasure.mm("2021", laid.print().sizePt(), true) + ColumnWidths.PADDING_MM;
        assertEquals(Math.max(figure, header), widthMm(laid, 6, ColumnWidths.LANDSCAPE_MM), 0.5);
    }

    /**
     * A figure column beside text that can spare the room gets air beside its widest figure (s30 F11, the s29 tryout's
     * Phụ lục II: "300,0" printed 0.9 mm from its left rule while "Nội dung đào tạo" was wide), and the text keeps
     * its lines: no cell prints a line more for it.
     */
    @Test
    void aFigureColumnGetsAirBesideItsFiguresWhenTheTextCanSpareIt() {
        TableView plain = table(1, 3, 2, "Bồi dưỡng kỹ năng số cho cán bộ, công chức", "Ủy ban nhân dân các xã, phường",
                "300,0");
        TableView laid = ColumnWidths.apply(plain);
        assertFalse(laid.wide(), "portrait");
        int size = laid.print().sizePt();
        double aired = TextMeasure.mm("300,0", size, false) + ColumnWidths.PADDING_MM + ColumnWidths.FIGURE_AIR_MM;
        for (int c = 3; c < 6; c++) {
            assertTrue(widthMm(laid, c, ColumnWidths.PORTRAIT_MM) >= aired - 0.01,
                    "column " + c + ": " + widthMm(laid, c, ColumnWidths.PORTRAIT_MM) + " mm < " + aired);
        }
        double title = widthMm(laid, 1, ColumnWidths.PORTRAIT_MM);
        assertEquals(2, TextLines.count("Bồi dưỡng kỹ năng số cho cán bộ, công chức",
                title - ColumnWidths.PADDING_MM - FewestLines.SLACK_MM, size, false), "the title's lines at " + title + " mm");
    }

    @Test
    void aSmallTablePrintsAt13PtAndOneWithLongRowsAt12() {
        TableView small = ColumnWidths.apply(table(1, 2, 5, "Xây dựng cơ sở dữ liệu", "Sở Tài chính", "1.500"));
        assertEquals(13, small.print().sizePt());
        assertFalse(small.wide(), "portrait");
        String paragraph = "Triển khai các nền tảng công nghệ số phục vụ công tác quản lý trên các lĩnh vực thuộc ngành "
                .repeat(6);
        TableView tall = ColumnWidths.apply(table(2, 6, 5, paragraph, paragraph, "10.000"));
        assertEquals(12, tall.print().sizePt(), "rows averaging more than four lines at 13 pt");
    }

    @Test
    void aTableTooWideForALandscapePageIsPrintedInColumnPartsRepeatingTheRowTitles() {
        TableView wide = ColumnWidths.apply(table(1, 20, 4, "Hạ tầng số", "Sở Thông tin và Truyền thông", "125.000"));
        assertTrue(wide.print().split());
        assertEquals(12, wide.print().sizePt());
        List<TableView> parts = wide.print().parts();
        assertTrue(parts.size() >= 2, parts.size() + " parts");
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            TableView part = parts.get(p);
            assertEquals("number", part.columns().get(0).key());
            assertEquals("Tên nhiệm vụ", part.columns().get(1).key());
            part.columns().subList(2, part.columns().size()).forEach(c -> seen.add(c.key()));
            assertEquals(p == 0 ? "" : "(Tiếp theo)", wide.print().captions().get(p));
            assertEquals(part.columns().size(), part.header().get(0).size());
            part.rows().forEach(r -> assertEquals(part.columns().size(), r.cells().size()));
            // Every figure is whole in its part.
            double figure = TextMeasure.mm("125.000", 12, false) + ColumnWidths.PADDING_MM;
            for (int c = 0; c < part.columns().size(); c++) {
                if (part.columns().get(c).role() == CellRole.MONEY) {
                    assertTrue(widthMm(part, c, ColumnWidths.LANDSCAPE_MM) >= figure - 0.01, part.id() + " column " + c);
                }
            }
        }
        assertEquals(wide.columns().subList(2, wide.columns().size()).stream().map(ColumnView::key).toList(), seen,
                "every other column once, in order");
        // The whole table is kept for the screen and the data files.
        assertEquals(23, wide.columns().size());
    }

    /**
     * A short text column ("Đơn vị chủ trì") keeps no more width than its cells need beside the row's description:
     * the description wraps in fewer lines with the rest (s22-widths). The text's share alone gave the short column
     * 19.6 mm here (its cells in 7 lines) and the description 101.0 mm (13 lines a row); s22 narrowed it to 15.6 mm,
     * 10 lines of about a word each beside a 12-line description. Its eleven words keep two a line on average (at
     * most 6 lines, s23-cols); the description keeps the fewest lines it can have, and the width it cannot save a line
     * with goes back to the short column, whose name reads in 4 lines instead of 6 (s24-cols).
     */
    @Test
    void aShortTextColumnLeavesItsSpareWidthToTheDescription() {
        String description = "Triển khai các nền tảng công nghệ số phục vụ công tác quản lý nhà nước trên các lĩnh vực "
                .repeat(8).strip();
        String owner = "Sở Thông tin và Truyền thông, các sở, ban, ngành liên quan";
        TableView laid = ColumnWidths.apply(table(1, 2, 5, description, owner, "1.500"));
        int size = laid.print().sizePt();
        double title = widthMm(laid, 1, ColumnWidths.PORTRAIT_MM) - ColumnWidths.PADDING_MM;
        double unit = widthMm(laid, 2, ColumnWidths.PORTRAIT_MM) - ColumnWidths.PADDING_MM;
        int descriptionLines = TextLines.count(description, title, size, false);
        int ownerLines = TextLines.count(owner, unit, size, false);
        assertEquals(14, descriptionLines, "the description's lines");
        assertEquals(4, ownerLines, "the short column's lines");
        for (String word : owner.split(" ")) {
            assertTrue(TextMeasure.mm(word, size, false) <= unit, "\"" + word + "\" breaks in " + unit + " mm");
        }
    }

    static Stream<String> bundledPlans() {
        return Stream.of("ha-tinh-4086-2012", "ha-tinh-424-2022");
    }

    /**
     * A figure column's header of three words or more prints in at most half as many lines as it has words, as a
     * text cell does: 424's Phụ lục 01 printed its empty "Xã hội hóa" a word a line, "Xã / hội / hóa", beside a roomy
     * "Dự kiến kết quả đạt được" (s34 pages review 5); now "Xã hội / hóa". Counted as openhtmltopdf wraps it.
     */
    @ParameterizedTest
    @MethodSource("bundledPlans")
    void noFigureColumnsHeaderOfThreeWordsPrintsAWordALine(String slug) {
        var plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<String> stacked = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (TableView table : plan.tables()) {
            int size = table.print().sizePt();
            for (TableView t : table.print().split() ? table.print().parts() : List.of(table)) {
                double available = t.wide() ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
                for (int c = 0; c < t.columns().size(); c++) {
                    String label = ColumnWidths.leafLabel(t.columns().get(c).label());
                    int words = label.strip().split("\\s+").length;
                    if (ColumnWidths.isText(t.columns().get(c)) || words < 3) {
                        continue;
                    }
                    checked.add(t.id() + " " + label);
                    int lines = ColumnWidths.headerTextLines(label, widthMm(t, c, available) - ColumnWidths.PRINT_WRAP_MM, size);
                    if (lines > (words + 1) / 2) {
                        stacked.add(t.id() + " " + label + ": " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), stacked);
        if (slug.equals("ha-tinh-424-2022")) {
            assertTrue(checked.contains("dang-thuc-hien Xã hội hóa"), checked.toString());
        }
    }

    /**
     * A short text column narrowed for the description keeps room for its header in three lines at most: FewestLines
     * printed 424's PHỤ LỤC 06 "Đơn / vị / chủ / trì", a word per line (s22 tryout H2).
     */
    @ParameterizedTest
    @MethodSource("bundledPlans")
    void noTextColumnsHeaderPrintsInMoreThanThreeLines(String slug) {
        var plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<String> tall = new ArrayList<>();
        for (TableView table : plan.tables()) {
            List<TableView> printed = table.print().split() ? table.print().parts() : List.of(table);
            for (TableView t : printed) {
                double available = t.wide() ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
                for (int c = 0; c < t.columns().size(); c++) {
                    String label = t.columns().get(c).label();
                    if (ColumnWidths.isText(t.columns().get(c)) && ColumnWidths.headerTextLines(label,
                            widthMm(t, c, available) - FewestLines.SLACK_MM, table.print().sizePt()) > FewestLines.HEADER_LINES) {
                        tall.add(t.id() + " " + t.columns().get(c).key() + ": " + label);
                    }
                }
            }
        }
        assertEquals(List.of(), tall);
    }

    /**
     * A figure column empty in every row (424's "ODA, xã hội hóa và các nguồn hợp pháp khác" in PHỤ LỤC 02–06) is as
     * wide as its header needs in the lines it prints, and no wider: half a millimetre less would wrap it in a line more
     * (or cut its longest word). It kept 0.7 mm its header did not use (22.9 mm, five lines as printed), width its
     * table's text columns now have (s25 tryout L7, s26-cols).
     */
    @Test
    void aFigureColumnEmptyInEveryRowKeepsOnlyWhatItsHeaderNeeds() {
        var plan = new Generator(Path.of(".")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        List<String> empty = new ArrayList<>();
        List<String> roomy = new ArrayList<>();
        for (TableView table : plan.tables()) {
            int size = table.print().sizePt();
            for (TableView t : table.print().split() ? table.print().parts() : List.of(table)) {
                double available = t.wide() ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
                for (int c = 0; c < t.columns().size(); c++) {
                    if (ColumnWidths.isText(t.columns().get(c)) || !emptyInEveryRow(t, c)) {
                        continue;
                    }
                    String label = t.columns().get(c).label();
                    label = label.substring(label.lastIndexOf(" - ") < 0 ? 0 : label.lastIndexOf(" - ") + 3);
                    empty.add(t.id() + " " + label);
                    double width = widthMm(t, c, available);
                    double longestWord = 0;
                    for (String word : label.split("\\s+")) {
                        longestWord = Math.max(longestWord, TextMeasure.mm(word, size, true));
                    }
                    double narrower = width - 0.5;
                    if (narrower >= longestWord + ColumnWidths.PADDING_MM
                            && ColumnWidths.headerTextLines(label, narrower - ColumnWidths.PRINT_WRAP_MM, size)
                                    == ColumnWidths.headerTextLines(label, width - ColumnWidths.PRINT_WRAP_MM, size)) {
                        roomy.add(String.format(java.util.Locale.ROOT, "%s %s: %.1f mm", t.id(), label, width));
                    }
                }
            }
        }
        assertTrue(empty.stream().anyMatch(e -> e.startsWith("nhan-luc ODA")), empty.toString());
        assertEquals(List.of(), roomy);
    }

    private static boolean emptyInEveryRow(TableView table, int column) {
        for (RowView row : table.rows()) {
            int c = 0;
            for (CellView cell : row.cells()) {
                if (c == column && cell.colspan() == 1 && !cell.plain().isBlank()) {
                    return false;
                }
                c += cell.colspan();
            }
        }
        return true;
    }

    /**
     * A text cell of three words or more prints at most half as many lines as it has words, paragraph by paragraph,
     * at its column's width less the room FewestLines keeps free: narrowed for the description, 424's short columns
     * printed "Các / cơ / quan / liên / quan" and "UBND / huyện / Hương / Sơn" a word a line (s23-cols).
     */
    @ParameterizedTest
    @MethodSource("bundledPlans")
    void noCellOfThreeWordsOrMorePrintsAWordALine(String slug) {
        List<String> stacked = new ArrayList<>();
        textCells(slug, (t, c, cell, widthMm, size, bold) -> {
            double room = widthMm - ColumnWidths.PADDING_MM - FewestLines.SLACK_MM;
            for (String paragraph : cell.plain().split("\n")) {
                int words = paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length;
                int lines = TextLines.count(paragraph, room, size, bold);
                if (words >= 3 && lines > (words + 1) / 2) {
                    stacked.add(t.id() + " " + t.columns().get(c).key() + ": \"" + paragraph + "\" in " + lines + " lines");
                }
            }
        });
        assertEquals(List.of(), stacked);
    }

    /**
     * No word is broken inside a cell of a bundled plan's tables unless it is longer than the column could
     * ever be ({@link ColumnWidths#BREAKABLE_WORD_MM}): every text column of every printed table (or
     * column part) is at least as wide as its longest word at the table's type size.
     */
    @ParameterizedTest
    @MethodSource("bundledPlans")
    void noWordBreaksInsideACellOfABundledPlan(String slug) {
        List<String> broken = new ArrayList<>();
        textCells(slug, (t, c, cell, widthMm, size, bold) -> {
            double room = widthMm - ColumnWidths.PADDING_MM + 0.01;
            for (String word : cell.plain().split("\\s+")) {
                double w = TextMeasure.mm(word, size, bold);
                if (w > room && w <= ColumnWidths.BREAKABLE_WORD_MM) {
                    broken.add(t.id() + " " + t.columns().get(c).key() + ": " + word);
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    /** A text cell of one column as printed: its table (or column part), column, cell, the column's width in mm. */
    private interface TextCell {
        void accept(TableView printed, int column, CellView cell, double widthMm, int sizePt, boolean bold);
    }

    /** Every single-column text cell of every printed table (or column part) of a bundled plan. */
    private static void textCells(String slug, TextCell visit) {
        var plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        for (TableView table : plan.tables()) {
            int size = table.print().sizePt();
            for (TableView t : table.print().split() ? table.print().parts() : List.of(table)) {
                double available = t.wide() ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
                for (RowView row : t.rows()) {
                    boolean bold = row.kind() != plandoc.resolved.RowKind.ITEM && row.kind() != plandoc.resolved.RowKind.UNALLOCATED;
                    int c = 0;
                    for (CellView cell : row.cells()) {
                        if (cell.colspan() == 1 && ColumnWidths.isText(t.columns().get(c))) {
                            visit.accept(t, c, cell, widthMm(t, c, available), size, bold);
                        }
                        c += cell.colspan();
                    }
                }
            }
        }
    }
}

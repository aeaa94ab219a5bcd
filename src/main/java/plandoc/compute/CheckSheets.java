package plandoc.compute;

import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellSum;
import plandoc.resolved.CellView;
import plandoc.resolved.CheckRow;
import plandoc.resolved.CheckSheetView;
import plandoc.resolved.DeclaredFigure;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SheetCell;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.SplitSums;
import plandoc.resolved.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The check sheet ("Kiểm tra") in a finance officer's words: for every figure an earlier document printed, the
 * table's sheet, the row as the table prints it ("3. Trang bị chứng thư số …", "Tổng cộng"), the figure, its unit,
 * the figure as printed and as the rows add it up; a figure the rows do not determine on its own (a crossed cell of
 * items given by source and by year separately) is said to be printed as the document prints it, within the range
 * the rows allow, not to have failed; each summary total the workbook takes from the appendices beside its sum inside
 * the summary ("Tổng: theo các phụ lục so với cộng trong bảng"); then each {@code split:} row's two breakdowns, added
 * up from the cells printing them. Each row as tall as its wrapped text.
 */
final class CheckSheets {
    private final Messages messages;
    private final Map<String, String> units;

    private CheckSheets(Messages messages, Map<String, String> units) {
        this.messages = messages;
        this.units = units;
    }

    /**
     * The check sheet of {@code sheets}, in Vietnamese whatever the site's language: the workbook is one of the
     * documents a department passes around, published the same on a Vietnamese and an English site.
     */
    static CheckSheetView of(ResolvedPlan plan, List<SheetLayout> sheets) {
        Map<String, String> units = new java.util.HashMap<>();
        plan.budgets().forEach(b -> units.put(b.id(), b.unit()));
        return new CheckSheets(Messages.forLanguage("vi"), units).view(plan, sheets);
    }

    /** The column of the first figure ("Số ghi trong văn bản"), the second beside it. */
    private static final int FIRST_FIGURE = 4;

    private CheckSheetView view(ResolvedPlan plan, List<SheetLayout> sheets) {
        List<String> heads = List.of(text("table"), text("row"), text("figure"), text("unit"), text("declared"),
                text("computed"), text("difference"), text("result"));
        List<Pending> pending = new ArrayList<>();
        List<Pending> pendingSplits = new ArrayList<>();
        java.util.Set<List<String>> breakdowns = new java.util.LinkedHashSet<>();
        for (SheetLayout sheet : sheets) {
            TableView table = plan.table(sheet.tableId()).orElseThrow();
            int decimals = table.decimals();
            String unit = capitalised(units.getOrDefault(table.id(), ""));
            // The document named only where it tells rows apart or is not the sheet's own appendix: 424's nine figures
            // "in: Phụ lục 07" on the sheet "Phụ lục 07" need no "(ghi tại Phụ lục 07)".
            boolean severalDocuments = table.sums().checks().declared().stream().map(DeclaredFigure::in).distinct()
                    .count() > 1;
            for (DeclaredFigure figure : table.sums().checks().declared()) {
                Optional<String> in = figure.in().filter(d -> severalDocuments
                        || !d.toLowerCase(Locale.ROOT).equals(sheet.name().toLowerCase(Locale.ROOT)));
                List<String> texts = List.of(sheet.name(), figure.printedRow().map(r -> row(table.rows().get(r)))
                        .orElseGet(() -> row(table, figure.owner())), what(figure.what(), in), unit);
                String computed = figure.computed().isPresent() ? figure.printedComputed() : text("not-computed");
                String result = figure.range().size() == 2
                        ? messages.text("xlsx.check.within", VietnameseNumbers.format(figure.range().get(0), decimals),
                                VietnameseNumbers.format(figure.range().get(1), decimals))
                        : text("open");
                String shown = figure.computed().isPresent() ? text(figure.matches() ? "matched" : "differs") : result;
                List<String> measured = new ArrayList<>(texts);
                measured.addAll(List.of(figure.printedDeclared(), computed, "", shown));
                // A row whose text wraps is as tall as its lines: LibreOffice printed 424's nine rows over each other
                // (s20 tryout 1), as it does any row of wrapped text without a stated height.
                Optional<SheetCell> cell = figure.computed().flatMap(c -> figure.printedCell()).map(at ->
                        new SheetCell(sheet.name(), sheet.firstBody() + at.row(), at.column()));
                pending.add(new Pending(measured, height -> new CheckRow(texts, decimals, figure.declared(),
                        figure.computed(), computed, shown, height, cell,
                        figure.computed().map(figure.declared()::subtract), List.of(), List.of())));
            }
            for (CellSum sum : table.sums().links().replaced()) {
                pending.add(linked(sheet, table, sum, unit));
            }
            for (SplitSums split : table.sums().checks().splits()) {
                pendingSplits.add(split(sheet, table, split, unit));
                breakdowns.add(List.of(split.first(), split.second()));
            }
        }
        double widest = widestFigure(plan, sheets);
        Optional<CheckSheetView> splitSheet = Optional.empty();
        if (!pendingSplits.isEmpty()) {
            // The split rows' two figures are sums of the rows' own cells, neither "ghi trong văn bản": headed by what
            // they add up, the one pair of breakdowns when all agree (424: nguồn vốn, năm), else which breakdown of the
            // row's own "Cộng theo … so với cộng theo …" (s28 review M3).
            List<String> pair = breakdowns.size() == 1 ? breakdowns.iterator().next() : List.of();
            List<String> splitHeads = new ArrayList<>(heads);
            splitHeads.set(FIRST_FIGURE, pair.isEmpty() ? text("split-first") : messages.text("xlsx.check.split-by", pair.get(0)));
            splitHeads.set(FIRST_FIGURE + 1, pair.isEmpty() ? text("split-second")
                    : messages.text("xlsx.check.split-by", pair.get(1)));
            String title = pair.isEmpty() ? text("split-title") : messages.text("xlsx.check.split-title-by",
                    pair.get(0).toUpperCase(VIETNAMESE), pair.get(1).toUpperCase(VIETNAMESE));
            splitSheet = Optional.of(sheet(title, splitHeads, pendingSplits, widest, Optional.empty()));
        }
        return sheet(text("title"), heads, pending, widest, splitSheet);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * One check sheet: its columns as wide as its own rows and headings need ({@link CheckColumns}), each row as tall
     * as its wrapped text at those widths.
     */
    private CheckSheetView sheet(String title, List<String> heads, List<Pending> pending, double widestFigure,
                                 Optional<CheckSheetView> splits) {
        List<Integer> digits = CheckColumns.of(heads, pending.stream().map(Pending::measured).toList(), widestFigure);
        List<Double> widthsMm = digits.stream().map(d -> d * SheetLayouts.CHAR_MM).toList();
        List<CheckRow> rows = pending.stream().map(p -> p.row().apply(fitted(p.measured(), widthsMm, false))).toList();
        // "Số ghi trong văn bản" takes two lines: LibreOffice would print them over each other in one.
        return new CheckSheetView(title, heads, digits.stream().map(d -> d * 256).toList(),
                fitted(heads, widthsMm, true), rows, text("nothing"), text("matched"), text("differs"), splits);
    }

    /**
     * A {@code split:} row's two breakdowns, each added up from the cells the table prints it in: the first in the
     * column of the figure as printed, the second in the column of the figure as the rows add it up, so an edited
     * cell of either turns "Khớp" into "Lệch", as {@code check} refuses breakdowns that disagree (s27, tryout M-2).
     */
    private Pending split(SheetLayout sheet, TableView table, SplitSums split, String unit) {
        return twoSums(sheet, table, List.of(sheet.name(), row(table.rows().get(split.row())),
                messages.text("xlsx.check.split", split.first(), split.second()), unit), split.firstCells(),
                split.firstSum(), split.secondCells(), split.secondSum());
    }

    /**
     * A summary's figure the workbook takes from the appendices' cells in place of its sum inside the table
     * ({@link plandoc.resolved.SheetLinks#replaced}): the summary's cell beside the sum of the cells the table adds up
     * for it. An appendix cell adding up several amounts (an item's "Ngân sách tỉnh" over 2026–2028), edited, moves
     * the summary's total but not its year cells; this row then says "Lệch", where the sheet disagreed with itself
     * unflagged (s30).
     */
    private Pending linked(SheetLayout sheet, TableView table, CellSum sum, String unit) {
        return twoSums(sheet, table, List.of(sheet.name(), row(table.rows().get(sum.cell().row())),
                messages.text("xlsx.check.linked", ColumnWidths.leafLabel(table.columns().get(sum.cell().column()).label())), unit),
                List.of(sum.cell()), sum(table, List.of(sum.cell())), sum.parts(), sum(table, sum.parts()));
    }

    /** Two sums of the table's cells side by side, each a formula over its cells, its value ({@code firstSum}) cached. */
    private Pending twoSums(SheetLayout sheet, TableView table, List<String> texts, List<CellRef> firstCells,
                            BigDecimal firstSum, List<CellRef> secondCells, BigDecimal secondSum) {
        int decimals = table.decimals();
        String first = VietnameseNumbers.format(firstSum, decimals);
        String second = VietnameseNumbers.format(secondSum, decimals);
        String shown = text(firstSum.compareTo(secondSum) == 0 ? "matched" : "differs");
        List<String> measured = new ArrayList<>(texts);
        measured.addAll(List.of(first, second, "", shown));
        return new Pending(measured, height -> new CheckRow(texts, decimals, firstSum, Optional.of(secondSum), second,
                shown, height, Optional.empty(), Optional.of(firstSum.subtract(secondSum)), cells(sheet, firstCells),
                cells(sheet, secondCells)));
    }

    /** The figures {@code cells} of the table print, added up; a blank cell adds nothing. */
    private static BigDecimal sum(TableView table, List<CellRef> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellRef at : cells) {
            int column = 0;
            for (CellView cell : table.rows().get(at.row()).cells()) {
                if (column == at.column()) {
                    sum = sum.add(cell.value().orElse(BigDecimal.ZERO));
                    break;
                }
                column += cell.colspan();
            }
        }
        return sum;
    }

    /**
     * A row before the columns' widths are known: its cells' texts as printed, from which the widths are chosen
     * ({@link CheckColumns}), and the row made with the height they give it.
     */
    private record Pending(List<String> measured, java.util.function.Function<Optional<Double>, CheckRow> row) {
    }

    private static List<SheetCell> cells(SheetLayout sheet, List<plandoc.resolved.CellRef> cells) {
        return cells.stream().map(at -> new SheetCell(sheet.name(), sheet.firstBody() + at.row(), at.column())).toList();
    }

    /**
     * The widest figure the three figure columns print, with its room ({@link SheetLayouts#FIGURE_ROOM_MM}), a minus
     * before it (a difference may be negative): a budget in đồng ("12.345.678.900") would not fit 12 digits and
     * print "###".
     */
    private static double widestFigure(ResolvedPlan plan, List<SheetLayout> sheets) {
        double widest = 0;
        for (SheetLayout sheet : sheets) {
            for (DeclaredFigure figure : plan.table(sheet.tableId()).orElseThrow().sums().checks().declared()) {
                for (String printed : List.of(figure.printedDeclared(), figure.printedComputed())) {
                    widest = Math.max(widest, TextMeasure.mm("-" + printed, SheetLayouts.BODY_PT, false));
                }
            }
            TableView table = plan.table(sheet.tableId()).orElseThrow();
            List<BigDecimal> sums = new ArrayList<>();
            for (SplitSums split : table.sums().checks().splits()) {
                sums.addAll(List.of(split.firstSum(), split.secondSum()));
            }
            for (CellSum sum : table.sums().links().replaced()) {
                sums.addAll(List.of(sum(table, List.of(sum.cell())), sum(table, sum.parts())));
            }
            for (BigDecimal sum : sums) {
                widest = Math.max(widest, TextMeasure.mm("-" + VietnameseNumbers.format(sum, table.decimals()),
                        SheetLayouts.BODY_PT, false));
            }
        }
        return widest + SheetLayouts.FIGURE_ROOM_MM;
    }

    /**
     * The row as the table prints it: "3. Trang bị chứng thư số …" for an item, "I. Hạ tầng số" for a group, its
     * title for a total ("Tổng cộng", "Ngân sách Trung ương").
     */
    private static String row(RowView row) {
        String title = row.cells().stream().filter(c -> c.role() == CellRole.TITLE).map(CellView::plain)
                .filter(t -> !t.isBlank()).findFirst().orElseGet(() -> title(row));
        boolean numbered = (row.kind() == RowKind.ITEM || row.kind() == RowKind.GROUP) && !row.cells().isEmpty()
                && row.cells().get(0).role() == CellRole.NUMBER && !row.cells().get(0).plain().isBlank();
        return numbered ? row.cells().get(0).plain() + ". " + title : title;
    }

    /**
     * A figure no row prints on its own ({@link DeclaredFigure#printedRow} empty), named by its owner's row:
     * "3. Trang bị chứng thư số …" for an item, found by its id (with
     * {@code numbering: per-group} two items print "1"), "I. Hạ tầng số" for a group, found by its number; the
     * table's total row for the table's own figures ("Tổng cộng"). The owner phrase names the row by its number and id
     * ("@owner.item|3|chung-thu-so", Owners), words for an error message, not for this sheet.
     */
    private String row(TableView table, String owner) {
        String[] parts = owner.split("\\|");
        List<RowView> rows = table.rows();
        if (parts[0].equals("@owner.budget")) {
            return rows.stream().filter(r -> r.kind() == RowKind.GRAND).findFirst().map(CheckSheets::title)
                    .filter(t -> !t.isBlank()).orElse(text("total"));
        }
        boolean item = !parts[0].startsWith("@owner.group");
        String number = parts.length > 1 ? parts[1] : "";
        Optional<String> id = item && parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
        for (RowView r : rows) {
            boolean same = item ? r.kind() == RowKind.ITEM && r.sourceId().equals(id)
                    : r.kind() == RowKind.GROUP && !r.cells().isEmpty() && r.cells().get(0).plain().equals(number);
            if (same) {
                return number + ". " + title(r);
            }
        }
        return messages.format(Message.of("xlsx.phrase", owner));
    }

    /** A row's title: its first cell of text after the number. */
    private static String title(RowView row) {
        return row.cells().stream().skip(row.kind() == RowKind.GRAND ? 0 : 1).map(CellView::plain)
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /**
     * "Ngân sách Trung ương / Năm 2021", "Tổng Năm 2022", "Tổng cộng": the figure, without the error's "ô", "tổng"; with
     * the document that printed it when the entry says ({@code in:}, "Tổng cộng (ghi tại Kế hoạch)"), so two printed
     * sources of one figure are two rows a reader tells apart (s26 review M2).
     */
    private String what(String phrase, Optional<String> in) {
        String words = phrase.startsWith("@declared.") ? "@xlsx.check." + phrase.substring("@declared.".length()) : phrase;
        String what = capitalised(messages.format(Message.of("xlsx.phrase", words)));
        return in.map(document -> messages.text("xlsx.check.in", what, document)).orElse(what);
    }

    private String text(String key) {
        return messages.text("xlsx.check." + key);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The height of a row whose text wraps; empty for one line, which the viewer sizes itself. */
    private static Optional<Double> fitted(List<String> cells, List<Double> widthsMm, boolean bold) {
        int lines = SheetLayouts.lines(cells, widthsMm, bold);
        return lines > 1 ? Optional.of((double) (float) SheetLayouts.height(lines, SheetLayouts.BODY_PT))
                : Optional.empty();
    }
}

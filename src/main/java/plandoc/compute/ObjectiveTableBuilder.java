package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Target;
import plandoc.model.Text;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.Span;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * Lays out an objectives table: unnumbered group headings, indicators numbered per group, and
 * targets either as "- 2015: …" lines in one cell or in a column per milestone year.
 *
 * <p>In the "columns" layout a target cell that holds only figures ("100%", "8 - 10%") has the role "figure"
 * and is centred in every output, as the STT figures are; a cell with words in it stays text, left-aligned. In
 * the "lines" layout every cell is text: each line starts "- 2015: ", so a cell is a list, and a centred list
 * among left-aligned ones in the same column reads as a layout slip (review of session 16).
 */
final class ObjectiveTableBuilder {
    /** A printed figure: a number (Vietnamese digits), maybe a comparison sign, a range and a percent sign. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "[<>≤≥~]?\\s*\\d[\\d.,]*(?:\\s*[-–]\\s*\\d[\\d.,]*)?\\s*%?");
    private final Function<Text, InlineText> inline;

    ObjectiveTableBuilder(Function<Text, InlineText> inline) {
        this.inline = inline;
    }

    TableView build(ObjectiveTable table) {
        boolean byColumn = table.layout().equals("columns");
        List<String> years = byColumn ? new ArrayList<>(new TreeSet<>(table.items().stream()
                .flatMap(o -> o.targets().stream()).map(Target::year).toList())) : List.of();
        String numberLabel = table.labels().getOrDefault("number", "STT");
        String indicatorLabel = table.labels().getOrDefault("indicator", "Nội dung");
        String targetsLabel = table.labels().getOrDefault("targets", "Mục tiêu");

        List<ColumnView> columns = new ArrayList<>();
        columns.add(new ColumnView("number", CellRole.NUMBER, numberLabel));
        columns.add(new ColumnView("indicator", CellRole.TITLE, indicatorLabel));
        List<List<HeaderCell>> header = new ArrayList<>();
        if (byColumn) {
            years.forEach(y -> columns.add(new ColumnView(y, CellRole.TEXT, targetsLabel + " " + y)));
            header.add(List.of(new HeaderCell(numberLabel, 1, 2), new HeaderCell(indicatorLabel, 1, 2),
                    new HeaderCell(targetsLabel, years.size(), 1)));
            header.add(years.stream().map(y -> new HeaderCell(y, 1, 1)).toList());
        } else {
            columns.add(new ColumnView("targets", CellRole.TEXT, targetsLabel));
            header.add(List.of(new HeaderCell(numberLabel, 1, 1), new HeaderCell(indicatorLabel, 1, 1),
                    new HeaderCell(targetsLabel, 1, 1)));
        }

        List<RowView> rows = new ArrayList<>();
        java.util.Map<String, Integer> numbers = ListNumbers.objectives(table);
        for (ObjectiveGroup group : table.groups()) {
            if (!group.title().isEmpty()) {
                rows.add(new RowView(RowKind.HEADING, List.of(new CellView(List.of(inline.apply(group.title())), Optional.empty(),
                        false, CellRole.TITLE, columns.size()))));
            }
            for (Objective o : group.items()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text(Integer.toString(numbers.get(o.id().value())), CellRole.NUMBER));
                cells.add(new CellView(List.of(inline.apply(o.indicator())), Optional.empty(), false, CellRole.TITLE, 1));
                if (byColumn) {
                    for (String year : years) {
                        List<InlineText> lines = o.targets().stream().filter(t -> t.year().equals(year))
                                .map(t -> inline.apply(t.text())).toList();
                        cells.add(new CellView(lines, Optional.empty(), false, role(lines), 1));
                    }
                    // An undated note has no year column: it goes under the indicator.
                    o.note().ifPresent(n -> cells.set(1, new CellView(List.of(inline.apply(o.indicator()),
                            prefixed("- ", inline.apply(n))), Optional.empty(), false, CellRole.TITLE, 1)));
                } else {
                    List<InlineText> targets = o.targets().stream().map(t -> inline.apply(t.text())).toList();
                    List<InlineText> lines = new ArrayList<>();
                    for (int i = 0; i < targets.size(); i++) {
                        lines.add(prefixed("- " + o.targets().get(i).year() + ": ", targets.get(i)));
                    }
                    o.note().ifPresent(n -> lines.add(prefixed("- ", inline.apply(n))));
                    cells.add(new CellView(lines, Optional.empty(), false, CellRole.TEXT, 1));
                }
                rows.add(new RowView(RowKind.ITEM, Optional.of(o.id().value()), cells));
            }
        }
        return new TableView(table.id().value(), TableKind.OBJECTIVES, Optional.empty(), columns, header, rows, List.of(), false);
    }

    /** "figure" when every target printed is a figure, else "text". */
    private static CellRole role(List<InlineText> targets) {
        boolean figures = !targets.isEmpty() && targets.stream().allMatch(t -> FIGURE.matcher(t.plain().strip()).matches());
        return figures ? CellRole.FIGURE : CellRole.TEXT;
    }

    private static InlineText prefixed(String prefix, InlineText text) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.text(prefix));
        spans.addAll(text.spans());
        return new InlineText(spans);
    }
}

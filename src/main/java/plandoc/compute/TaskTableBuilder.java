package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Assignment;
import plandoc.model.Task;
import plandoc.model.TaskGroup;
import plandoc.model.TaskTable;
import plandoc.model.Text;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/** Lays out a task table: heading rows per group, tasks numbered continuously, assignment columns. */
final class TaskTableBuilder {
    static final Map<String, String> COLUMN_LABELS = Map.of("lead", "Cơ quan chủ trì", "partners",
            "Cơ quan phối hợp", "deadline", "Thời gian hoàn thành", "outcome", "Sản phẩm");

    private final Function<Text, InlineText> inline;

    TaskTableBuilder(Function<Text, InlineText> inline) {
        this.inline = inline;
    }

    TableView build(TaskTable table) {
        List<ColumnView> columns = new ArrayList<>();
        columns.add(new ColumnView("number", CellRole.NUMBER, table.labels().getOrDefault("number", "TT")));
        columns.add(new ColumnView("title", CellRole.TITLE, table.labels().getOrDefault("title", "Nhiệm vụ")));
        for (String c : table.columns()) {
            columns.add(new ColumnView(c, CellRole.TEXT, table.labels().getOrDefault(c, COLUMN_LABELS.getOrDefault(c, c))));
        }
        List<List<HeaderCell>> header = List.of(columns.stream().map(c -> new HeaderCell(c.label(), 1, 1)).toList());
        List<RowView> rows = new ArrayList<>();
        java.util.Map<String, Integer> numbers = ListNumbers.tasks(table);
        for (TaskGroup group : table.groups()) {
            if (!group.title().isEmpty()) {
                rows.add(new RowView(RowKind.HEADING, List.of(new CellView(List.of(inline.apply(group.title())), Optional.empty(),
                        false, CellRole.TITLE, columns.size()))));
            }
            for (Task task : group.items()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text(Integer.toString(numbers.get(task.id().value())), CellRole.NUMBER));
                cells.add(new CellView(List.of(inline.apply(task.title())), Optional.empty(), false, CellRole.TITLE, 1));
                for (String c : table.columns()) {
                    cells.add(new CellView(column(task.assignment(), c), Optional.empty(), false, CellRole.TEXT, 1));
                }
                rows.add(new RowView(RowKind.ITEM, Optional.of(task.id().value()), cells));
            }
        }
        return new TableView(table.id().value(), TableKind.TASKS, Optional.empty(), columns, header, rows, List.of(), false);
    }

    private List<InlineText> column(Assignment a, String column) {
        List<InlineText> written = switch (column) {
            case "lead" -> a.lead().map(inline).map(List::of).orElse(List.of());
            case "partners" -> a.partners().isEmpty() ? List.of() : List.of(joined(a.partners()));
            case "deadline" -> a.deadline().map(d -> InlineText.of(d.date().map(VietnameseDates::short_).orElse(d.text())))
                    .map(List::of).orElse(List.of());
            case "outcome" -> a.outcome().map(inline).map(List::of).orElse(List.of());
            default -> List.of();
        };
        // A cell written on several lines prints them as lines in every output (s22 review M1).
        return CellLines.of(written);
    }

    private InlineText joined(List<Text> texts) {
        return InlineText.join(texts.stream().map(inline).toList(), ", ");
    }
}

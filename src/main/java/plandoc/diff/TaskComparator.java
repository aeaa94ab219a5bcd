package plandoc.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * Task tables, task by task (by id), as {@code compute} printed them: the title and every column the table
 * prints, so an agency written by its id or in another form that prints the same is no change, and a
 * deadline is compared as "30/06/2027". Groups have no id: a group is the tasks under one printed heading,
 * followed across versions by the tasks it shares with one before.
 */
final class TaskComparator {
    private final WordDiffer words = new WordDiffer();

    /** A task as printed: its table, the group it is under (its index in the table), its title and columns. */
    private record Printed(String table, int group, String title, Map<String, PrintedColumns.Column> columns) {
    }

    /** The tasks under one heading ("" when the tasks come before any heading, or the group has none). */
    private record Group(String heading, List<String> tasks) {
    }

    /** A task table as printed: its groups in order, its tasks by id. */
    private record Table(List<Group> groups, Map<String, Printed> tasks) {
    }

    List<TaskTableChange> compare(PlanSnapshot before, PlanSnapshot after) {
        Map<String, Table> was = tables(before);
        Map<String, Table> is = tables(after);
        Map<String, Printed> tasksBefore = new LinkedHashMap<>();
        was.values().forEach(t -> tasksBefore.putAll(t.tasks()));
        Set<String> tasksAfter = new HashSet<>();
        is.values().forEach(t -> tasksAfter.addAll(t.tasks().keySet()));
        Set<String> ids = new LinkedHashSet<>(is.keySet());
        ids.addAll(was.keySet());
        List<TaskTableChange> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Table> a = Optional.ofNullable(was.get(id));
            Optional<Table> b = Optional.ofNullable(is.get(id));
            Status status = a.isEmpty() ? Status.ADDED : b.isEmpty() ? Status.REMOVED : Status.CHANGED;
            Map<Integer, Integer> matched = a.isPresent() && b.isPresent() ? matched(a.get(), b.get()) : Map.of();
            List<FieldChange> headings = a.isPresent() && b.isPresent() ? headings(a.get(), b.get(), matched) : List.of();
            List<TaskChange> tasks = new ArrayList<>();
            b.ifPresent(t -> tasks.addAll(changed(id, t, a, matched, tasksBefore, before, after)));
            a.ifPresent(t -> t.tasks().forEach((task, p) -> {
                if (!tasksAfter.contains(task)) {
                    tasks.add(new TaskChange(task, Status.REMOVED, before.label(task), "", p.title(), "", false,
                            WordDiff.NONE, whole(p, true)));
                }
            }));
            // A table shown nowhere is "labelled" by its id: no place to name.
            String label = (status == Status.REMOVED ? before : after).label(id);
            TaskTableChange change = new TaskTableChange(id, status, label.equals(id) ? "" : label, headings, tasks);
            if (!change.isEmpty()) {
                out.add(change);
            }
        }
        return out;
    }

    /** The tasks of table {@code id} after: added, moved here or within it, or printed otherwise. */
    private List<TaskChange> changed(String id, Table now, Optional<Table> then, Map<Integer, Integer> matched,
                                     Map<String, Printed> tasksBefore, PlanSnapshot before, PlanSnapshot after) {
        Set<String> reordered = then.map(t -> Sequences.reordered(List.copyOf(t.tasks().keySet()),
                List.copyOf(now.tasks().keySet()))).orElse(Set.of());
        List<TaskChange> out = new ArrayList<>();
        now.tasks().forEach((task, p) -> {
            Printed old = tasksBefore.get(task);
            if (old == null) {
                out.add(new TaskChange(task, Status.ADDED, "", after.label(task), "", p.title(), false, WordDiff.NONE,
                        whole(p, false)));
                return;
            }
            boolean moved = !old.table().equals(id) || reordered.contains(task)
                    || !Optional.ofNullable(matched.get(p.group())).equals(Optional.of(old.group()));
            WordDiff title = old.title().equals(p.title()) ? WordDiff.NONE : words.diff(old.title(), p.title());
            List<FieldChange> columns = PrintedColumns.changes(old.columns(), p.columns());
            if (moved || title.changed() || !columns.isEmpty()) {
                out.add(new TaskChange(task, Status.CHANGED, before.label(task), after.label(task), old.title(), p.title(),
                        moved, title, columns));
            }
        });
        return out;
    }

    /** Every column a task added or removed prints, so the reviewer sees who was to do it and by when. */
    private static List<FieldChange> whole(Printed p, boolean removed) {
        List<FieldChange> out = new ArrayList<>();
        p.columns().values().stream().filter(c -> !c.text().isEmpty())
                .forEach(c -> out.add(new FieldChange(c.heading(), removed ? c.text() : "", removed ? "" : c.text())));
        return out;
    }

    /** Each group after → the group before that shares the most of its tasks (the first such), when one does. */
    private static Map<Integer, Integer> matched(Table before, Table after) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int g = 0; g < after.groups().size(); g++) {
            Set<String> tasks = new HashSet<>(after.groups().get(g).tasks());
            int best = -1;
            long most = 0;
            for (int f = 0; f < before.groups().size(); f++) {
                long shared = before.groups().get(f).tasks().stream().filter(tasks::contains).count();
                if (shared > most) {
                    most = shared;
                    best = f;
                }
            }
            if (best >= 0) {
                out.put(g, best);
            } else if (g < before.groups().size() && before.groups().get(g).tasks().isEmpty() && tasks.isEmpty()) {
                out.put(g, g); // a heading with no task under it, on both sides at the same place
            }
        }
        return out;
    }

    /** Headings re-worded (their group followed by its tasks), added, removed. */
    private static List<FieldChange> headings(Table before, Table after, Map<Integer, Integer> matched) {
        List<FieldChange> out = new ArrayList<>();
        Set<Integer> kept = new HashSet<>(matched.values());
        for (int g = 0; g < after.groups().size(); g++) {
            String is = after.groups().get(g).heading();
            Integer f = matched.get(g);
            String was = f == null ? "" : before.groups().get(f).heading();
            if (!was.equals(is)) {
                out.add(new FieldChange("heading", was, is));
            }
        }
        for (int f = 0; f < before.groups().size(); f++) {
            String was = before.groups().get(f).heading();
            if (!kept.contains(f) && !was.isEmpty()) {
                out.add(new FieldChange("heading", was, ""));
            }
        }
        return out;
    }

    private static Map<String, Table> tables(PlanSnapshot snapshot) {
        Map<String, Table> out = new LinkedHashMap<>();
        for (TableView table : snapshot.resolved().tables()) {
            if (table.kind() == TableKind.TASKS) {
                out.put(table.id(), table(table));
            }
        }
        return out;
    }

    /** The table's rows read back: a heading row starts a group; the first group is the tasks before any heading. */
    private static Table table(TableView table) {
        int title = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnView c = table.columns().get(i);
            if (c.role() == CellRole.TITLE && title < 0) {
                title = i;
            }
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("", new ArrayList<>()));
        Map<String, Printed> tasks = new LinkedHashMap<>();
        for (RowView row : table.rows()) {
            if (row.kind() == RowKind.HEADING) {
                groups.add(new Group(row.cells().isEmpty() ? "" : row.cells().get(0).plain(), new ArrayList<>()));
            } else if (row.kind() == RowKind.ITEM && row.sourceId().isPresent()) {
                String id = row.anchor();
                List<CellView> cells = row.cells();
                String text = title >= 0 && title < cells.size() ? cells.get(title).plain() : "";
                groups.get(groups.size() - 1).tasks().add(id);
                tasks.put(id, new Printed(table.id(), groups.size() - 1, text, PrintedColumns.of(table, row)));
            }
        }
        if (groups.get(0).tasks().isEmpty() && groups.size() > 1) {
            // No task before the first heading: there is no such group to follow.
            groups.remove(0);
            Map<String, Printed> shifted = new LinkedHashMap<>();
            tasks.forEach((id, p) -> shifted.put(id, new Printed(p.table(), p.group() - 1, p.title(), p.columns())));
            tasks = shifted;
        }
        return new Table(groups, tasks);
    }
}

package plandoc.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.Id;
import plandoc.model.IdKind;
import plandoc.model.ObjectiveTable;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.TaskTable;

/**
 * Every id declared in a plan (axis and member ids aside: they are scoped to their axis), with
 * what it names. Duplicates are kept in declaration order so they can be reported. An element left out
 * because of an error of its own ({@link Plan#unread()}) keeps its id here, marked broken: a reference to
 * it is not a second mistake.
 */
public final class IdIndex {
    /**
     * A declared id and the record it names.
     *
     * @param target the record, or null for a broken element (see {@link #broken()})
     */
    public record Entry(Id id, IdKind kind, Object target) {
        /** Whether the element was left out because of an error already reported for it. */
        public boolean broken() {
            return target == null;
        }
    }

    private final Map<String, Entry> first = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();
    /** Elements whose id is malformed ("kinh-phí"), by the id their error tells to write ("kinh-phi"). */
    private final Map<String, Entry> misnamed = new LinkedHashMap<>();

    public IdIndex(Plan plan) {
        plan.document().articles().forEach(a -> add(a.id(), IdKind.ARTICLE, a));
        plan.body().sections().forEach(this::addSection);
        for (ObjectiveTable t : plan.objectives()) {
            add(t.id(), IdKind.OBJECTIVES, t);
            t.items().forEach(o -> add(o.id(), IdKind.OBJECTIVE, o));
        }
        for (TaskTable t : plan.tasks()) {
            add(t.id(), IdKind.TASKS, t);
            t.items().forEach(task -> add(task.id(), IdKind.TASK, task));
        }
        for (Budget b : plan.budgets()) {
            add(b.id(), IdKind.BUDGET, b);
            for (BudgetGroup g : b.groups()) {
                g.id().ifPresent(id -> add(id, IdKind.BUDGET_GROUP, g));
                g.items().forEach(i -> add(i.id(), IdKind.BUDGET_ITEM, i));
            }
        }
        plan.appendices().items().forEach(a -> add(a.id(), IdKind.APPENDIX, a));
        plan.unread().forEach(u -> add(u.id(), u.kind(), null));
        all.stream().filter(e -> !IdRules.wellFormed(e.id().value()))
                .forEach(e -> misnamed.putIfAbsent(IdRules.suggestion(e.id().value()), e));
    }

    private void addSection(Section s) {
        s.id().ifPresent(id -> add(id, IdKind.SECTION, s));
        s.sections().forEach(this::addSection);
    }

    private void add(Id id, IdKind kind, Object target) {
        Entry entry = new Entry(id, kind, target);
        all.add(entry);
        first.putIfAbsent(id.value(), entry);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(first.get(id));
    }

    /** Whether {@code id} names an element of one of {@code kinds} left out because of its own error. */
    public boolean broken(String id, IdKind... kinds) {
        Entry entry = first.get(id);
        // An id given to two elements (a section and a budget both "kinh-phi") is reported at the second: a
        // reference that wants the second's kind is not also "no budget kinh-phi" (one mistake, one error).
        if (entry != null && !List.of(kinds).contains(entry.kind()) && all.stream()
                .anyMatch(e -> e != entry && e.id().value().equals(id) && List.of(kinds).contains(e.kind()))) {
            return true;
        }
        return entry != null ? entry.broken() && List.of(kinds).contains(entry.kind()) : misnamed(id, kinds);
    }

    /**
     * Whether {@code id}, declared nowhere, is what an element of {@code kinds} with a malformed id is
     * meant to be called: the id its error tells to write ("kinh-phí" → "kinh-phi"), or that id without a
     * leading or trailing word ("PL_kinh_phi" → "pl-kinh-phi" → "kinh-phi"). The id's error is the one
     * mistake; a reference by that name is not a second one.
     */
    public boolean misnamed(String id, IdKind... kinds) {
        List<IdKind> wanted = List.of(kinds);
        return !first.containsKey(id) && misnamed.entrySet().stream()
                .filter(e -> wanted.isEmpty() || wanted.contains(e.getValue().kind()))
                .map(Map.Entry::getKey)
                .anyMatch(fixed -> fixed.equals(id) || fixed.startsWith(id + "-") || fixed.endsWith("-" + id));
    }

    public List<Entry> all() {
        return List.copyOf(all);
    }

    public List<String> ids() {
        return List.copyOf(first.keySet());
    }

    public List<String> ids(IdKind... kinds) {
        List<IdKind> wanted = List.of(kinds);
        return first.values().stream().filter(e -> wanted.contains(e.kind())).map(e -> e.id().value()).toList();
    }
}

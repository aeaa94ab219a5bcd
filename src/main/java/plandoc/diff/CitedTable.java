package plandoc.diff;

import java.util.List;
import plandoc.diagnostic.Messages;
import plandoc.model.ObjectiveTable;
import plandoc.model.TaskTable;
import plandoc.validate.IdIndex;

/**
 * A table whose figures a section cites ({@code {amount:}}, {@code {count:}}) and that moved them: a count of
 * tasks moves with the task table, not with the budget, so the comparison names the table (s27: every such section
 * was said to follow "bảng kinh phí").
 *
 * @param kind  "budget", "tasks" or "objectives" (the message key's last word)
 * @param place where the document prints the table ("Phụ lục 3", "mục II"), "" when it prints it nowhere
 */
record CitedTable(String kind, String place) {

    /** The table {@code target} names in {@code side}. */
    static CitedTable of(String target, PlanSnapshot side, IdIndex index) {
        String kind = side.budgets().containsKey(target) ? "budget"
                : index.find(target).map(e -> e.target() instanceof TaskTable ? "tasks"
                        : e.target() instanceof ObjectiveTable ? "objectives" : "budget").orElse("budget");
        return new CitedTable(kind, side.label(target));
    }

    /** "bảng kinh phí tại Phụ lục 3 và bảng nhiệm vụ tại mục II"; "các bảng được trích dẫn" when none is known. */
    static String names(List<CitedTable> tables, Messages messages) {
        List<String> named = tables.stream().map(t -> t.place.isEmpty() ? messages.text("diff.cited." + t.kind)
                : messages.text("diff.cited." + t.kind + ".placed", t.place)).toList();
        if (named.isEmpty()) {
            return messages.text("diff.cited.unknown");
        }
        String last = named.get(named.size() - 1);
        return named.size() == 1 ? last
                : messages.text("diff.cited.and", String.join(", ", named.subList(0, named.size() - 1)), last);
    }
}

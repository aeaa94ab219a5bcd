package plandoc.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Assignment;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Id;
import plandoc.model.Task;
import plandoc.model.Text;

/**
 * A task or budget item repealed by a later document ({@code repealed: true}, s30 tryout F4): it keeps its place, so
 * it and every item after it keep their numbers ("nhiệm vụ số 3" still names the same task), and prints "(Bãi bỏ)" in
 * place of its content, as a consolidated text does. It carries no money (what was written under it is not counted,
 * so every sum leaves it out), no agency and no objective: everything after the reader sees an item with nothing
 * but its words.
 */
final class RepealedItems {
    /** What a consolidated Vietnamese text prints in place of a repealed item. */
    static final String WORDS = "(Bãi bỏ)";

    private RepealedItems() {
    }

    static Task task(Id id, SourcePosition at) {
        return new Task(id, Text.literal(WORDS, at), Assignment.NONE, at);
    }

    static BudgetItem budgetItem(Id id, SourcePosition at) {
        return new BudgetItem(id, Text.literal(WORDS, at), Assignment.NONE, Optional.empty(), Optional.empty(),
                Cells.none(at), Map.of(), Optional.empty(), List.of(), at);
    }
}

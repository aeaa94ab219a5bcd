package plandoc.compute;

import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.model.ObjectiveTable;
import plandoc.model.Reference;
import plandoc.model.TaskTable;
import plandoc.validate.IdIndex;

/**
 * How an {@code {amount:…}} or {@code {count:…}} mention prints: "2,3406 tỷ đồng", "15". The document's
 * text and the comparison of two versions (a figure cited in a section changes with the budget) print
 * it here, so the two never disagree.
 */
public final class InlineFigures {
    private final Map<String, BudgetFigures> figures;
    private final IdIndex index;

    /** @param figures every budget's figures, by budget id */
    public InlineFigures(Map<String, BudgetFigures> figures, IdIndex index) {
        this.figures = figures;
        this.index = index;
    }

    /** The mention as printed; an undetermined amount is reported to {@code problems} and printed "…". */
    public String print(Reference ref, Problems problems) {
        if (ref.kind() == Reference.Kind.COUNT) {
            return VietnameseNumbers.format(count(ref));
        }
        BudgetFigures f = figures.get(ref.target());
        if (f == null) {
            return "?" + ref.target() + "?";
        }
        return new AmountMention(f, ref).print(problems);
    }

    private long count(Reference ref) {
        BudgetFigures f = figures.get(ref.target());
        if (f != null) {
            return ref.option("group").flatMap(g -> f.group(g.value()))
                    .map(g -> (long) g.items().size()).orElse((long) f.items().size());
        }
        return index.find(ref.target()).map(e -> {
            if (e.target() instanceof ObjectiveTable t) {
                return (long) t.items().size();
            }
            if (e.target() instanceof TaskTable t) {
                return (long) t.items().size();
            }
            return 0L;
        }).orElse(0L);
    }
}

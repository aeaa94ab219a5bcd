package plandoc.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A budget row: a project or task that costs money.
 *
 * @param period       thời gian thực hiện, free text as printed
 * @param fundingType  loại nguồn vốn, free text
 * @param amounts      money per cell (blank cells simply absent)
 * @param split        independent breakdowns, one per axis id, each summing to the item total
 * @param noAmount     text printed instead of money ("Chưa có kinh phí")
 * @param sameAs       free-text columns that print another item's text ({@code outcome: { same_as: id }})
 * @param readWhole    false when reading it reported an error of its own (an amount that is not a number, a
 *                     misspelt key): its money may lack what the author wrote, so no declared figure over it is
 *                     compared until that error is fixed (one mistake, one error)
 */
public record BudgetItem(Id id, Text title, Assignment assignment, Optional<Text> period,
                         Optional<Text> fundingType, Cells amounts, Map<String, Cells> split,
                         Optional<Text> noAmount, List<Declared> declared, Map<String, Id> sameAs, SourcePosition at,
                         boolean readWhole) {
    public BudgetItem(Id id, Text title, Assignment assignment, Optional<Text> period, Optional<Text> fundingType,
                      Cells amounts, Map<String, Cells> split, Optional<Text> noAmount, List<Declared> declared,
                      Map<String, Id> sameAs, SourcePosition at) {
        this(id, title, assignment, period, fundingType, amounts, split, noAmount, declared, sameAs, at, true);
    }

    public BudgetItem(Id id, Text title, Assignment assignment, Optional<Text> period, Optional<Text> fundingType,
                      Cells amounts, Map<String, Cells> split, Optional<Text> noAmount, List<Declared> declared,
                      SourcePosition at) {
        this(id, title, assignment, period, fundingType, amounts, split, noAmount, declared, Map.of(), at);
    }

    public BudgetItem {
        // Author order: messages list the breakdowns as written (Map.copyOf would shuffle them per run).
        split = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(split));
        declared = List.copyOf(declared);
        sameAs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sameAs));
    }
}

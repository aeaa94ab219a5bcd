package plandoc.compute;

import java.math.BigDecimal;
import plandoc.diagnostic.FigureArgument;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;

/**
 * The decimals a summary ({@code from:}) needs so that it prints every figure it adds up as its source budget does.
 * A budget's own amounts never have more decimals than it prints (validation), so its figures print exactly; a
 * summary's come from other budgets, often in another unit (1.447 triệu đồng is 1,447 tỷ đồng), and printed with
 * fewer decimals they would be rounded: the summary would contradict the budgets it sums and its rows would not
 * add up (1,12 + 4,13 printed as 5,24). So a summary's {@code decimals:} smaller than its figures need is an error
 * at it, naming the value that fits and one figure that needs it, rather than a quiet change of the printed form:
 * every output, message and mention then prints the budget's {@code decimals} and none can round.
 */
final class SummaryDecimals {
    private final FaultyRows faulty;
    private int needed;
    /** The first figure that needs {@link #needed} decimals, as its source budget has it. */
    private Witness witness;

    private record Witness(Budget source, BigDecimal value, int shift) {
    }

    SummaryDecimals(Problems problems) {
        this.faulty = new FaultyRows(problems);
    }

    /**
     * The figures of one source, moved {@code shift} places into the summary's unit. A row with an error of its own
     * (an amount with more decimals than its budget allows) is left out: that error is the news.
     */
    void add(BudgetFigures source, int shift) {
        for (GroupFigures group : source.groups()) {
            if (faulty.whole(group.group())) {
                add(source, shift, group.unallocated());
            }
            group.items().stream().filter(item -> faulty.whole(item.item()))
                    .forEach(item -> add(source, shift, item.money()));
        }
    }

    private void add(BudgetFigures source, int shift, RowMoney row) {
        // A crossed cell or a total only adds up these: it has no more decimals than they have.
        row.cells().values().forEach(v -> add(source, shift, v));
        row.shares().forEach(share -> share.values().forEach(v -> add(source, shift, v)));
    }

    private void add(BudgetFigures source, int shift, BigDecimal value) {
        int decimals = Math.max(0, value.movePointRight(shift).stripTrailingZeros().scale());
        if (decimals > needed) {
            needed = decimals;
            witness = new Witness(source.budget(), value, shift);
        }
    }

    /** Reports a summary whose {@code decimals} would round a figure it adds up. */
    void check(Budget summary, Problems problems) {
        // An invalid decimals: is its own error; the 0 it falls back to would report every figure again.
        if (!summary.decimalsValid() || needed <= summary.decimals()) {
            return;
        }
        String source = exact(witness.value()) + "|" + witness.source().unit().label() + "|"
                + witness.source().id().value();
        String figure = witness.shift() == 0 ? "@summary.figure|" + source
                : "@summary.figure-converted|" + source + "|"
                        + FigureArgument.marked(witness.value().movePointRight(witness.shift()), needed) + "|"
                        + summary.unit().label();
        problems.error(summary.decimalsAt().orElse(summary.at()), "budget.summary-decimals", summary.id().value(),
                Integer.toString(summary.decimals()), Integer.toString(needed), figure);
    }

    /** As many decimals as it has, written the reader's way (English 1,234.5). */
    private static String exact(BigDecimal value) {
        return FigureArgument.marked(value);
    }
}

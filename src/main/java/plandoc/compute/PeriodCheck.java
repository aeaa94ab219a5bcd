package plandoc.compute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Axis;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Member;

/**
 * Warns about money in a phase or year outside an item's stated implementation period: a project
 * "2012-2015" with 2016-2020 money is usually a typing slip or an outdated period. A period typed last year first
 * ("2013-2012") is an error at the period, as reversed axis years are; that item's money is then not compared with
 * it until it is fixed (one mistake, one message: the officer may have meant another year altogether).
 */
public final class PeriodCheck {
    public void check(BudgetFigures figures, Problems problems) {
        AxisLayout layout = figures.layout();
        for (ItemFigures item : figures.items()) {
            BudgetItem source = item.item();
            if (source.period().isEmpty()) {
                continue;
            }
            String period = source.period().get().literalText();
            Optional<YearRange.Reversed> reversed = YearRange.reversed(period);
            if (reversed.isPresent()) {
                YearRange.Reversed r = reversed.get();
                problems.error(source.period().get().positionOf(r.offset()), "budget.period-reversed",
                        Owners.item(figures, item.number(), source.id().value()), period, r.from(), r.to(), r.fixed());
                continue;
            }
            List<YearRange> years = YearRange.parse(period);
            if (years.isEmpty()) {
                continue;
            }
            for (int axis = 0; axis < layout.size(); axis++) {
                Axis a = layout.axes().get(axis);
                for (String leaf : layout.leaves(axis)) {
                    Member member = layout.member(axis, leaf).orElseThrow();
                    Optional<YearRange> memberYears = YearRange.ofMember(leaf, member.label());
                    if (memberYears.isEmpty() || item.money().shares().size() <= axis) {
                        continue;
                    }
                    BigDecimal share = item.money().shares().get(axis).get(leaf);
                    if (share == null || share.signum() == 0 || years.stream().anyMatch(memberYears.get()::overlaps)) {
                        continue;
                    }
                    problems.warning(position(source, a.id().value(), axis, leaf), "warning.money-outside-period",
                            Owners.item(figures, item.number(), source.id().value()), member.label(),
                            plandoc.diagnostic.FigureArgument.of(share, figures.budget().decimals()), period);
                }
            }
        }
    }

    /** The key of the first cell holding that member's money: where the author would fix it. */
    private static SourcePosition position(BudgetItem item, String axisId, int axis, String leaf) {
        for (Cells.Cell cell : item.amounts().cells()) {
            if (cell.path().size() > axis && cell.path().get(axis).value().equals(leaf)) {
                return cell.path().get(axis).at();
            }
        }
        Cells split = item.split().get(axisId);
        if (split != null) {
            for (Cells.Cell cell : split.cells()) {
                if (cell.path().get(0).value().equals(leaf)) {
                    return cell.path().get(0).at();
                }
            }
        }
        return item.period().map(p -> p.at()).orElse(item.at());
    }

}

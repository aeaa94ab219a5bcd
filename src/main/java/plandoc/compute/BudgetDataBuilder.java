package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Agency;
import plandoc.model.AgencyRegister;
import plandoc.model.Axis;
import plandoc.model.BudgetItem;
import plandoc.model.Declared;
import plandoc.model.Member;
import plandoc.model.Text;
import plandoc.resolved.BudgetData;
import plandoc.resolved.RowKind;

/**
 * A budget's figures as open data ({@link BudgetData}): every cell of every row with its state, the
 * per-axis shares, the lead agencies' register ids, and the totals the source declares as published
 * next to the computed ones. Nothing is rounded or formatted here.
 */
final class BudgetDataBuilder {
    private final AgencyRegister agencies;
    private final Function<Text, String> plain;
    private final java.util.Set<String> inPlanTotal;

    /** @param inPlanTotal the budgets whose rows the plan's total adds ({@link PlanTotalBudget#rowsCounted}) */
    BudgetDataBuilder(AgencyRegister agencies, Function<Text, String> plain, java.util.Set<String> inPlanTotal) {
        this.agencies = agencies;
        this.plain = plain;
        this.inPlanTotal = inPlanTotal;
    }

    BudgetData build(BudgetFigures figures) {
        AxisLayout layout = figures.layout();
        List<BudgetData.AxisData> axes = new ArrayList<>();
        for (Axis axis : layout.axes()) {
            List<BudgetData.MemberData> members = new ArrayList<>();
            members(axis.members(), Optional.empty(), members);
            axes.add(new BudgetData.AxisData(axis.id().value(), axis.label(), members, UndeterminedNote.noun(axis)));
        }
        List<BudgetData.Row> rows = new ArrayList<>();
        // A summary's rows are its sources' items converted to its unit; an item's declared total was printed in its own
        // budget's unit and belongs to that budget's rows, which carry it. Beside a converted total it read 1,000 times
        // too large (1.535,3 "tỷ đồng" for an item of 1,5353: s26 review H1), and converted it would be a figure no
        // document printed: a summary's row has none (docs/format.md, "A summary checks its own declared: only").
        boolean summary = figures.budget().isSummary();
        for (GroupFigures group : figures.groups()) {
            Optional<String> groupId = group.group().id().map(id -> id.value());
            Optional<String> groupLabel = group.group().title().map(plain);
            for (ItemFigures item : group.items()) {
                BudgetItem source = item.item();
                List<String> lead = source.assignment().lead()
                        .flatMap(l -> agencies.resolve(l.literalText()))
                        .map(list -> list.stream().map(Agency::id).map(id -> id.value()).toList())
                        .orElse(List.of());
                rows.add(row(groupId, groupLabel, RowKind.ITEM, Optional.of(source.id().value()),
                        Optional.of(plain.apply(source.title())), lead,
                        item.money(), summary ? Optional.empty() : declared(source.declared()), layout));
            }
            if (group.hasUnallocated()) {
                rows.add(row(groupId, groupLabel, RowKind.UNALLOCATED, Optional.empty(), Optional.empty(), List.of(),
                        group.unallocated(),
                        Optional.empty(), layout));
            }
        }
        BudgetData data = new BudgetData(figures.budget().id().value(), figures.budget().unit().label(),
                figures.budget().isSummary(), axes, rows, figures.total().amount(),
                declared(figures.budget().declared()), inPlanTotal.contains(figures.budget().id().value()), List.of(),
                Optional.ofNullable(figures.budget().labels().get("item")).filter(noun -> !noun.isBlank()));
        return data.withData(DataRows.of(data, figures.budget().decimals()));
    }

    private static void members(List<Member> members, Optional<String> parent, List<BudgetData.MemberData> out) {
        for (Member member : members) {
            out.add(new BudgetData.MemberData(member.id().value(), member.label(), parent, !member.hasMembers(),
                    YearRange.ofMember(member.id().value(), member.label()).filter(years -> years.to() != 9999)
                            .map(years -> new plandoc.resolved.Period(years.from(), years.to()))));
            members(member.members(), Optional.of(member.id().value()), out);
        }
    }

    private static BudgetData.Row row(Optional<String> groupId, Optional<String> groupLabel, RowKind kind,
                                      Optional<String> itemId, Optional<String> title,
                                      List<String> lead, RowMoney money, Optional<BigDecimal> declared,
                                      AxisLayout layout) {
        List<BudgetData.Cell> cells = new ArrayList<>();
        for (CellKey key : layout.cells()) {
            Selection cell = Selection.of(key);
            Figure figure = money.figure(cell, layout);
            if (figure.state() == Figure.State.BLANK) {
                continue; // no money there: open data lists the cells that hold some
            }
            List<BigDecimal> range = figure.state() == Figure.State.UNDETERMINED
                    ? money.range(cell, layout).map(List::of).orElse(List.of()) : List.of();
            String status = figure.state() == Figure.State.VALUE ? "value" : "undetermined";
            cells.add(new BudgetData.Cell(key.members(), status, figure.amount(), range));
        }
        List<BudgetData.Share> shares = new ArrayList<>();
        for (int axis = 0; axis < layout.size(); axis++) {
            Map<String, BigDecimal> byLeaf = new LinkedHashMap<>();
            for (String leaf : layout.leaves(axis)) {
                Map<Integer, String> only = Map.of(axis, leaf);
                money.figure(Selection.of(layout.size(), only), layout).amount().ifPresent(v -> byLeaf.put(leaf, v));
            }
            String axisId = layout.axes().get(axis).id().value();
            byLeaf.forEach((leaf, value) -> shares.add(new BudgetData.Share(axisId, leaf, value)));
        }
        return new BudgetData.Row(groupId, groupLabel, kind, itemId, title, lead, money.crossed(), cells, shares,
                money.total(), declared);
    }

    /** The published total a source records ({@code declared: total:}), when it does. */
    private static Optional<BigDecimal> declared(List<Declared> declared) {
        return declared.stream().flatMap(d -> d.total().stream())
                .map(a -> a.value()).findFirst();
    }
}

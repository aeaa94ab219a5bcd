package plandoc.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.model.Amount;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetColumns;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Declared;
import plandoc.model.IdKind;

/**
 * The input traps of PLAN-FORMAT §4: more decimals than the budget allows (judged on the number
 * as typed, so {@code 4.000} in a {@code decimals: 0} budget is caught), negative amounts, empty
 * groups, unknown free-text columns and totals axes, and a total row typed as an item ({@link TypedTotalRows}).
 */
final class BudgetInputRules {
    private final TypedTotalRows totalRows = new TypedTotalRows();

    /** @param noun what the messages call the budget's items ({@link plandoc.diagnostic.Nouns#item}) */
    void check(Budget budget, String noun, IdIndex index, Problems problems) {
        String id = budget.id().value();
        List<Amount> amounts = amounts(budget);
        // A budget with an amount under one unit ("0.125") too precise for it is meant to hold fractions: its
        // "1.115" is one too, not a thousand written with a dot, and the decimals: that fits them is the news.
        boolean fractions = amounts.stream().anyMatch(a -> a.typedDecimals() > budget.decimals() && isFraction(a));
        int fits = Math.min(6, amounts.stream().filter(a -> fractions || !looksLikeThousandsDot(a))
                .mapToInt(Amount::typedDecimals).max().orElse(0));
        for (Amount amount : amounts) {
            // An invalid decimals: is its own error; judged by the 0 it falls back to, every fraction would be another.
            boolean thousandsDot = budget.decimalsValid() && amount.typedDecimals() > budget.decimals() && !fractions
                    && looksLikeThousandsDot(amount);
            // Typed in Word's quotes (“350”): said here, where a thousands dot in it is known, and then is the same
            // slip, said once with it (thousandsDot); the reader leaves a budget's figures to these rules.
            if (!thousandsDot) {
                amount.wordQuotes().ifPresent(q -> problems.warning(amount.at(), "yaml.curly-quotes-number", q.typed(),
                        q.line(), q.quotedLine(), q.pair(), amount.typed()));
            }
            if (budget.decimalsValid() && amount.typedDecimals() > budget.decimals()) {
                if (thousandsDot) {
                    thousandsDot(amount, id, budget.decimals(), problems);
                } else if (fractions) {
                    problems.error(amount.at(), "amount.decimals-fit", amount.typed(), amount.typedDecimals(), id,
                            budget.decimals(), fits);
                } else {
                    problems.error(amount.at(), "amount.too-many-decimals", amount.typed(), amount.typedDecimals(), id,
                            budget.decimals(), fits);
                }
            }
            if (amount.value().signum() < 0 && !budget.allowNegative()) {
                problems.error(amount.at(), "amount.negative", amount.typed(), id);
            }
        }
        checkDigits(budget, amounts, problems);
        for (BudgetGroup group : budget.groups()) {
            if (group.items().isEmpty() && group.unallocated().isEmpty()) {
                problems.error(group.at(), "budget.empty-group", group.title().map(t -> t.literalText()).orElse(id),
                        noun);
            }
        }
        for (String column : budget.columns()) {
            if (!BudgetColumns.TEXT.contains(column)) {
                problems.error(budget.columnAt(column), "budget.column-unknown", column, id,
                        plandoc.diagnostic.Hint.nearest(plandoc.diagnostic.Suggestions.nearest(column, new java.util.TreeSet<>(BudgetColumns.TEXT))), String.join(", ",
                                new java.util.TreeSet<>(BudgetColumns.TEXT)));
            }
        }
        budget.totals().forEach(t -> {
            if (budget.axes().stream().noneMatch(a -> a.id().value().equals(t.axis().value()))) {
                problems.error(t.axis().at(), "budget.totals-axis", t.axis().value(), id,
                        String.join(", ", budget.axes().stream().map(a -> a.id().value()).toList()));
            }
        });
        for (BudgetItem item : budget.items()) {
            if (item.noAmount().isPresent() && !item.declared().isEmpty()) {
                problems.error(item.declared().get(0).at(), "budget.declared-no-amount", item.id().value(), noun);
            }
            item.sameAs().forEach((column, target) -> {
                List<String> ids = budget.items().stream().map(i -> i.id().value()).filter(i -> !i.equals(item.id().value()))
                        .toList();
                if (target.value().equals(item.id().value())) {
                    problems.error(target.at(), "budget.same-as-self", item.id().value(), column, noun);
                } else if (!ids.contains(target.value()) && !index.broken(target.value(), IdKind.BUDGET_ITEM)) {
                    problems.error(target.at(), "budget.same-as-unknown", item.id().value(), target.value(),
                            Hint.nearest(plandoc.diagnostic.Suggestions.nearest(target.value(), ids)), noun);
                }
            });
            item.sameAs().entrySet().stream().filter(e -> !e.getValue().value().equals(item.id().value()))
                    .forEach(e -> sameAsCycle(budget, item, e.getKey()).ifPresent(cycle ->
                    problems.error(e.getValue().at(), "budget.same-as-cycle", item.id().value(), e.getKey(), cycle,
                            noun)));
        }
        checkPrint(budget, index, problems);
        totalRows.check(budget, noun, problems);
    }

    /**
     * The ids met following {@code item}'s {@code same_as} in {@code column} back to {@code item} ("a → b → a"), when
     * the chain closes on it: compute would follow it for ever, and no item of the loop writes the text.
     */
    private static Optional<String> sameAsCycle(Budget budget, BudgetItem item, String column) {
        Map<String, BudgetItem> byId = new java.util.HashMap<>();
        budget.items().forEach(i -> byId.putIfAbsent(i.id().value(), i));
        List<String> chain = new java.util.ArrayList<>(List.of(item.id().value()));
        BudgetItem at = item;
        while (at.sameAs().containsKey(column)) {
            String next = at.sameAs().get(column).value();
            if (next.equals(item.id().value())) {
                chain.add(next);
                return Optional.of(String.join(" → ", chain));
            }
            if (chain.contains(next) || !byId.containsKey(next)) {
                return Optional.empty(); // a loop not through this item is reported at its own members
            }
            chain.add(next);
            at = byId.get(next);
        }
        return Optional.empty();
    }

    /**
     * A spreadsheet holds 15 significant digits exactly; the workbook's figures and its SUM formulas are doubles,
     * so a figure or a total longer than that would print one number in the PDF and another in the workbook (s25).
     * Digits are counted as printed: the whole part and the budget's decimals.
     */
    private static void checkDigits(Budget budget, List<Amount> amounts, Problems problems) {
        String id = budget.id().value();
        int decimals = budget.decimalsValid() ? budget.decimals() : 0;
        boolean tooLong = false;
        for (Amount amount : amounts) {
            int digits = printedDigits(amount.value(), decimals);
            // Too many decimals is its own error (one mistake, one error).
            if (digits > SPREADSHEET_DIGITS && amount.typedDecimals() <= decimals) {
                problems.error(amount.at(), largerUnit(budget).map(u -> "amount.too-many-digits")
                        .orElse("amount.too-many-digits-largest"), amount.typed(), digits, SPREADSHEET_DIGITS, id,
                        largerUnit(budget).orElse(""));
                tooLong = true;
            }
        }
        // The largest total any row, column or group can reach is bounded by the sum of the figures' sizes.
        BigDecimal bound = budget.items().stream().flatMap(i -> {
            List<Amount> own = new ArrayList<>();
            cells(i.amounts(), own);
            return own.stream();
        }).map(a -> a.value().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (BudgetGroup g : budget.groups()) {
            List<Amount> own = new ArrayList<>();
            cells(g.unallocated(), own);
            bound = own.stream().map(a -> a.value().abs()).reduce(bound, BigDecimal::add);
        }
        int digits = printedDigits(bound, decimals);
        if (!tooLong && digits > SPREADSHEET_DIGITS) {
            problems.error(budget.id().at(), largerUnit(budget).map(u -> "budget.total-too-many-digits")
                    .orElse("budget.total-too-many-digits-largest"), id, digits, SPREADSHEET_DIGITS,
                    largerUnit(budget).orElse(""));
        }
    }

    private static final int SPREADSHEET_DIGITS = 15;

    /** The unit to suggest: triệu đồng for budgets kept in đồng or nghìn đồng (the usual unit), else tỷ đồng. */
    private static java.util.Optional<String> largerUnit(Budget budget) {
        return switch (budget.unit()) {
            case DONG, NGHIN_DONG -> java.util.Optional.of(plandoc.model.Unit.TRIEU_DONG.label());
            case TRIEU_DONG -> java.util.Optional.of(plandoc.model.Unit.TY_DONG.label());
            case TY_DONG -> java.util.Optional.empty();
        };
    }

    private static int printedDigits(BigDecimal value, int decimals) {
        BigDecimal whole = value.abs().setScale(0, java.math.RoundingMode.DOWN);
        return (whole.signum() == 0 ? 1 : whole.precision()) + decimals;
    }

    /**
     * {@code print.money}: total, axis ids, free-text columns; {@code print.rows}: grand and axis ids. A summary names
     * its budgets' axes: a misspelt one ("nguon", "totl") printed no row or column, silently, until s31 (tryout H1).
     */
    private static void checkPrint(Budget budget, IdIndex index, Problems problems) {
        List<Axis> axes = SummaryAxes.of(budget, index);
        if (budget.isSummary() && axes.isEmpty()) {
            return; // its budgets are missing or broken: said at from:
        }
        List<String> money = new ArrayList<>(List.of("total"));
        axes.forEach(a -> money.add(a.id().value()));
        money.addAll(new java.util.TreeSet<>(BudgetColumns.TEXT));
        List<String> rows = new ArrayList<>(List.of("grand"));
        axes.forEach(a -> rows.add(a.id().value()));
        unknownEntries(budget, budget.print().money(), money, axes, problems);
        unknownEntries(budget, budget.print().rows(), rows, axes, problems);
    }

    private static void unknownEntries(Budget budget, List<String> entries, List<String> valid, List<Axis> axes,
                                       Problems problems) {
        for (String entry : new java.util.LinkedHashSet<>(entries)) {
            if (!valid.contains(entry)) {
                Optional<String> nearest = plandoc.diagnostic.Suggestions.nearest(entry, valid)
                        .or(() -> axisNamed(entry, axes)).or(() -> vietnameseName(entry, valid, axes));
                problems.error(budget.print().at(entry), "budget.print-unknown", entry, Hint.nearest(nearest),
                        String.join(", ", valid));
            }
        }
    }

    /** The axis whose label has the word typed ("nguon" of "Nguồn kinh phí"): an id written in Vietnamese. */
    private static Optional<String> axisNamed(String typed, List<Axis> axes) {
        String word = plandoc.diagnostic.Folding.slug(typed);
        return axes.stream().filter(a -> a.label().map(l -> ("-" + plandoc.diagnostic.Folding.slug(l) + "-")
                .contains("-" + word + "-")).orElse(false) && !word.isEmpty()).map(a -> a.id().value()).findFirst();
    }

    /** {@link plandoc.diagnostic.AxisWords}; a year axis under another id ("nam-thuc-hien") by its members. */
    private static Optional<String> vietnameseName(String typed, List<String> valid, List<Axis> axes) {
        return plandoc.diagnostic.AxisWords.meant(typed, valid).or(() -> plandoc.diagnostic.AxisWords.year(typed)
                ? axes.stream().filter(a -> !a.members().isEmpty() && a.members().stream()
                        .allMatch(m -> m.id().value().matches("(19|20)\\d\\d"))).map(a -> a.id().value())
                        .filter(valid::contains).findFirst()
                : Optional.empty());
    }

    /**
     * "1.200" in a table of whole figures. Typed “1.200” (Word's quotes, which the reader leaves to these rules), the
     * quotes and the dot are one slip with one line to write: said once, here.
     */
    private static void thousandsDot(Amount amount, String id, int decimals, Problems problems) {
        String whole = amount.typed().replace(".", "");
        if (amount.wordQuotes().isPresent()) {
            Amount.WordQuotes curly = amount.wordQuotes().get();
            String line = curly.line().replaceFirst(Pattern.quote(amount.typed()), whole);
            problems.error(amount.at(), "amount.thousands-dot-curly", curly.typed(), amount.typedDecimals(), id,
                    decimals, whole, line, curly.pair());
        } else {
            problems.error(amount.at(), "amount.thousands-dot", amount.typed(), amount.typedDecimals(), id, decimals,
                    whole);
        }
    }

    /**
     * Three decimals exactly, in a budget kept in whole units: "4.000" typed for four thousand. Never "0.125": no
     * one writes a thousand with a leading 0, and the number it would suggest ("0125") is not one (s17-review).
     */
    private static boolean looksLikeThousandsDot(Amount amount) {
        return amount.typedDecimals() == 3 && amount.typed().matches("-?[1-9]\\d{0,2}\\.\\d{3}");
    }

    /** Less than one whole unit ("0.125", "0.05"): a fraction meant as one, so the budget needs more decimals. */
    private static boolean isFraction(Amount amount) {
        return amount.typed().matches("-?0\\.\\d+");
    }

    private static List<Amount> amounts(Budget budget) {
        List<Amount> out = new ArrayList<>();
        budget.declared().forEach(d -> declared(d, out));
        for (BudgetGroup g : budget.groups()) {
            cells(g.unallocated(), out);
            g.declared().forEach(d -> declared(d, out));
            for (BudgetItem i : g.items()) {
                cells(i.amounts(), out);
                i.split().values().forEach(c -> cells(c, out));
                i.declared().forEach(d -> declared(d, out));
            }
        }
        return out;
    }

    private static void declared(Declared d, List<Amount> out) {
        d.total().ifPresent(out::add);
        cells(d.amounts(), out);
        d.perAxis().values().forEach(c -> cells(c, out));
    }

    private static void cells(Cells cells, List<Amount> out) {
        cells.cells().forEach(c -> out.add(c.amount()));
    }
}

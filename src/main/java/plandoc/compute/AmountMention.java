package plandoc.compute;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.model.Reference;
import plandoc.model.Unit;

/**
 * An {@code {amount:…}} mention: which money it selects (axis members, a group or an item), in
 * which unit and with how many decimals it is printed ("724,90 tỷ đồng", "724.900 triệu đồng").
 */
final class AmountMention {
    private final BudgetFigures figures;
    private final Reference ref;

    AmountMention(BudgetFigures figures, Reference ref) {
        this.figures = figures;
        this.ref = ref;
    }

    String print(Problems problems) {
        AxisLayout layout = figures.layout();
        Map<Integer, String> byAxis = new HashMap<>();
        ref.options().forEach((key, option) -> layout.indexOf(key).ifPresent(axis -> byAxis.put(axis, option.value())));
        Selection selection = Selection.of(layout.size(), byAxis);
        Figure figure;
        Optional<String> group = ref.option("group").map(Reference.Option::value);
        Optional<String> item = ref.option("item").map(Reference.Option::value);
        if (item.isPresent()) {
            figure = figures.item(item.get()).map(i -> figures.figure(i, selection)).orElse(Figure.BLANK);
        } else if (group.isPresent()) {
            figure = figures.group(group.get()).map(g -> figures.figure(g, selection)).orElse(Figure.BLANK);
        } else {
            figure = figures.figure(selection);
        }
        if (figure.state() == Figure.State.UNDETERMINED) {
            problems.error(ref.at(), "amount.undetermined", mention(), figures.noun());
            return "…";
        }
        return format(figure.orZero());
    }

    /** The mention as written, options included: "{amount:ha-tang source=dp year=2022}". */
    private String mention() {
        StringBuilder out = new StringBuilder("{amount:").append(ref.target());
        ref.options().forEach((key, option) -> out.append(' ').append(key).append('=')
                .append(option.value().contains(" ") ? "\"" + option.value() + "\"" : option.value()));
        return out.append('}').toString();
    }

    /**
     * Converts exactly to the requested unit. Without {@code decimals=}, the budget's precision
     * moves with the unit (2 decimals of tỷ đồng are 0 decimals of triệu đồng) but never hides
     * a digit the figure has.
     */
    private String format(BigDecimal value) {
        Unit from = figures.budget().unit();
        if (ref.option("words").isPresent()) {
            return AmountInWords.dong(value.multiply(from.inDong()));
        }
        Unit to = ref.option("unit").flatMap(u -> Unit.byLabel(u.value())).orElse(from);
        int shift = from.inDong().divide(to.inDong()).stripTrailingZeros().scale() * -1;
        BigDecimal converted = value.movePointRight(shift);
        int decimals;
        Optional<Reference.Option> explicit = ref.option("decimals");
        if (explicit.isPresent() && explicit.get().value().matches("[0-6]")) {
            decimals = Integer.parseInt(explicit.get().value());
        } else {
            decimals = Math.max(Math.max(0, figures.budget().decimals() - shift),
                    Math.max(0, converted.stripTrailingZeros().scale()));
        }
        // show=number, or bare (contract v2's name): the figure alone, for a sentence whose own words name the unit.
        boolean numberOnly = ref.option("show").map(o -> o.value().equals("number")).orElse(false)
                || ref.option("bare").isPresent();
        return VietnameseNumbers.format(converted, decimals) + (numberOnly ? "" : " " + to.label());
    }
}

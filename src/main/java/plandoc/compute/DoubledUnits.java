package plandoc.compute;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.Reference;
import plandoc.model.Text;
import plandoc.model.TextPart;
import plandoc.model.Unit;

/**
 * The unit typed right after an {@code {amount:…}} that prints its own: "{amount:kinh-phi} triệu đồng" prints
 * "5.000,0 triệu đồng triệu đồng". The most natural thing to type, and nothing else catches it: a warning at the
 * mention, with the two ways out (drop the words, or {@code bare} to print the figure alone).
 */
final class DoubledUnits {
    /** A money unit as an officer types it: "triệu đồng", "tỷ đồng", "tỉ đồng", "nghìn đồng", "đồng". */
    private static final Pattern UNIT = Pattern.compile("^[\\s\\u00a0]*((?:(?:nghìn|ngàn|triệu|tỷ|tỉ)[\\s\\u00a0]+)?đồng)"
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, BudgetFigures> figures;

    DoubledUnits(Map<String, BudgetFigures> figures) {
        this.figures = figures;
    }

    void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            List<TextPart> parts = text.parts();
            for (int i = 0; i + 1 < parts.size(); i++) {
                if (parts.get(i) instanceof Reference ref && ref.kind() == Reference.Kind.AMOUNT
                        && parts.get(i + 1) instanceof TextPart.Literal next) {
                    Optional<String> printed = printedUnit(ref);
                    Matcher typed = UNIT.matcher(next.value());
                    if (printed.isPresent() && typed.find()) {
                        problems.warning(ref.at(), "amount.unit-twice", mention(ref, false), printed.get(),
                                typed.group(1), mention(ref, true));
                    }
                }
            }
        }
    }

    /** The unit the mention prints after its figure; none for show=number, bare or words (or an unknown table). */
    private Optional<String> printedUnit(Reference ref) {
        BudgetFigures f = figures.get(ref.target());
        if (f == null || ref.option("bare").isPresent() || ref.option("words").isPresent()
                || ref.option("show").map(o -> o.value().equals("number")).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(ref.option("unit").flatMap(u -> Unit.byLabel(u.value()))
                .orElse(f.budget().unit()).label());
    }

    /** The mention as written, options included, and with {@code bare} added when asked. */
    private static String mention(Reference ref, boolean bare) {
        StringBuilder out = new StringBuilder("{amount:").append(ref.target());
        ref.options().forEach((key, option) -> {
            out.append(' ').append(key);
            if (!option.value().isEmpty()) {
                out.append('=').append(option.value().contains(" ") ? "\"" + option.value() + "\"" : option.value());
            }
        });
        return out.append(bare ? " bare}" : "}").toString();
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.ObjectiveTable;
import plandoc.model.Plan;
import plandoc.model.TaskTable;
import plandoc.model.Text;

/**
 * A count typed next to the noun the plan counts ("36 dự án", "12 nhiệm vụ") compared with
 * {@code {count:…}}: equal → a warning to write the mention; off by at most a tenth (and at least
 * one) of a count of five or more → a warning with both figures. Approximations and lines marked
 * {@code <!-- plandoc giữ nguyên -->} are left alone.
 */
final class TypedCounts {
    /** A count the plan can print: the noun it counts, and the mention. */
    record Count(String noun, long value, String expression) {
    }

    private final List<Count> counts = new ArrayList<>();

    /** @param nouns what the plan calls its items, decided once for labels and counts alike */
    TypedCounts(Plan plan, Iterable<BudgetFigures> budgets, ItemNouns nouns) {
        for (BudgetFigures f : budgets) {
            if (f.budget().isSummary()) {
                continue;
            }
            String noun = nouns.of(f.budget());
            String id = f.budget().id().value();
            counts.add(new Count(noun, f.items().size(), "{count:" + id + "}"));
            for (GroupFigures g : f.groups()) {
                g.group().id().ifPresent(gid -> counts.add(new Count(noun, g.items().size(),
                        "{count:" + id + " group=" + gid.value() + "}")));
            }
        }
        for (TaskTable t : plan.tasks()) {
            counts.add(new Count("nhiệm vụ", t.items().size(), "{count:" + t.id().value() + "}"));
        }
        for (ObjectiveTable t : plan.objectives()) {
            counts.add(new Count("chỉ tiêu", t.items().size(), "{count:" + t.id().value() + "}"));
        }
    }

    void check(List<Text> texts, Problems problems) {
        if (counts.isEmpty()) {
            return;
        }
        String nouns = String.join("|", counts.stream().map(c -> Pattern.quote(c.noun())).distinct().toList());
        Pattern typed = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])(\\d{1,9})\\s+(" + nouns + ")(?![\\p{L}])");
        for (Text text : texts) {
            String literal = text.literalText();
            AuthorNotes.Scan notes = new AuthorNotes.Scan(literal);
            Matcher m = typed.matcher(literal);
            while (m.find()) {
                if (notes.skip(m.start()) || ApproximateWords.before(literal, m.start())) {
                    continue;
                }
                long value = Long.parseLong(m.group(1));
                String noun = m.group(2);
                List<Count> same = counts.stream().filter(c -> c.noun().equals(noun)).toList();
                Optional<Count> equal = same.stream().filter(c -> c.value() == value).findFirst();
                if (equal.isPresent()) {
                    problems.warning(text.positionOf(m.start()), "typed.count-equal", m.group(), equal.get().expression());
                    continue;
                }
                same.stream().filter(c -> c.value() >= 5 && Math.abs(c.value() - value) * 10 <= c.value())
                        .min(java.util.Comparator.comparing(c -> Math.abs(c.value() - value)))
                        .ifPresent(c -> problems.warning(text.positionOf(m.start()), "typed.count-close", m.group(),
                                VietnameseNumbers.format(c.value()), c.expression(),
                                VietnameseNumbers.signed(java.math.BigDecimal.valueOf(value - c.value()), 0)));
            }
        }
    }
}

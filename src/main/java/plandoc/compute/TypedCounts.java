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
 * one) of a count of five or more → a warning with both figures. A count of any size typed as the whole of what
 * one table lists ("gồm 4 dự án." where the plan lists 3 dự án, and no table or group holds 4) is the plan's own
 * count mistyped: an error in an issued document, a warning in a draft (s29 tryout F1). Only there: "trong đó 2 dự
 * án trọng điểm", "đã hoàn thành 12 dự án" may count other things. Approximations and lines marked
 * {@code <!-- plandoc giữ nguyên -->} are left alone.
 */
final class TypedCounts {
    /** A count the plan can print: the noun it counts, and the mention. */
    record Count(String noun, long value, String expression) {
    }

    /**
     * The whole of what is counted: after "gồm" or "tổng số", the noun ending the phrase (a punctuation mark, "và" and another count, the end
     * of the text or a {@code {amount:…}} next), not qualified ("gồm 2 dự án trọng điểm").
     */
    private static final Pattern WHOLE_BEFORE = Pattern.compile("(?iu)(?:gồm|tổng số|tổng cộng|tổng cộng có)\\s*:?\\s*$");
    private static final Pattern WHOLE_AFTER = Pattern.compile("\\s*(?:$|[,.;:)(\\n])|\\s+và\\s");

    private final List<Count> counts = new ArrayList<>();
    private final boolean draft;

    /** @param nouns what the plan calls its items, decided once for labels and counts alike */
    TypedCounts(Plan plan, Iterable<BudgetFigures> budgets, ItemNouns nouns, boolean draft) {
        this.draft = draft;
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
                // One table (its groups aside) lists these: "gồm N <noun>." is its count.
                List<Count> tables = same.stream().filter(c -> !c.expression().contains(" group=")).toList();
                if (tables.size() == 1 && WHOLE_BEFORE.matcher(literal).region(Math.max(0, m.start() - 16), m.start()).find()
                        && WHOLE_AFTER.matcher(literal).region(m.end(), literal.length()).lookingAt()) {
                    Count c = tables.get(0);
                    problems.errorUnlessDraft(draft, text.positionOf(m.start()), "typed.count-whole", m.group(),
                            VietnameseNumbers.format(c.value()), c.noun(), c.expression());
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

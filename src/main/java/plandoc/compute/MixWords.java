package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import plandoc.diagnostic.Messages;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AxisKind;

/**
 * What an agency's total of one plan adds together, in the chrome's language, in the words a finance officer
 * reads beside the figure: how many of what, and which — "4 năm, từ 2022 đến 2025", "2 giai đoạn: 2012-2015 và
 * 2016-2020", "3 nguồn vốn" and their names ("4 years, 2022 to 2025" in English). Review s18, finding 9: the
 * view printed "các năm: Năm 2022; Năm 2023; …", which said neither that the figure is a sum nor of how many.
 * Years and periods are said by their numbers, read from the members' labels as the period warnings read them; a
 * label that names no year is kept as printed. Sources and other columns are named by their labels, the
 * documents' Vietnamese, kept apart ({@link AgencyPage.Mix#names()}) so that an English page marks them lang="vi".
 * The words are the message bundles' ({@code mix.*}), the lists joined as every list compute writes ({@link ListWords}).
 */
final class MixWords {
    private final Messages messages;
    private final ListWords lists;
    private final FigureForm form;

    MixWords(String language) {
        this.messages = Messages.forLanguage(language);
        this.lists = new ListWords(messages);
        this.form = FigureForm.of(language);
    }

    /** @param labels the members holding the money, as the budgets print them, in the budgets' order */
    AgencyPage.Mix mix(AxisKind kind, String axis, List<String> labels) {
        String members = String.join("; ", labels);
        String count = form.format(labels.size());
        return switch (kind) {
            case YEAR -> years(labels).map(years -> new AgencyPage.Mix(kind, Optional.empty(), members,
                            messages.text("mix.years", count) + yearsText(years), Optional.empty()))
                    .orElseGet(() -> new AgencyPage.Mix(kind, Optional.empty(), members, messages.text("mix.years", count),
                            Optional.of(members)));
            case PERIOD -> periods(labels).map(periods -> new AgencyPage.Mix(kind, Optional.empty(), members,
                            messages.text("mix.periods", count) + ": " + lists.and(periods), Optional.empty()))
                    .orElseGet(() -> new AgencyPage.Mix(kind, Optional.empty(), members, messages.text("mix.periods", count),
                            Optional.of(members)));
            case SOURCE ->
                    new AgencyPage.Mix(kind, Optional.empty(), members, messages.text("mix.sources", count),
                            Optional.of(members));
            default -> new AgencyPage.Mix(kind, Optional.of(axis).filter(name -> !name.isEmpty()), members,
                    messages.text("mix.columns", count), Optional.of(members));
        };
    }

    /** ", từ 2022 đến 2025" for years that follow each other, else ": 2021, 2023 và 2025". */
    private String yearsText(List<Integer> years) {
        TreeSet<Integer> sorted = new TreeSet<>(years);
        if (sorted.size() == years.size() && sorted.last() - sorted.first() + 1 == years.size()) {
            return ", " + messages.text("mix.run", sorted.first(), sorted.last());
        }
        return ": " + lists.and(years.stream().map(String::valueOf).toList());
    }

    /** Each label's one year ("Năm 2022" → 2022), or empty when one names none or several. */
    private static Optional<List<Integer>> years(List<String> labels) {
        List<Integer> years = new ArrayList<>();
        for (String label : labels) {
            List<YearRange> ranges = YearRange.parse(label);
            if (ranges.size() != 1 || ranges.get(0).from() != ranges.get(0).to()) {
                return Optional.empty();
            }
            years.add(ranges.get(0).from());
        }
        return Optional.of(years);
    }

    /** Each label's span of years ("Giai đoạn 2012-2015" → "2012-2015"), or empty when one names none or several. */
    private static Optional<List<String>> periods(List<String> labels) {
        List<String> periods = new ArrayList<>();
        for (String label : labels) {
            List<YearRange> ranges = YearRange.parse(label);
            if (ranges.size() != 1 || ranges.get(0).to() == 9999) {
                return Optional.empty();
            }
            YearRange r = ranges.get(0);
            periods.add(r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to());
        }
        return Optional.of(periods);
    }
}

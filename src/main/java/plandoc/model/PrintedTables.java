package plandoc.model;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the tables the signed document contains: those a section or an appendix shows, and the budgets a
 * summary adds up. A table outside it is not in the document, so the site must not publish its tasks (s25-values).
 */
public final class PrintedTables {
    private PrintedTables() {
    }

    public static Set<String> of(Plan plan) {
        Set<String> shown = new HashSet<>();
        plan.body().sections().forEach(s -> shownIn(s, shown));
        plan.appendices().items().forEach(a -> {
            if (a.content() instanceof AppendixContent.Show show) {
                shown.add(show.table().value());
            }
        });
        plan.budgets().forEach(b -> b.from().forEach(f -> shown.add(f.value())));
        return Set.copyOf(shown);
    }

    private static void shownIn(Section section, Set<String> shown) {
        section.show().ifPresent(id -> shown.add(id.value()));
        section.sections().forEach(s -> shownIn(s, shown));
    }
}

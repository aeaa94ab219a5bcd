package plandoc.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import plandoc.diagnostic.Problems;
import plandoc.model.Assignment;
import plandoc.model.Id;
import plandoc.model.Objective;
import plandoc.model.Plan;
import plandoc.model.PrintedTables;
import plandoc.model.Reference;

/**
 * The contract's warnings that need no arithmetic: a deadline before the document's date, an
 * objective that no task or budget item serves (once the plan uses {@code serves} at all). An issued document dated
 * after today: {@link FutureIssueDate}.
 */
final class DrafterWarnings {
    /** A date in a sentence as officers write it, "28/12/2012", not as YAML does (s23 tryout L2). */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A budget's figures quoted in a text: {amount:ID …} or {count:ID …}. */
    private static final Pattern QUOTED = Pattern.compile("\\{(?:amount|count):([^\\s}]+)");

    void check(Plan plan, Problems problems) {
        titleRepeatingKind(plan, problems);
        List<Assignment> assignments = Stream.concat(
                plan.tasks().stream().flatMap(t -> t.items().stream()).map(t -> t.assignment()),
                plan.budgets().stream().flatMap(b -> b.items().stream()).map(i -> i.assignment())).toList();
        for (Assignment a : assignments) {
            a.deadline().ifPresent(deadline -> deadline.date().ifPresent(date -> plan.document().date()
                    .filter(date::isBefore).ifPresent(issued -> problems.warning(deadline.at(),
                            "warning.deadline-before-document", deadline.text(), DAY.format(issued)))));
        }
        notShown(plan, problems);
        Set<String> served = new HashSet<>();
        assignments.forEach(a -> a.serves().stream().map(Id::value).forEach(served::add));
        if (!served.isEmpty()) {
            for (Objective o : plan.objectives().stream().flatMap(t -> t.items().stream()).toList()) {
                if (!served.contains(o.id().value())) {
                    problems.warning(o.id().at(), "warning.objective-unserved", o.id().value());
                }
            }
        }
    }

    /**
     * A table no section or appendix shows (and no summary adds up) is in no output: not the document, the page,
     * the Word copy, the workbook's printed sheets nor the open data (s25 review M4). Said at its id, which is
     * usually a show: mistyped or removed. A budget whose figures a text quotes ({amount:…}, {count:…}) is used
     * without its table. Nothing is said beside an error that may be the cause: an element left out by an error of
     * its own (a section or appendix may have shown any table, a summary's budget may be the one), and a show:
     * naming no table is usually this one mistyped.
     */
    private static void notShown(Plan plan, Problems problems) {
        // Objectives tables are left alone: a {ref:} to one of their items is how plans quote a target.
        List<Map.Entry<Id, String>> tables = Stream.of(
                        plan.tasks().stream().map(t -> Map.entry(t.id(), "@id-kind.tasks")),
                        plan.budgets().stream().map(b -> Map.entry(b.id(), "@id-kind.budget")))
                .flatMap(s -> s).toList();
        Set<String> printed = new HashSet<>(PrintedTables.of(plan));
        Set<String> known = new HashSet<>();
        tables.forEach(t -> known.add(t.getKey().value()));
        plan.objectives().forEach(t -> known.add(t.id().value()));
        if (!known.containsAll(printed) || !plan.unread().isEmpty()) {
            return;
        }
        for (plandoc.model.Text text : PlanTexts.all(plan)) {
            text.references().stream().filter(r -> r.kind() != Reference.Kind.REF).forEach(r -> printed.add(r.target()));
            // A Markdown block keeps its mentions in its literal text until compute reads them.
            Matcher quoted = QUOTED.matcher(text.literalText());
            while (quoted.find()) {
                printed.add(quoted.group(1));
            }
        }
        tables.stream().filter(table -> !printed.contains(table.getKey().value()))
                .forEach(table -> problems.warning(table.getKey().at(), "warning.table-not-shown",
                        table.getValue(), table.getKey().value()));
    }

    /**
     * A trích yếu starting with the kind the title block prints above it ("KẾ HOẠCH" / "Kế hoạch chuyển đổi số …"):
     * Decree 30's trích yếu says what the document is about, the kind is not said twice (s32 tryout M1).
     */
    private static void titleRepeatingKind(Plan plan, Problems problems) {
        var d = plan.document();
        d.title().ifPresent(title -> {
            String kind = d.checkedAs().displayName();
            String typed = java.text.Normalizer.normalize(title.literalText().strip(), java.text.Normalizer.Form.NFC);
            java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
            if (typed.toLowerCase(vi).startsWith(kind.toLowerCase(vi) + " ")) {
                String rest = typed.substring(kind.length()).strip();
                String meant = rest.isEmpty() ? rest : rest.substring(0, 1).toUpperCase(vi) + rest.substring(1);
                problems.warning(title.at(), "warning.title-repeats-kind", kind, meant);
            }
        });
    }
}

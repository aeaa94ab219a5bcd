package plandoc.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.Id;
import plandoc.model.IdKind;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Text;
import plandoc.model.Unit;

/**
 * Every reference points at something that exists and can be referred to that way: inline
 * references, {@code show:}, {@code serves:}. Unknown names get the nearest valid one. A reference to an
 * element left out because of its own error ({@link IdIndex.Entry#broken()}) is not checked further: that
 * error is reported, and a nearest name offered here would point somewhere else.
 */
final class ReferenceRules {
    private static final IdKind[] TABLES = {IdKind.OBJECTIVES, IdKind.TASKS, IdKind.BUDGET};

    void check(Plan plan, IdIndex index, Problems problems) {
        for (PlanTexts.Owned owned : PlanTexts.owned(plan)) {
            for (Reference ref : owned.text().references()) {
                switch (ref.kind()) {
                    case REF -> checkRef(ref, owned.owner(), index, problems);
                    case AMOUNT -> checkAmount(plan, ref, index, problems);
                    case COUNT -> checkCount(ref, index, problems);
                }
            }
        }
        plan.body().sections().forEach(s -> checkShows(s, index, problems));
        for (Appendix a : plan.appendices().items()) {
            if (a.content() instanceof AppendixContent.Show show) {
                checkTable(show.table(), index, problems);
            }
        }
        plan.tasks().forEach(t -> t.items().forEach(task -> checkServes(task.assignment().serves(), index, problems)));
        plan.budgets().forEach(b -> b.items().forEach(i -> checkServes(i.assignment().serves(), index, problems)));
    }

    private void checkShows(Section section, IdIndex index, Problems problems) {
        section.show().ifPresent(id -> checkTable(id, index, problems));
        section.sections().forEach(s -> checkShows(s, index, problems));
    }

    private void checkTable(Id id, IdIndex index, Problems problems) {
        Optional<IdIndex.Entry> entry = index.find(id.value());
        if (index.broken(id.value(), TABLES)) {
            return;
        }
        if (entry.isEmpty() || !entry.get().kind().isTable()) {
            unknown(id.value(), id.at(), index.ids(TABLES), "ref.unknown-table", problems);
        }
    }

    private void checkServes(List<Id> serves, IdIndex index, Problems problems) {
        for (Id id : serves) {
            Optional<IdIndex.Entry> entry = index.find(id.value());
            if (!index.broken(id.value(), IdKind.OBJECTIVE)
                    && (entry.isEmpty() || entry.get().kind() != IdKind.OBJECTIVE)) {
                unknown(id.value(), id.at(), index.ids(IdKind.OBJECTIVE), "ref.unknown-objective", problems);
            }
        }
    }

    /** @param owner the element the reference is written in: never what it meant */
    private void checkRef(Reference ref, Optional<Id> owner, IdIndex index, Problems problems) {
        // {ref:a,b,c} lists several targets.
        for (String target : ref.target().split(",")) {
            String id = target.strip();
            if (index.find(id).isEmpty() && !index.misnamed(id)) {
                Optional<IdIndex.Entry> meant = MeantTarget.of(id, owner, index);
                if (meant.isPresent() && MeantTarget.namesAppendix(id) && meant.get().kind().isTable()
                        && !shownInAppendix(meant.get().id().value(), index)) {
                    // "pl-nhiem-vu" once its appendix was removed: the table is there, its appendix is what is missing.
                    problems.error(ref.at(), "ref.appendix-missing", id, meant.get().id().value());
                } else if (meant.isPresent()) {
                    problems.error(ref.at(), "ref.meant-target", id, meant.get().id().value(),
                            MeantTarget.kindNoun(meant.get().kind()));
                } else {
                    // Never the element the reference is written in, as MeantTarget (its own error had no suggestion).
                    List<String> others = index.ids().stream()
                            .filter(other -> owner.map(o -> !o.value().equals(other)).orElse(true)).toList();
                    unknown(id, ref.at(), others, "ref.unknown", problems);
                }
            }
        }
        // {ref} has no options: one error, at the first, saying how to point at a part inside the target.
        ref.options().entrySet().stream().findFirst().ifPresent(e -> {
            String key = e.getKey();
            Optional<Section> section = index.find(ref.target().split(",")[0].strip())
                    .filter(entry -> entry.kind() == IdKind.SECTION).map(entry -> (Section) entry.target());
            List<Section> parts = section.map(s -> s.sections().stream()
                    .filter(c -> c.numbered() && (c.title().isPresent() || c.text().isPresent())).toList()).orElse(List.of());
            List<String> ids = parts.stream().flatMap(c -> c.id().stream()).map(Id::value).toList();
            if (parts.isEmpty()) {
                problems.error(e.getValue().at(), "ref.option-none", key);
            } else if (!ids.isEmpty()) {
                problems.error(e.getValue().at(), "ref.option-child-ids", key, ref.target(), ids.get(0), shortList(ids));
            } else {
                problems.error(e.getValue().at(), "ref.option-child-lines", key, ref.target(),
                        shortList(parts.stream().map(c -> Integer.toString(c.at().line())).toList()));
            }
        });
    }

    /** At most six, then "…". */
    private static String shortList(List<String> values) {
        return values.size() <= 6 ? String.join(", ", values) : String.join(", ", values.subList(0, 6)) + ", …";
    }

    private void checkCount(Reference ref, IdIndex index, Problems problems) {
        Optional<IdIndex.Entry> entry = index.find(ref.target());
        if (index.broken(ref.target(), TABLES)) {
            return; // its options are checked once it is read
        }
        if (entry.isEmpty() || !entry.get().kind().isTable()) {
            unknown(ref.target(), ref.at(), index.ids(TABLES), "ref.unknown-table", problems);
            return;
        }
        ref.options().forEach((key, option) -> {
            if (!key.equals("group")) {
                problems.error(option.at(), "ref.option-unknown", key, "count", "group",
                        Hint.nearest(Suggestions.nearest(key, List.of("group"))));
            } else if (entry.get().target() instanceof Budget budget) {
                checkGroup(budget, option, problems);
            }
        });
    }

    private void checkAmount(Plan plan, Reference ref, IdIndex index, Problems problems) {
        Optional<IdIndex.Entry> entry = index.find(ref.target());
        if (index.broken(ref.target(), IdKind.BUDGET)) {
            return; // its options are checked once it is read
        }
        if (entry.isEmpty() || entry.get().kind() != IdKind.BUDGET) {
            unknown(ref.target(), ref.at(), index.ids(IdKind.BUDGET), "ref.unknown-budget", problems);
            return;
        }
        Budget budget = (Budget) entry.get().target();
        List<Axis> axes = SummaryAxes.of(budget, index);
        List<String> valid = new ArrayList<>(List.of("unit", "decimals", "group", "item", "show", "words", "bare"));
        axes.forEach(a -> valid.add(a.id().value()));
        for (Map.Entry<String, Reference.Option> e : ref.options().entrySet()) {
            String key = e.getKey();
            Reference.Option option = e.getValue();
            Optional<Axis> axis = axes.stream().filter(a -> a.id().value().equals(key)).findFirst();
            switch (key) {
                case "unit" -> {
                    if (Unit.byLabel(option.value()).isEmpty()) {
                        problems.error(option.at(), "ref.unit-unknown", option.value(), Unit.labels());
                    }
                }
                case "decimals" -> {
                    if (!option.value().matches("[0-6]")) {
                        problems.error(option.at(), "ref.decimals", option.value());
                    }
                }
                case "show" -> {
                    if (!option.value().equals("number") && !option.value().equals("unit")) {
                        problems.error(option.at(), "ref.show-value", option.value());
                    }
                }
                case "group" -> checkGroup(budget, option, problems);
                case "words" -> {
                    // spelled out in đồng, whatever the budget's unit
                }
                case "bare" -> {
                    // the figure without its unit, as show=number
                }
                case "item" -> {
                    List<String> items = budget.items().stream().map(i -> i.id().value()).toList();
                    if (!items.contains(option.value()) && !index.broken(option.value(), IdKind.BUDGET_ITEM)) {
                        unknown(option.value(), option.at(), items, "ref.unknown-item", problems,
                                plandoc.diagnostic.Nouns.item(plan.itemNoun(budget)));
                    }
                }
                default -> {
                    if (axis.isEmpty()) {
                        Optional<String> nearest = Suggestions.nearest(key, valid);
                        problems.error(option.at(), "ref.option-unknown", key, "amount:" + budget.id().value(),
                                String.join(", ", valid), Hint.nearest(nearest));
                    } else {
                        List<String> members = axis.get().memberIds();
                        if (!members.contains(option.value())) {
                            Optional<String> nearest = Suggestions.nearest(option.value(), members);
                            problems.error(option.at(), "ref.member-unknown", option.value(), key,
                                    Hint.nearest(nearest), String.join(", ", members));
                        }
                    }
                }
            }
        }
    }

    private static boolean shownInAppendix(String table, IdIndex index) {
        return index.all().stream().filter(e -> e.kind() == IdKind.APPENDIX)
                .anyMatch(e -> e.target() instanceof plandoc.model.Appendix a
                        && a.content() instanceof plandoc.model.AppendixContent.Show show
                        && show.table().value().equals(table));
    }

    private void checkGroup(Budget budget, Reference.Option option, Problems problems) {
        List<String> groups = budget.groups().stream().map(BudgetGroup::id).flatMap(Optional::stream)
                .map(Id::value).toList();
        if (!groups.contains(option.value())) {
            unknown(option.value(), option.at(), groups, "ref.unknown-group", problems);
        }
    }

    /** @param more arguments after the name and the nearest one or the list (the noun of an item) */
    private static void unknown(String id, plandoc.diagnostic.SourcePosition at, List<String> candidates, String key,
                                Problems problems, String... more) {
        // Never the malformed id of an element, suggested or listed: its own error says what to write instead.
        List<String> wellFormed = candidates.stream().filter(IdRules::wellFormed).toList();
        Optional<String> nearest = Suggestions.nearest(id, wellFormed);
        if (nearest.isPresent()) {
            problems.error(at, key + "-suggest", args(id, nearest.get(), more));
        } else {
            // Nothing near: what may be named instead (the tables are few; other ids are the author's own).
            problems.error(at, key, args(id, wellFormed.isEmpty() ? "—" : String.join(", ", wellFormed), more));
        }
    }

    private static Object[] args(String id, String alternatives, String... more) {
        List<Object> out = new ArrayList<>(List.of(id, alternatives));
        out.addAll(List.of(more));
        return out.toArray();
    }
}

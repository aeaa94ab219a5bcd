package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Target;

/** Indicators of the objectives tables, by id: added, removed, re-worded, targets changed. */
final class ObjectiveComparator {
    private final WordDiffer words = new WordDiffer();

    /** An indicator with the table and group it is printed in. */
    private record Placed(String table, String group, Objective objective) {
    }

    List<ObjectiveChange> compare(PlanSnapshot before, PlanSnapshot after) {
        Map<String, Placed> was = objectives(before);
        Map<String, Placed> is = objectives(after);
        List<ObjectiveChange> out = new ArrayList<>();
        for (Placed p : is.values()) {
            String id = p.objective().id().value();
            Placed old = was.get(id);
            if (old == null) {
                out.add(new ObjectiveChange(p.table(), after.label(p.table()), p.group(), id, Status.ADDED, "", after.label(id),
                        SourceText.of(p.objective().indicator()), WordDiff.NONE, targets(Optional.empty(), Optional.of(p))));
                continue;
            }
            String a = SourceText.of(old.objective().indicator());
            String b = SourceText.of(p.objective().indicator());
            WordDiff wording = a.equals(b) ? WordDiff.NONE : words.diff(a, b);
            List<TargetChange> targets = targets(Optional.of(old), Optional.of(p));
            if (wording.changed() || !targets.isEmpty()) {
                out.add(new ObjectiveChange(p.table(), after.label(p.table()), p.group(), id, Status.CHANGED, before.label(id), after.label(id),
                        b, wording, targets));
            }
        }
        for (Placed p : was.values()) {
            String id = p.objective().id().value();
            if (!is.containsKey(id)) {
                out.add(new ObjectiveChange(p.table(), before.label(p.table()), p.group(), id, Status.REMOVED, before.label(id), "",
                        SourceText.of(p.objective().indicator()), WordDiff.NONE, targets(Optional.of(p), Optional.empty())));
            }
        }
        return out;
    }

    /** Targets that differ, milestone by milestone, in the order the years appear (after first). */
    private static List<TargetChange> targets(Optional<Placed> before, Optional<Placed> after) {
        Map<String, Target> a = byYear(before);
        Map<String, Target> b = byYear(after);
        Set<String> years = new LinkedHashSet<>(b.keySet());
        years.addAll(a.keySet());
        List<TargetChange> out = new ArrayList<>();
        for (String year : years) {
            Optional<Target> x = Optional.ofNullable(a.get(year));
            Optional<Target> y = Optional.ofNullable(b.get(year));
            String textBefore = x.map(t -> SourceText.of(t.text())).orElse("");
            String textAfter = y.map(t -> SourceText.of(t.text())).orElse("");
            Optional<java.math.BigDecimal> valueBefore = x.flatMap(Target::value);
            Optional<java.math.BigDecimal> valueAfter = y.flatMap(Target::value);
            boolean sameValue = valueBefore.isPresent() == valueAfter.isPresent()
                    && (valueBefore.isEmpty() || valueBefore.get().compareTo(valueAfter.get()) == 0);
            if (!textBefore.equals(textAfter) || !sameValue) {
                out.add(new TargetChange(year, textBefore, textAfter, valueBefore, valueAfter));
            }
        }
        return out;
    }

    private static Map<String, Target> byYear(Optional<Placed> placed) {
        Map<String, Target> out = new LinkedHashMap<>();
        placed.ifPresent(p -> p.objective().targets().forEach(t -> out.put(t.year(), t)));
        return out;
    }

    private static Map<String, Placed> objectives(PlanSnapshot snapshot) {
        Map<String, Placed> out = new LinkedHashMap<>();
        for (ObjectiveTable table : snapshot.plan().objectives()) {
            for (ObjectiveGroup group : table.groups()) {
                for (Objective o : group.items()) {
                    out.put(o.id().value(), new Placed(table.id().value(), SourceText.of(group.title()), o));
                }
            }
        }
        return out;
    }
}

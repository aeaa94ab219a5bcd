package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plandoc.model.Appendix;
import plandoc.resolved.AppendixView;

/**
 * Appendices by id, and the consequence readers notice: every reference whose printed label is no
 * longer the same. Labels come from {@code compute} on both sides, never re-derived here.
 */
final class AppendixComparator {
    /** An appendix as printed: its label ("Phụ lục 3") and its title as written. */
    private record Printed(String label, String title) {
    }

    List<AppendixChange> appendices(PlanSnapshot before, PlanSnapshot after) {
        Map<String, Printed> was = appendices(before);
        Map<String, Printed> is = appendices(after);
        List<AppendixChange> out = new ArrayList<>();
        is.forEach((id, now) -> {
            Printed old = was.get(id);
            if (old == null) {
                out.add(new AppendixChange(id, Status.ADDED, "", now.label(), "", now.title()));
            } else if (!old.equals(now)) {
                out.add(new AppendixChange(id, Status.CHANGED, old.label(), now.label(), old.title(), now.title()));
            }
        });
        was.forEach((id, old) -> {
            if (!is.containsKey(id)) {
                out.add(new AppendixChange(id, Status.REMOVED, old.label(), "", old.title(), ""));
            }
        });
        return out;
    }

    /** Targets of {@code {ref:…}} in either version that exist in both and print differently. */
    List<LabelChange> references(PlanSnapshot before, PlanSnapshot after) {
        Map<String, Integer> usesBefore = ReferenceCounter.count(before.plan());
        Map<String, Integer> usesAfter = ReferenceCounter.count(after.plan());
        Map<String, Integer> targets = new LinkedHashMap<>(usesAfter);
        usesBefore.keySet().forEach(t -> targets.putIfAbsent(t, 0));
        List<LabelChange> out = new ArrayList<>();
        targets.forEach((target, uses) -> {
            String a = before.label(target);
            String b = after.label(target);
            if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                out.add(new LabelChange(target, a, b, uses));
            }
        });
        return out;
    }

    /** id → how the appendix is printed, its label as {@code compute} numbered it. */
    private static Map<String, Printed> appendices(PlanSnapshot snapshot) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (AppendixView view : snapshot.resolved().appendices()) {
            labels.put(view.anchor(), view.label());
        }
        Map<String, Printed> out = new LinkedHashMap<>();
        for (Appendix a : snapshot.plan().appendices().items()) {
            String id = a.id().value();
            out.put(id, new Printed(labels.getOrDefault(id, snapshot.label(id)), SourceText.of(a.title())));
        }
        return out;
    }
}

package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plandoc.model.Article;
import plandoc.model.Section;

/**
 * Articles and sections, followed by id. A section without an id cannot be followed across
 * versions on its own, so its words count as its nearest ancestor's that has one.
 */
final class PartComparator {
    private final WordDiffer words = new WordDiffer();

    /**
     * A part as compared: where it sits, its title and its words as printed, and the same as written (cited
     * figures left as {@code {amount:…}}), which tells an edit from a figure that moved with the budget.
     */
    private record Part(String id, String parent, String title, String text, String written) {
    }

    List<PartChange> compare(PlanSnapshot before, PlanSnapshot after) {
        List<PartChange> out = new ArrayList<>();
        ComparedText was = new ComparedText(before, after);
        ComparedText is = new ComparedText(after, before);
        out.addAll(changes(PartKind.ARTICLE, articles(before, was), articles(after, is), before, after));
        out.addAll(changes(PartKind.SECTION, sections(before, was), sections(after, is), before, after));
        return out;
    }

    private List<PartChange> changes(PartKind kind, Map<String, Part> before, Map<String, Part> after,
                                     PlanSnapshot was, PlanSnapshot is) {
        Set<String> reordered = reordered(before, after);
        List<PartChange> out = new ArrayList<>();
        for (Part p : after.values()) {
            Part old = before.get(p.id());
            if (old == null) {
                out.add(new PartChange(kind, p.id(), Status.ADDED, "", is.label(p.id()), p.title(), false,
                        WordDiff.NONE, WordDiff.NONE, false));
                continue;
            }
            boolean moved = !old.parent().equals(p.parent()) || reordered.contains(p.id());
            WordDiff title = sameWords(old.title(), p.title()) ? WordDiff.NONE : words.diff(old.title(), p.title());
            WordDiff text = sameWords(old.text(), p.text()) ? WordDiff.NONE : words.diff(old.text(), p.text());
            if (moved || title.changed() || text.changed()) {
                boolean citedOnly = (title.changed() || text.changed()) && sameWords(old.written(), p.written());
                out.add(new PartChange(kind, p.id(), Status.CHANGED, was.label(p.id()), is.label(p.id()), p.title(),
                        moved, title, text, citedOnly));
            }
        }
        for (Part p : before.values()) {
            if (!after.containsKey(p.id())) {
                out.add(new PartChange(kind, p.id(), Status.REMOVED, was.label(p.id()), "", p.title(), false,
                        WordDiff.NONE, WordDiff.NONE, false));
            }
        }
        return out;
    }

    /** Parts whose place among the siblings they share on both sides changed. */
    private static Set<String> reordered(Map<String, Part> before, Map<String, Part> after) {
        Set<String> moved = new java.util.HashSet<>();
        Set<String> parents = new java.util.LinkedHashSet<>();
        after.values().forEach(p -> parents.add(p.parent()));
        for (String parent : parents) {
            List<String> a = siblings(before, after, parent);
            List<String> b = siblings(after, before, parent);
            moved.addAll(Sequences.reordered(a, b));
        }
        return moved;
    }

    /** Children of {@code parent} in {@code side} that sit under the same parent in {@code other}. */
    private static List<String> siblings(Map<String, Part> side, Map<String, Part> other, String parent) {
        return side.values().stream()
                .filter(p -> p.parent().equals(parent) && other.containsKey(p.id()) && other.get(p.id()).parent().equals(parent))
                .map(Part::id).toList();
    }

    /** Whitespace is layout, not wording: a re-wrapped paragraph is the same text. */
    private static boolean sameWords(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    private static Map<String, Part> articles(PlanSnapshot snapshot, ComparedText words) {
        Map<String, Part> out = new LinkedHashMap<>();
        for (Article a : snapshot.plan().document().articles()) {
            ComparedText written = words.written();
            out.put(a.id().value(), new Part(a.id().value(), "", words.of(a.title()), words.of(a.text()),
                    written.of(a.title()) + "\n" + written.of(a.text())));
        }
        return out;
    }

    private static Map<String, Part> sections(PlanSnapshot snapshot, ComparedText words) {
        Map<String, Part> out = new LinkedHashMap<>();
        collect(snapshot.plan().body().sections(), "", words, out);
        return out;
    }

    private static void collect(List<Section> sections, String parent, ComparedText words, Map<String, Part> out) {
        for (Section s : sections) {
            if (s.id().isEmpty()) {
                collect(s.sections(), parent, words, out);
                continue;
            }
            String id = s.id().get().value();
            StringBuilder text = new StringBuilder();
            ownWords(s, false, words, text);
            StringBuilder written = new StringBuilder(words.written().of(s.title()));
            ownWords(s, false, words.written(), written);
            out.put(id, new Part(id, parent, words.of(s.title()), text.toString(), written.toString()));
            collect(s.sections(), id, words, out);
        }
    }

    /** A section's text and text_after, with its sub-sections that have no id (titles included). */
    private static void ownWords(Section s, boolean withTitle, ComparedText words, StringBuilder out) {
        if (withTitle) {
            append(out, words.of(s.title()));
        }
        s.agencies().forEach(a -> append(out, words.of(a)));
        s.text().ifPresent(t -> append(out, words.of(t)));
        for (Section child : s.sections()) {
            if (child.id().isEmpty()) {
                ownWords(child, true, words, out);
            }
        }
        s.textAfter().ifPresent(t -> append(out, words.of(t)));
    }

    private static void append(StringBuilder out, String words) {
        if (!words.isBlank()) {
            out.append(out.isEmpty() ? "" : "\n").append(words);
        }
    }
}

package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plandoc.model.Article;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Text;
import plandoc.validate.IdIndex;

/**
 * Articles and sections, followed by id. A section without an id cannot be followed across
 * versions on its own, so its words count as its nearest ancestor's that has one.
 */
final class PartComparator {
    private final WordDiffer words = new WordDiffer();

    /**
     * A part as compared: where it sits, its title and its words as printed, and the same as written (cited
     * figures left as {@code {amount:…}}), which tells an edit from a figure that moved with its table; the
     * figures it cites, to name that table.
     */
    private record Part(String id, String parent, String title, String text, String written, List<Reference> figures) {
    }

    List<PartChange> compare(PlanSnapshot before, PlanSnapshot after) {
        List<PartChange> out = new ArrayList<>();
        ComparedText was = new ComparedText(before, after);
        ComparedText is = new ComparedText(after, before);
        Sides sides = new Sides(before, after, was, is, new IdIndex(after.plan()));
        out.addAll(changes(PartKind.ARTICLE, articles(before, was), articles(after, is), sides));
        out.addAll(changes(PartKind.SECTION, sections(before, was), sections(after, is), sides));
        return out;
    }

    /** The two versions, each with its words as compared, and the ids of the later one (whose tables are named). */
    private record Sides(PlanSnapshot before, PlanSnapshot after, ComparedText was, ComparedText is, IdIndex index) {
    }

    private List<PartChange> changes(PartKind kind, Map<String, Part> before, Map<String, Part> after, Sides sides) {
        PlanSnapshot was = sides.before();
        PlanSnapshot is = sides.after();
        Set<String> reordered = reordered(before, after);
        List<PartChange> out = new ArrayList<>();
        for (Part p : after.values()) {
            Part old = before.get(p.id());
            if (old == null) {
                out.add(new PartChange(kind, p.id(), Status.ADDED, "", is.label(p.id()), p.title(), false,
                        WordDiff.NONE, WordDiff.NONE, false, List.of()));
                continue;
            }
            boolean moved = !old.parent().equals(p.parent()) || reordered.contains(p.id());
            WordDiff title = sameWords(old.title(), p.title()) ? WordDiff.NONE : words.diff(old.title(), p.title());
            WordDiff text = sameWords(old.text(), p.text()) ? WordDiff.NONE : words.diff(old.text(), p.text());
            if (moved || title.changed() || text.changed()) {
                boolean citedOnly = (title.changed() || text.changed()) && sameWords(old.written(), p.written());
                out.add(new PartChange(kind, p.id(), Status.CHANGED, was.label(p.id()), is.label(p.id()), p.title(),
                        moved, title, text, citedOnly, citedOnly ? citedFrom(old, p, sides) : List.of()));
            }
        }
        for (Part p : before.values()) {
            if (!after.containsKey(p.id())) {
                out.add(new PartChange(kind, p.id(), Status.REMOVED, was.label(p.id()), "", p.title(), false,
                        WordDiff.NONE, WordDiff.NONE, false, List.of()));
            }
        }
        return out;
    }

    /**
     * The tables whose cited figures print otherwise: the part is worded alike on both sides, so its figures are
     * cited in the same order, the n-th before being the n-th after.
     */
    private static List<CitedTable> citedFrom(Part old, Part p, Sides sides) {
        Set<CitedTable> tables = new java.util.LinkedHashSet<>();
        for (int i = 0; i < Math.min(old.figures().size(), p.figures().size()); i++) {
            Reference figure = p.figures().get(i);
            if (!sides.was().of(old.figures().get(i)).equals(sides.is().of(figure))) {
                tables.add(CitedTable.of(figure.target(), sides.after(), sides.index()));
            }
        }
        return List.copyOf(tables);
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
            List<Text> texts = new ArrayList<>();
            a.title().ifPresent(texts::add);
            texts.add(a.text());
            out.put(a.id().value(), new Part(a.id().value(), "", words.of(a.title()), words.of(a.text()),
                    joined(texts, words.written()), figures(texts)));
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
            List<Text> own = new ArrayList<>();
            ownTexts(s, false, own);
            List<Text> all = new ArrayList<>();
            s.title().ifPresent(all::add);
            all.addAll(own);
            out.put(id, new Part(id, parent, words.of(s.title()), joined(own, words), joined(all, words.written()),
                    figures(all)));
            collect(s.sections(), id, words, out);
        }
    }

    /** A section's text and text_after, with its sub-sections that have no id (titles included), in reading order. */
    private static void ownTexts(Section s, boolean withTitle, List<Text> out) {
        if (withTitle) {
            s.title().ifPresent(out::add);
        }
        out.addAll(s.agencies());
        s.text().ifPresent(out::add);
        for (Section child : s.sections()) {
            if (child.id().isEmpty()) {
                ownTexts(child, true, out);
            }
        }
        s.textAfter().ifPresent(out::add);
    }

    /** The texts' words one per line, blank ones left out. */
    private static String joined(List<Text> texts, ComparedText words) {
        return texts.stream().map(words::of).filter(w -> !w.isBlank()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The figures the texts cite, in reading order. */
    private static List<Reference> figures(List<Text> texts) {
        return texts.stream().flatMap(t -> t.parts().stream())
                .filter(part -> part instanceof Reference r && r.kind() != Reference.Kind.REF)
                .map(Reference.class::cast).toList();
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Amending;
import plandoc.model.Appendices;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Related;

/**
 * The links between a new document and the documents it amends or corrects ({@code amends:}, {@code corrects:}),
 * across the site's plans (s30 tryout F5): each side's page lists the other, cited by kind, number and date. A name
 * that is no plan folder of the content is an error at the name, with the nearest folder's name.
 */
public final class Amendments {
    private Amendments() {
    }

    /**
     * One document as the links see it.
     *
     * @param info     its facts (kind, number, date), when it could be computed; empty for a plan with errors, which is
     *                 still a folder that may be named, but cannot be cited
     * @param amending what it names ({@code amends:}, {@code corrects:})
     * @param appendices its appendices as read ({@link Appendices#NONE} when not known): an amending decision's
     *                 {@code start:} continues the numbers of the document it amends
     */
    public record Linked(String slug, Optional<DocumentInfo> info, Amending amending, Appendices appendices) {
        /** A document whose appendices are not known here (a plan known by its site record, a folder not read). */
        public Linked(String slug, Optional<DocumentInfo> info, Amending amending) {
            this(slug, info, amending, Appendices.NONE);
        }
    }

    /** What linking found: each plan's related documents (only those with any), and errors by the naming plan's slug. */
    public record Links(Map<String, Related> related, Map<String, Problems> problems) {
        public Related of(String slug) {
            return related.getOrDefault(slug, Related.NONE);
        }
    }

    public static Links link(List<Linked> documents) {
        Map<String, Linked> bySlug = new LinkedHashMap<>();
        documents.forEach(d -> bySlug.put(d.slug(), d));
        Map<String, List<Related.Document>> related = new LinkedHashMap<>();
        Map<String, Problems> problems = new LinkedHashMap<>();
        for (Linked document : documents) {
            named(document, document.amending().amends(), "amends", Related.Relation.AMENDS,
                    Related.Relation.AMENDED_BY, bySlug, related, problems);
            named(document, document.amending().corrects(), "corrects", Related.Relation.CORRECTS,
                    Related.Relation.CORRECTED_BY, bySlug, related, problems);
            continuedNumbers(document, bySlug, problems);
        }
        Map<String, Related> linked = new LinkedHashMap<>();
        related.forEach((slug, lines) -> linked.put(slug, new Related(lines)));
        return new Links(linked, problems);
    }

    /** Whether the new document is dated on or after the one it names; an error at the name if not. */
    private static boolean ordered(Linked document, Linked other, Amending.Target target, String key,
                                   Map<String, Problems> problems) {
        if (document.info().isEmpty() || other.info().isEmpty()) {
            return true;
        }
        Problems found = new Problems();
        boolean ordered = DocumentOrder.check(document.info().get(), other.slug(), other.info().get(), target.at(),
                "document.related-before", "document.related-undated", key, found);
        if (!found.sorted().isEmpty()) {
            problems.computeIfAbsent(document.slug(), s -> new Problems()).addAll(found);
        }
        return ordered;
    }

    /**
     * {@code start: N} of a decision that amends a document of the content with appendices (the first such one it
     * names): N must follow that document's last appendix, or the two documents' appendices skip or repeat a number
     * (s34). A warning at the number, saying the one to write: the officer may mean another document's appendices.
     */
    private static void continuedNumbers(Linked document, Map<String, Linked> bySlug, Map<String, Problems> problems) {
        Optional<Integer> start = document.appendices().start();
        if (start.isEmpty()) {
            return;
        }
        for (Amending.Target target : document.amending().amends()) {
            Linked amended = bySlug.get(target.slug());
            if (amended == null || target.slug().equals(document.slug()) || amended.appendices().items().isEmpty()) {
                continue;
            }
            Appendices its = amended.appendices();
            int last = its.start().orElse(1) + its.items().size() - 1;
            if (start.get() != last + 1) {
                problems.computeIfAbsent(document.slug(), s -> new Problems()).warning(document.appendices().startAt(),
                        start.get() > last + 1 ? "appendices.start-gap" : "appendices.start-overlap",
                        String.valueOf(start.get()), target.slug(), Numbering.appendix(its.numbering(), last),
                        String.valueOf(last + 1), Numbering.appendix(document.appendices().numbering(), last + 1));
            }
            return;
        }
    }

    private static void named(Linked document, List<Amending.Target> targets, String key, Related.Relation forward,
                              Related.Relation backward, Map<String, Linked> bySlug,
                              Map<String, List<Related.Document>> related, Map<String, Problems> problems) {
        for (Amending.Target target : targets) {
            Linked other = bySlug.get(target.slug());
            if (target.slug().equals(document.slug())) {
                problems.computeIfAbsent(document.slug(), s -> new Problems()).error(target.at(),
                        "document.related-itself", key);
                continue;
            }
            if (other == null) {
                List<String> slugs = bySlug.keySet().stream().filter(s -> !s.equals(document.slug())).toList();
                Optional<String> nearest = Suggestions.nearest(target.slug(), slugs);
                problems.computeIfAbsent(document.slug(), s -> new Problems()).error(target.at(),
                        nearest.isPresent() ? "document.related-unknown-near" : "document.related-unknown", key,
                        target.slug(), nearest.orElse(String.join(", ", slugs)), ContentFolderName.of(target.at()));
                continue;
            }
            if (!ordered(document, other, target, key, problems)) {
                continue;
            }
            // A plan with errors cannot be cited by number and date yet: its own errors say why.
            other.info().ifPresent(o -> related.computeIfAbsent(document.slug(), s -> new ArrayList<>())
                    .add(new Related.Document(forward, o.slug(), DocumentCitation.of(o))));
            document.info().ifPresent(d -> related.computeIfAbsent(other.slug(), s -> new ArrayList<>())
                    .add(new Related.Document(backward, d.slug(), DocumentCitation.of(d))));
        }
    }
}

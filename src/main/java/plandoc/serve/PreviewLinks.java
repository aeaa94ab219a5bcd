package plandoc.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.compute.Amendments;
import plandoc.compute.Standings;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.Amending;
import plandoc.model.StandingNote;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Related;
import plandoc.resolved.Standing;

/**
 * What a plan's site page says of the other plans, for the preview as {@code build} says it
 * ({@code Generator.acrossPlans}): the documents it amends or corrects and those amending or correcting it
 * ({@link Amendments}), and whether it is replaced or expired, or replaces another ({@link Standings}, from each
 * plan folder's {@code hieu-luc.yaml}). Worked out from what the page lane holds: a save reads no other plan's
 * files, and a plan's {@code hieu-luc.yaml} only when its folder changed and the file with it.
 */
final class PreviewLinks {
    private final PlanLoader loader = new PlanLoader(Path.of(""));
    /** Each plan's hieu-luc.yaml as last read, with the file's stamp then. */
    private final Map<String, Note> notes = new HashMap<>();

    /** One plan as the links see it: its facts when it has no errors, what it names, its hieu-luc.yaml. */
    record Plan(String slug, Optional<DocumentInfo> info, Amending amending, Optional<StandingNote> note) {
        boolean links() {
            return note.isPresent() || !amending.amends().isEmpty() || !amending.corrects().isEmpty();
        }
    }

    /** Each plan's related documents and standing (only those with any), and the errors found, by slug. */
    record Found(Map<String, Related> related, Map<String, Standing> standings, Map<String, List<Problem>> problems) {
        static final Found NONE = new Found(Map.of(), Map.of(), Map.of());

        Related related(String slug) {
            return related.getOrDefault(slug, Related.NONE);
        }

        Standing standing(String slug) {
            return standings.getOrDefault(slug, Standing.NONE);
        }

        List<Problem> problems(String slug) {
            return problems.getOrDefault(slug, List.of());
        }
    }

    private record Note(Optional<Stamp> stamp, Optional<StandingNote> note, List<Problem> problems) {
    }

    private record Stamp(java.nio.file.attribute.FileTime modified, long size) {
    }

    /**
     * The plan folder's {@code hieu-luc.yaml}, read again only when the file changed since it was last read; its
     * problems are the plan's ({@link Found#problems}).
     */
    Optional<StandingNote> note(String slug, Path folder) {
        Optional<Stamp> stamp = stamp(folder.resolve(StandingNote.FILE));
        Note known = notes.get(slug);
        if (known == null || !known.stamp().equals(stamp)) {
            Problems problems = new Problems();
            known = new Note(stamp, stamp.isEmpty() ? Optional.empty() : loader.standing(folder, problems), problems.sorted());
            notes.put(slug, known);
        }
        return known.note();
    }

    /** The plan is no longer previewed. */
    void forget(String slug) {
        notes.remove(slug);
    }

    /** What the pages of {@code plans} say of each other; nothing to work out when none names another nor has a note. */
    Found of(Collection<Plan> plans) {
        if (plans.stream().noneMatch(Plan::links)) {
            return Found.NONE;
        }
        Map<String, List<Problem>> problems = new HashMap<>();
        notes.forEach((slug, note) -> {
            if (!note.problems().isEmpty()) {
                problems.put(slug, new ArrayList<>(note.problems()));
            }
        });
        List<Amendments.Linked> linked = new ArrayList<>();
        List<Standings.Entry> entries = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (Plan plan : plans) {
            linked.add(new Amendments.Linked(plan.slug(), plan.info(), plan.amending()));
            entries.add(new Standings.Entry(plan.slug(), plan.info(), plan.note()));
            folders.add(plan.slug());
        }
        Amendments.Links links = Amendments.link(linked);
        Standings.Found found = Standings.find(entries, folders, plandoc.validate.CheckDate.today());
        links.problems().forEach((slug, more) -> problems.computeIfAbsent(slug, s -> new ArrayList<>()).addAll(more.sorted()));
        found.problems().forEach((slug, more) -> problems.computeIfAbsent(slug, s -> new ArrayList<>()).addAll(more.sorted()));
        return new Found(links.related(), found.standings(), problems);
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new Stamp(attributes.lastModifiedTime(), attributes.size())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no hieu-luc.yaml: in force, as most documents are
        }
    }
}

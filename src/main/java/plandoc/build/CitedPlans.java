package plandoc.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import plandoc.PlanOutcome;
import plandoc.compute.CitationLinks;
import plandoc.compute.CitedDocuments;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.PlanTexts;

/**
 * The plans of one check or build whose prose cites another document the site publishes ("Quyết định số 4086/QĐ-UBND
 * ngày 28/12/2012"), each citation linked to that document's page ({@link CitedDocuments}), and a typed date that
 * disagrees with the site's document of that number warned of. A plan known by its site record is read again when
 * its sources cite a document of the site, so that a document published after it is linked from it.
 */
public final class CitedPlans {
    private CitedPlans() {
    }

    /** @param published whether this output publishes the plan (not withheld: a draft of a plain build, a secret one) */
    public static List<PlanOutcome> link(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve,
                                         Predicate<PlanOutcome> published) {
        List<DocumentInfo> site = new ArrayList<>();
        for (PlanOutcome o : outcomes) {
            if (published.test(o) && !o.draft()) {
                info(o).ifPresent(site::add);
            }
        }
        if (site.isEmpty()) {
            return outcomes;
        }
        List<PlanOutcome> linked = new ArrayList<>(outcomes.size());
        for (PlanOutcome o : outcomes) {
            CitedDocuments others = new CitedDocuments(site.stream().filter(d -> !d.slug().equals(o.slug())).toList());
            PlanOutcome current = o.plan().isEmpty() && o.resolved().isEmpty() && o.record().isPresent()
                    && others.citesAny(sourceTexts(o.folder())) ? resolve.apply(o.folder()) : o;
            linked.add(linked(current, others));
        }
        return linked;
    }

    private static PlanOutcome linked(PlanOutcome o, CitedDocuments others) {
        o.plan().ifPresent(plan -> others.check(PlanTexts.all(plan), o.problems()));
        if (o.resolved().isEmpty()) {
            return o;
        }
        ResolvedPlan linked = CitationLinks.of(o.resolved().get(), others);
        return linked == o.resolved().get() ? o
                : new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.of(linked), o.record());
    }

    private static Optional<DocumentInfo> info(PlanOutcome o) {
        return o.resolved().map(ResolvedPlan::info).or(() -> o.record().map(SiteRecord::info));
    }

    /** A plan folder's YAML and Markdown as written: what its prose is read from. */
    private static List<String> sourceTexts(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".md"))
                    .filter(Files::isRegularFile).map(CitedPlans::read).toList();
        } catch (IOException e) {
            return List.of(); // an unreadable folder is reported where it is loaded
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}

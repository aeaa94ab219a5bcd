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
import java.util.function.Supplier;
import java.util.stream.Stream;
import plandoc.PlanOutcome;
import plandoc.compute.CitationLinks;
import plandoc.compute.CitedDocuments;
import plandoc.resolved.Cited;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.PlanTexts;

/**
 * The plans of one check or build whose prose cites another document the site publishes ("Quyết định số 4086/QĐ-UBND
 * ngày 28/12/2012"), each citation linked to that document's page ({@link CitedDocuments}), and a typed date that
 * disagrees with the site's document of that number warned of.
 * <p>
 * An issued document the site has published keeps the links it was published with (its record's {@code cited}): its
 * number and date stand for the text, PDF and Word copy the site published ({@link IssuedFreeze}), which a document
 * published after it must not change, nor stop the build when its PDF is signed. Drafts, documents not published
 * yet and those a build re-issues ({@code --reissue}: a new publication) link what the site publishes now. A plan known by its site record is read again only when its links would
 * change: when its sources cite a document of the site other than those its record links.
 */
public final class CitedPlans {
    private CitedPlans() {
    }

    /**
     * @param published whether this output publishes the plan (not withheld: a draft of a plain build, a secret one)
     * @param records   the site record of a plan as the site shows it; empty outside a build of the site
     * @param reissued  whether the build re-issues the plan if it was edited ({@code build --reissue}): a new
     *                  publication, which links what the site publishes now
     */
    public static List<PlanOutcome> link(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve,
                                         Predicate<PlanOutcome> published,
                                         Function<String, Optional<SiteRecord>> records,
                                         Predicate<PlanOutcome> reissued) {
        return link(outcomes, resolve, published, records, reissued, CitedPlans::sourceTexts);
    }

    /** As above, {@code sources} reading a plan folder's YAML and Markdown (a test sees which folders are read). */
    static List<PlanOutcome> link(List<PlanOutcome> outcomes, Function<Path, PlanOutcome> resolve,
                                  Predicate<PlanOutcome> published, Function<String, Optional<SiteRecord>> records,
                                  Predicate<PlanOutcome> reissued, Function<Path, List<String>> sources) {
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
            Optional<Cited> frozen = o.draft() || reissued.test(o) ? Optional.empty()
                    : o.record().or(() -> records.apply(o.slug())).filter(r -> !r.info().draft())
                    .map(r -> r.info().cited());
            List<DocumentInfo> targets = site.stream().filter(d -> !d.slug().equals(o.slug())).toList();
            CitedDocuments others = new CitedDocuments(frozen.map(f -> asLinked(targets, f)).orElse(targets));
            boolean known = o.plan().isEmpty() && o.resolved().isEmpty() && o.record().isPresent();
            PlanOutcome current = known && linksChange(others, o.record().get().info().cited(),
                    () -> sources.apply(o.folder())) ? resolve.apply(o.folder()) : o;
            linked.add(linked(current, others, new CitedDocuments(targets)));
        }
        return linked;
    }

    /**
     * Whether a plan known by its record would link other documents than the record's, its sources read. When there
     * is no document it could link (an issued document published citing none of the site's: it keeps linking none),
     * that is known without reading them: reading and scanning the 199 unchanged plans' sources was ~0.3 s of CPU of a
     * one-plan edit of a 200-plan site (docs/benchmarks.md, "Session 35: corpus").
     */
    private static boolean linksChange(CitedDocuments others, Cited recorded, Supplier<List<String>> sources) {
        return others.citesNothing() ? !recorded.isEmpty() : !sameLinks(others.cited(sources.get()), recorded);
    }

    /** Whether both link the same documents, in whatever order (the files of a folder are read in no set order). */
    private static boolean sameLinks(Cited a, Cited b) {
        return new java.util.HashSet<>(a.links()).equals(new java.util.HashSet<>(b.links()));
    }

    /**
     * The documents of {@code site} that {@code cited} links, each under the folder it was linked in: a document
     * renamed since is still linked where it was (its old folder forwards to the new one), as published.
     */
    private static List<DocumentInfo> asLinked(List<DocumentInfo> site, Cited cited) {
        List<DocumentInfo> linked = new ArrayList<>();
        for (Cited.Link link : cited.links()) {
            site.stream().filter(d -> link.citation().equals(CitedDocuments.citation(d))).findFirst()
                    .ifPresent(d -> linked.add(new DocumentInfo(link.slug(), d.numberSymbol(), d.date(), d.shortDate(),
                            d.kindName(), d.title(), d.issuer(), d.fileStem(), d.funding(), d.issuerIdentifier(),
                            d.subject(), d.standing(), d.related(), d.cited())));
        }
        return linked;
    }

    /** @param site what a typed date is checked against: every document of the site, a frozen plan's links or not */
    private static PlanOutcome linked(PlanOutcome o, CitedDocuments others, CitedDocuments site) {
        o.plan().ifPresent(plan -> site.check(PlanTexts.all(plan), o.problems()));
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

package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which version of each plan the site lists after a build, with the record its site pages are made from: a plan
 * whose published files stand, its own; a plan rendered, the new one; a plan that could not be rendered, the
 * version published before (kept). Each listed plan's entry goes into the cache; what happened to it into the tally.
 */
final class PlanListing {
    private final List<SiteRecord> records = new ArrayList<>();
    private final Set<String> listed = new HashSet<>();

    /** @param outcomes the renders of the plans rendered again, by slug */
    PlanListing(Collection<Planned> planned, Map<String, PlanRenders.Outcome> outcomes, BuildCache cache, Path outDir,
                BuildTally report) {
        for (Planned p : planned) {
            Optional<BuildCache.PlanEntry> entry = Optional.empty();
            Optional<SiteRecord> record = Optional.empty();
            if (p.fresh()) {
                entry = cache.plan(p.slug());
                record = p.record();
                (p.source().standing() == PlanSource.Standing.LAST_GOOD ? report.kept : report.unchanged).add(p.slug());
            } else {
                PlanRenders.Outcome outcome = outcomes.get(p.slug());
                if (outcome != null) {
                    outcome.problem().ifPresent(report.problems::add);
                    entry = outcome.entry();
                    record = outcome.record();
                    // Its files came out as published: not staged, so not said to be redrawn.
                    entry.ifPresent(e -> (outcome.filesSame() ? report.unchanged : report.rendered).add(p.slug()));
                    entry.filter(e -> outcome.filesSame()).ifPresent(e -> report.renderedSame.add(p.slug()));
                    if (entry.isPresent() && !outcome.namesKept().isEmpty()) {
                        report.namesKept.put(p.slug(), outcome.namesKept());
                    }
                    if (entry.isPresent() && !outcome.namesDropped().isEmpty()) {
                        report.namesDropped.put(p.slug(), outcome.namesDropped());
                    }
                    if (entry.isPresent() && !outcome.signedKept().isEmpty()) {
                        report.signedKept.put(p.slug(), outcome.signedKept());
                    }
                }
                if (entry.isEmpty() && cache.plan(p.slug()).isPresent()) {
                    // It could not be rendered: its previous version stays published and listed.
                    entry = cache.plan(p.slug());
                    String key = entry.get().key();
                    record = SiteRecords.read(outDir, p.slug()).filter(r -> r.key().equals(key));
                    report.kept.add(p.slug());
                }
            }
            if (entry.isPresent() && record.isPresent()) {
                cache.putPlan(p.slug(), entry.get());
                records.add(record.get());
                report.published.add(p.slug());
                listed.add(p.slug());
            }
        }
    }

    /** The records of the plans listed, in the order of the build's plans. */
    List<SiteRecord> records() {
        return records;
    }

    /** The slugs of the plans listed: any other the site holds is unpublished. */
    Set<String> listed() {
        return listed;
    }
}

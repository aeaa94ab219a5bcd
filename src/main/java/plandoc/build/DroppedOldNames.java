package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import plandoc.diagnostic.Message;
import plandoc.publish.SignedFiles;
import plandoc.publish.Transaction;
import plandoc.render.RenderProblem;

/**
 * {@code build --drop-old-names} ({@link DropOldNames}) where a build applies it itself: to the plans whose published
 * files stand (a plan rendered again drops its old names as it renders, {@link PlanRenders}); and the values that
 * named no old name, said as a mistake.
 */
final class DroppedOldNames {
    private final DropOldNames drop;

    DroppedOldNames(DropOldNames drop) {
        this.drop = drop;
    }

    /**
     * {@code --drop-old-names} for the plans whose published files stand (not rendered again): each old name it
     * names is taken out of the plan's folder (a signed copy archived, as a build never deletes a signed file),
     * its record and its cache entry; the record is staged again. Returns whether any was.
     */
    boolean dropFromFresh(Map<String, Planned> planned, Path outDir, BuildCache cache, Transaction transaction,
                                  BuildTally report) throws IOException {
        if (!drop.any()) {
            return false;
        }
        boolean any = false;
        for (Planned p : List.copyOf(planned.values())) {
            if (!p.fresh() || p.record().isEmpty()) {
                continue;
            }
            SiteRecord record = p.record().get();
            SortedMap<String, String> kept = new java.util.TreeMap<>(record.aliases());
            SortedMap<String, String> dropped = drop.takeFrom(p.slug(), kept);
            if (dropped.isEmpty()) {
                continue;
            }
            Path folder = outDir.resolve(p.slug());
            for (SignedFiles.Signed file : SignedFiles.in(folder)) {
                if (dropped.containsKey(file.name())) {
                    transaction.stageFile(SignedFiles.archivePath(outDir, p.slug(), file), file.bytes());
                }
            }
            dropped.keySet().forEach(name -> transaction.remove(p.slug() + "/" + name));
            List<BuildCache.OutputFile> files = record.files().stream()
                    .filter(f -> !dropped.containsKey(f.name())).toList();
            SiteRecord without = new SiteRecord(record.slug(), record.key(), record.folder(), record.info(),
                    record.summary(), record.agencyWork(), record.problems(), files, record.version(), kept, record.archived(),
                    record.format());
            BuildCache.PlanEntry entry = cache.plan(p.slug()).orElseThrow();
            cache.putPlan(p.slug(), new BuildCache.PlanEntry(entry.key(), entry.files().stream()
                    .filter(f -> !dropped.containsKey(f.name())).toList(), entry.links(), entry.unprinted()));
            planned.put(p.slug(), new Planned(p.source(), p.key(), true, SiteRecords.parse(SiteRecords.bytes(without)),
                    true));
            report.namesDropped.put(p.slug(), dropped);
            any = true;
        }
        return any;
    }

    /**
     * A value of {@code --drop-old-names} that named no old name this build dropped (mistyped, a current name, a plan
     * that keeps none): an error naming the old names the site keeps, so the administrator can type one of them.
     */
    void unmatchedDrops(List<SiteRecord> records, Path outDir, BuildTally report) {
        List<String> unmatched = drop.unmatched(report.namesDropped);
        if (unmatched.isEmpty()) {
            return;
        }
        List<String> kept = records.stream()
                .flatMap(r -> r.aliases().keySet().stream().map(name -> r.slug() + "/" + name)).toList();
        for (String value : unmatched) {
            report.problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, outDir.toString(), kept.isEmpty()
                    ? Message.of("build.drop-none-kept", value)
                    : Message.of("build.drop-not-kept", value, String.join(", ", kept)), ""));
        }
    }
}

package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import plandoc.history.SourceVersion;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.ResolvedPlan;

/**
 * When a plan's sources were last edited with no commit to date the edit (s23 review L1): outside git, or with
 * uncommitted edits, a republished plan whose figures changed kept its issue date in the feed and the sitemap, so feed
 * readers never saw the correction. The date is the latest modification time of the files the plan is made from (its
 * folder's files and the shared files it reads: {@link ResolvedPlan#sources}), so it is a function of the sources
 * and their times: a build into an empty folder and an incremental one write the same feed while the files keep their
 * times, and an unchanged rebuild leaves it as it is. A file touched without a change is dated anew only by a build
 * that renders the plan; an incremental one that finds it unchanged keeps the recorded date (s24 re-read L2). (s23's first attempt dated the build that republished the plan: an incremental build then differed from
 * a fresh one.) A time later than {@code SOURCE_DATE_EPOCH}, the time a reproducible build is made at, is taken as
 * that time ({@link #clamped}), as reproducible builds clamp file times.
 */
final class SourcesEdited {
    /** Vietnam time as an offset, as the record writes it ("2026-12-06T14:30:05+07:00") and the feed prints it. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private SourcesEdited() {
    }

    /**
     * @param version the version the plan's page names: a clean commit dates the plan itself (none then)
     */
    static Optional<ZonedDateTime> of(ResolvedPlan plan, Optional<SourceVersion> version) {
        if (version.filter(v -> !v.dirty()).isPresent() || plan.sourceFolder().isEmpty()) {
            return Optional.empty();
        }
        Path base = plan.sourceFolder().get().toAbsolutePath().normalize().getParent();
        return latest(base, plan.sources());
    }

    /** The latest modification time among {@code names} under {@code base}, in Vietnam time to the second. */
    static Optional<ZonedDateTime> latest(Path base, List<String> names) {
        Optional<Instant> latest = Optional.empty();
        for (String name : names) {
            try {
                Instant at = Files.getLastModifiedTime(base.resolve(name)).toInstant();
                latest = latest.filter(l -> !l.isBefore(at)).or(() -> Optional.of(at));
            } catch (IOException e) {
                // a source gone since it was read: the others date the plan
            }
        }
        return latest.map(at -> at.truncatedTo(ChronoUnit.SECONDS).atOffset(VIETNAM).toZonedDateTime());
    }

    /** The summaries with no edit later than {@code epoch} ({@code SOURCE_DATE_EPOCH}), when it is set. */
    static List<PlanSummary> clamped(List<PlanSummary> summaries, Optional<Instant> epoch) {
        if (epoch.isEmpty()) {
            return summaries;
        }
        ZonedDateTime limit = epoch.get().atOffset(VIETNAM).toZonedDateTime();
        return summaries.stream().map(s -> s.edited().filter(at -> at.isAfter(limit)).isPresent()
                ? s.withEdited(Optional.of(limit)) : s).toList();
    }
}

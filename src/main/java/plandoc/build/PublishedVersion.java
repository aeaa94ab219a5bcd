package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.Generator;
import plandoc.load.PlanLoader;

/**
 * The version of a plan the site shows, read back from the sources it was published from
 * ({@code <site>/.plandoc/published/<slug>/}): when the plan now has errors, this is what stays
 * published, listed in the index and in the agency view.
 */
public final class PublishedVersion {
    private final Path site;
    /** The plans whose older records {@link #read} made again: their new records are staged ({@link SiteUpdate#remade}). */
    private final java.util.Set<String> remade = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public PublishedVersion(Path site) {
        this.site = site;
    }

    /**
     * The published version of {@code slug}: its site record when it is the one the site was built
     * with, else its published sources checked and computed again; empty if there is none. A record an older
     * plandoc wrote is made again from those sources ({@link OlderRecords}); when they no longer check, it stands
     * for the plan all the same (a published plan stays listed; the build says its figures are old).
     */
    public Optional<PlanSource> read(String slug, Generator generator) {
        Path folder = SiteUpdate.lastGoodFolder(site, slug);
        Optional<String> key = BuildCache.read(site).plan(slug).map(BuildCache.PlanEntry::key);
        Optional<SiteRecord> record = SiteRecords.read(site, slug).filter(r -> key.equals(Optional.of(r.key())));
        if (record.isPresent() && record.get().current()) {
            return Optional.of(PlanSource.recorded(folder, record.get(), PlanSource.Standing.LAST_GOOD));
        }
        if (!PlanLoader.isPlanFolder(folder)) {
            return record.map(r -> PlanSource.recorded(folder, r, PlanSource.Standing.LAST_GOOD));
        }
        plandoc.PlanOutcome published = generator.resolve(folder);
        if (record.isPresent()) {
            Optional<SiteRecord> made = OlderRecords.remade(record.get(), published);
            made.ifPresent(r -> remade.add(slug));
            return Optional.of(PlanSource.recorded(folder, made.orElse(record.get()), PlanSource.Standing.LAST_GOOD));
        }
        return published.resolved().map(plan -> new PlanSource(folder, plan, PlanSource.Standing.LAST_GOOD));
    }

    /**
     * The plans whose records {@link #read} made again from their published sources: staged in place of the older
     * ones, so the next build reads them as they are instead of resolving those sources again (s21 re-read 9).
     */
    public java.util.Set<String> remade() {
        return java.util.Set.copyOf(remade);
    }

    /**
     * When the published sources were last edited (they keep their modification time): the latest of them, the
     * province.yaml and register beside the plan folder too, so an edit published there is not dated by plan.yaml.
     */
    public Optional<FileTime> editedAt(String slug) {
        try (java.util.stream.Stream<Path> files = Files.walk(SiteUpdate.lastGoodFolder(site, slug).getParent())) {
            return files.filter(Files::isRegularFile).map(PublishedVersion::modified).flatMap(Optional::stream)
                    .max(FileTime::compareTo);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** A source the plan was published from that is not the same now: its path as given, when it was edited. */
    public record EditedSource(Path path, Optional<FileTime> editedAt) {
    }

    /**
     * The published sources of {@code slug} that differ now in {@code planFolder} and the files beside it (province.yaml,
     * the register), in order: what was edited since the version the site shows (s22 tryout L2: only province.yaml
     * was, and the note dated plan.yaml). A file taken away has no time. Files added since are not named: one the plan
     * uses is named in a published file that changed.
     */
    public List<EditedSource> editedSince(String slug, Path planFolder) {
        Path published = SiteUpdate.lastGoodFolder(site, slug).getParent();
        Path contentDir = planFolder.toAbsolutePath().normalize().getParent();
        Path shownDir = planFolder.getParent() == null ? Path.of("") : planFolder.getParent();
        List<EditedSource> edited = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(published)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = published.relativize(file).toString();
                Path now = contentDir.resolve(relative);
                if (!Files.isRegularFile(now)) {
                    edited.add(new EditedSource(shownDir.resolve(relative), Optional.empty()));
                } else if (Files.mismatch(file, now) != -1) {
                    edited.add(new EditedSource(shownDir.resolve(relative), modified(now)));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // the note is a courtesy: without it, the error above still says what is wrong
        }
        return List.copyOf(edited);
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package plandoc.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import plandoc.model.VietnamTime;
import plandoc.resolved.ResolvedPlan;

/**
 * A version of a plan's sources with no commit to name it (s26 tryout H-1: an older plain copy of the content, built
 * from another folder, replaced the published versions silently): the files it is made from — laid out as a content
 * folder, as {@code .plandoc/<site>/published/<slug>/} keeps them — compared byte for byte, and dated by the plan's
 * issue date ({@code document.date}) and then by the latest modification time of those files.
 *
 * @param files  relative name ("qd-4086/plan.yaml", "province.yaml") → the file
 * @param issued the plan's {@code document.date}, when it has one
 */
record PlainVersion(Map<String, Path> files, Optional<LocalDate> issued) {
    PlainVersion {
        files = Map.copyOf(files);
    }

    /** The sources a plan was just read from, as its PDF carries them ({@link ResolvedPlan#sources}). */
    static PlainVersion read(ResolvedPlan plan, Path folder) {
        Path base = plan.sourceFolder().orElse(folder).toAbsolutePath().normalize().getParent();
        Map<String, Path> files = new TreeMap<>();
        plan.sources().forEach(name -> files.put(name, base.resolve(name)));
        return new PlainVersion(files, plan.info().date());
    }

    /** The sources a plan was published from, kept beside the site ({@link SiteUpdate#PUBLISHED}); empty if none. */
    static Optional<PlainVersion> published(Path outDir, String slug, Optional<LocalDate> issued) {
        Path root = SiteUpdate.lastGoodFolder(outDir, slug).getParent();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString()
                    .replace(java.io.File.separatorChar, '/'), f));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(new PlainVersion(files, issued));
    }

    /** Whether {@code other} is made of the same files with the same bytes. */
    boolean sameAs(PlainVersion other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        for (Map.Entry<String, Path> file : files.entrySet()) {
            try {
                if (Files.mismatch(file.getValue(), other.files.get(file.getKey())) != -1) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The latest modification time of its files. */
    Optional<Instant> edited() {
        Optional<Instant> latest = Optional.empty();
        for (Path file : files.values()) {
            try {
                Instant at = Files.getLastModifiedTime(file).toInstant();
                latest = latest.filter(l -> !l.isBefore(at)).or(() -> Optional.of(at));
            } catch (IOException e) {
                // a file gone since it was listed: the others date the version
            }
        }
        return latest;
    }

    /**
     * Whether this version is older than {@code published}: issued earlier, or issued the same day (or undated) and
     * last edited before it. A plan's own date says it when it moved; the files' times otherwise, which a copy keeps
     * (Explorer, {@code cp -p}, an unzipped archive) but a plain {@code cp} sets to the moment it copied.
     */
    boolean olderThan(PlainVersion published) {
        if (issued.isPresent() && published.issued.isPresent() && !issued.get().equals(published.issued.get())) {
            return issued.get().isBefore(published.issued.get());
        }
        Optional<Instant> mine = edited();
        Optional<Instant> theirs = published.edited();
        return mine.isPresent() && theirs.isPresent() && mine.get().isBefore(theirs.get());
    }

    /**
     * How a refusal names the version: its latest edit, and its issue date when {@code issuedToo}, as a phrase written
     * in the reader's language ("@publish.plain-edited|dd|MM|yyyy|HH|mm", {@code plandoc.diagnostic.Messages}); "?"
     * when no file could be dated.
     */
    String argument(boolean issuedToo) {
        return edited().map(at -> {
            ZonedDateTime t = at.atZone(VietnamTime.ZONE);
            return "@publish.plain-edited" + (issuedToo ? "-issued|" : "|") + two(t.getDayOfMonth()) + "|"
                    + two(t.getMonthValue()) + "|" + t.getYear() + "|" + two(t.getHour()) + "|" + two(t.getMinute())
                    + (issuedToo ? "|" + issuedArgument() : "");
        }).orElse("?");
    }

    /** The issue date as the document prints it in figures ("28/12/2012"); "?" for a plan without one. */
    String issuedArgument() {
        return issued.map(d -> two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear()).orElse("?");
    }

    private static String two(int value) {
        return String.format(java.util.Locale.ROOT, "%02d", value);
    }
}

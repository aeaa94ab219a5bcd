package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The earlier versions of a published document the site keeps and its page links (s32): re-issued ones, kept in
 * {@link IssuedFreeze#ARCHIVE}, and replaced signed PDFs, kept in {@link plandoc.publish.SignedFiles#ARCHIVE}; listed by
 * the plan's site record, or read once from the archives' file names on a site older than s32.
 */
final class ArchivedVersions {
    private ArchivedVersions() {
    }

    /**
     * The earlier versions of the plan the site keeps, oldest first: what its page links and its record lists (s32).
     * Those the site's record of it lists (of its former folder, {@code from}, when renamed in this build), with those
     * archived now: {@code now} (re-issued), {@code signedNow} (its signed PDF replaced, {@code --replace-signed}); not
     * those put back in its folder ({@code restored}), nor a file no longer in the site. A record written before s32
     * lists none: the archive folders' file names are read instead, once, the record then keeping what they say.
     *
     * @param on   whether the site's records count (a build into the portal's site: {@link IssuedFreeze#on()})
     * @param stem the plan's file stem: a separate appendix's signed PDF archived is not a version of the document
     */
    static List<ArchivedVersion> of(boolean on, Path outDir, String slug, Optional<String> from, String stem,
                                    Optional<IssuedFreeze.Replaced> now, List<String> signedNow, java.util.Set<String> restored) throws IOException {
        LocalDate today = LocalDate.now(plandoc.model.VietnamTime.ZONE);
        // In the order they were replaced: the record's, then this build's (two the same day keep theirs).
        Map<String, ArchivedVersion> versions = new java.util.LinkedHashMap<>();
        java.util.Set<String> staged = new TreeSet<>();
        if (on) {
            String recorded = from.orElse(slug);
            List<ArchivedVersion> listed = SiteRecords.read(outDir, recorded).map(SiteRecord::archived).orElse(List.of());
            if (listed.isEmpty()) {
                listed = fromNames(outDir, from.isPresent() ? List.of(slug, recorded) : List.of(slug), stem);
            }
            listed.forEach(v -> versions.put(v.path(), v));
        }
        now.ifPresent(r -> versions.put(r.path(), new ArchivedVersion(r.path(), today, r.why())));
        now.ifPresent(r -> staged.add(r.path()));
        for (String path : signedNow) {
            if (path.substring(path.lastIndexOf('/') + 1).startsWith(stem + SIGNED)) {
                versions.put(path, new ArchivedVersion(path, today, ArchivedVersion.Why.SIGNED_REPLACED));
                staged.add(path);
            }
        }
        List<ArchivedVersion> kept = new ArrayList<>();
        for (ArchivedVersion v : versions.values()) {
            if (!restored.contains(v.path()) && (staged.contains(v.path()) || Files.isRegularFile(outDir.resolve(v.path())))) {
                kept.add(v);
            }
        }
        kept.sort(java.util.Comparator.comparing(ArchivedVersion::replaced));
        return kept;
    }

    /**
     * The links a plan's page gives to {@code versions}, oldest first: "../ban-da-thay-the/…", the day each was
     * replaced and the link's words as compute words them in the chrome's {@code language} (what the version is,
     * signed or not, and the day it was replaced), and whether it is the text as first issued (the oldest: every
     * later one is a re-issue's).
     */
    static List<plandoc.render.html.PlanPage.ReplacedVersion> links(List<ArchivedVersion> versions, String language) {
        List<String> days = plandoc.compute.ReplacedVersionDays.labels(versions.stream().map(ArchivedVersion::replaced).toList());
        List<String> words = plandoc.compute.ReplacedVersionDays.entries(versions.stream()
                .map(v -> new plandoc.compute.ReplacedVersionDays.Replaced(v.replaced(),
                        v.why() == ArchivedVersion.Why.SIGNED_REPLACED, v.why() == ArchivedVersion.Why.REPUBLISHED))
                .toList(), language);
        List<plandoc.render.html.PlanPage.ReplacedVersion> links = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            links.add(new plandoc.render.html.PlanPage.ReplacedVersion("../" + versions.get(i).path(), days.get(i), i == 0,
                    words.get(i)));
        }
        return links;
    }

    /**
     * The words the pages of {@code records}' plans link their earlier versions with, in {@code language}, by the
     * version's path from the site root: {@link #links}' labels, so what the build says of a version quotes its page.
     */
    static java.util.Map<String, String> words(List<SiteRecord> records, String language) {
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        for (SiteRecord record : records) {
            List<ArchivedVersion> versions = record.archived();
            List<plandoc.render.html.PlanPage.ReplacedVersion> links = links(versions, language);
            for (int i = 0; i < versions.size(); i++) {
                words.put(versions.get(i).path(), links.get(i).label());
            }
        }
        return words;
    }

    /** How {@link plandoc.publish.SignedFiles#archivePath} names a replaced signed PDF after its stem. */
    private static final String SIGNED = "-da-ky-";
    private static final java.util.regex.Pattern DATED =
            java.util.regex.Pattern.compile("-(?:thay-the|da-ky)-(\\d{4}-\\d{2}-\\d{2})(-\\d+)?\\.pdf$");

    /**
     * A site before s32: the versions its archives hold, from their file names. A re-issued PDF's name carries the day
     * it was replaced; a signed one's the day it was signed, so the day it was written there (when it was replaced)
     * is taken, never earlier than that.
     */
    private static List<ArchivedVersion> fromNames(Path outDir, List<String> slugs, String stem) throws IOException {
        List<ArchivedVersion> versions = new ArrayList<>();
        for (String slug : slugs) {
            for (String archive : List.of(IssuedFreeze.ARCHIVE, plandoc.publish.SignedFiles.ARCHIVE)) {
                Path folder = outDir.resolve(archive).resolve(slug);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                boolean signed = !archive.equals(IssuedFreeze.ARCHIVE);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        java.util.regex.Matcher m = DATED.matcher(name);
                        if (!m.find() || signed && !name.startsWith(stem + SIGNED)) {
                            continue;
                        }
                        LocalDate day = LocalDate.parse(m.group(1));
                        if (signed) {
                            LocalDate written = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                                    plandoc.model.VietnamTime.ZONE);
                            day = written.isAfter(day) ? written : day;
                        }
                        versions.add(new ArchivedVersion(archive + "/" + slug + "/" + name, day, signed
                                ? ArchivedVersion.Why.SIGNED_REPLACED : ArchivedVersion.Why.REISSUED));
                    }
                }
            }
        }
        // "…-2026-12-07.pdf" before "…-2026-12-07-2.pdf": replaced the same day, in that order.
        versions.sort(java.util.Comparator.comparing(ArchivedVersion::replaced).thenComparing(v -> sameDay(v.path())));
        return versions;
    }

    /** The n of a name "…-2026-12-07-n.pdf", 1 without it. */
    private static int sameDay(String path) {
        java.util.regex.Matcher m = DATED.matcher(path);
        return m.find() && m.group(2) != null ? Integer.parseInt(m.group(2).substring(1)) : 1;
    }
}

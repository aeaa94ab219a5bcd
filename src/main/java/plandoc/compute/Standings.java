package plandoc.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.model.StandingNote;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Standing;

/**
 * Each document's standing among the site's documents (s30 tryout F2): what its {@code hieu-luc.yaml} says, the
 * replacing document cited by its number and date, and on the replacing document's page what it replaces.
 */
public final class Standings {
    private Standings() {
    }

    /**
     * One plan as the check sees it.
     *
     * @param info its facts, when it was read or recorded without errors
     * @param note what its hieu-luc.yaml says, when it has one
     */
    public record Entry(String slug, Optional<DocumentInfo> info, Optional<StandingNote> note) {
    }

    /** The standings found, by slug (none for a plan in force replacing nothing), and the errors, by slug. */
    public record Found(Map<String, Standing> standings, Map<String, Problems> problems) {
        public Standing of(String slug) {
            return standings.getOrDefault(slug, Standing.NONE);
        }
    }

    /**
     * {@code folders}: every plan folder's name in the content folder, for a misspelt name's nearest; {@code today}:
     * the day the site is built, before which a replacing document dated later has not replaced the document yet.
     */
    public static Found find(List<Entry> entries, Set<String> folders, java.time.LocalDate today) {
        Map<String, Entry> bySlug = new LinkedHashMap<>();
        entries.forEach(e -> bySlug.put(e.slug(), e));
        Map<String, Problems> problems = new LinkedHashMap<>();
        Map<String, Optional<Standing.Cited>> replacedBy = new LinkedHashMap<>();
        Map<String, Optional<Standing.Day>> expired = new LinkedHashMap<>();
        Map<String, Optional<Standing.Day>> replacedFrom = new LinkedHashMap<>();
        Map<String, Optional<Standing.Day>> expiredFrom = new LinkedHashMap<>();
        Map<String, Optional<Standing.Day>> replacedSince = new LinkedHashMap<>();
        Map<String, List<Standing.Replaced>> replaces = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.note().isEmpty()) {
                continue;
            }
            StandingNote note = entry.note().get();
            Problems found = new Problems();
            if (entry.info().map(DocumentInfo::draft).orElse(false)) {
                found.error(note.at(), "standing.draft", StandingNote.FILE);
            }
            Optional<Standing.Cited> by = note.replacedBy().flatMap(v -> cited(entry, v, note, bySlug, folders, found));
            entry.info().flatMap(DocumentInfo::date).ifPresent(issued -> note.expired().filter(d -> d.isBefore(issued))
                    .ifPresent(d -> found.error(note.expiredAt(), "standing.expired-before-issue", d.toString(),
                            issued.toString())));
            // No day without a replacement: one not published (see cited) leaves this document in force.
            Optional<java.time.LocalDate> takesEffect = takesEffect(entry, note, by, bySlug, found).filter(d -> by.isPresent());
            if (!found.sorted().isEmpty()) {
                problems.put(entry.slug(), found);
            }
            if (found.hasErrors()) {
                continue;
            }
            replacedBy.put(entry.slug(), by);
            // A replacement that takes effect after today: till then this one stays in force, the other "will replace" it.
            Optional<Standing.Day> toCome = takesEffect.filter(d -> d.isAfter(today)).map(Standings::day);
            replacedFrom.put(entry.slug(), toCome);
            // Once come, the day replaced_from: wrote stays said (s35 review H1); the default day, the replacing
            // document's issue date, is in its citation already.
            Optional<Standing.Day> since = takesEffect.flatMap(d -> note.replacedFrom()).filter(d -> !d.isAfter(today))
                    .map(Standings::day);
            replacedSince.put(entry.slug(), since);
            // An expiry dated after today likewise: in force till that day, which the page says.
            expired.put(entry.slug(), note.expired().filter(d -> !d.isAfter(today)).map(Standings::day));
            expiredFrom.put(entry.slug(), note.expired().filter(d -> d.isAfter(today)).map(Standings::day));
            by.flatMap(Standing.Cited::slug).ifPresent(slug -> replaces.computeIfAbsent(slug, s -> new ArrayList<>())
                    .add(new Standing.Replaced(new Standing.Cited(Optional.of(entry.slug()),
                            entry.info().map(DocumentCitation::of).orElse(entry.slug())), toCome, since)));
        }
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Standing standing = new Standing(replacedBy.getOrDefault(entry.slug(), Optional.empty()),
                    replacedFrom.getOrDefault(entry.slug(), Optional.empty()), expired.getOrDefault(entry.slug(), Optional.empty()),
                    expiredFrom.getOrDefault(entry.slug(), Optional.empty()), replaces.getOrDefault(entry.slug(), List.of()),
                    replacedSince.getOrDefault(entry.slug(), Optional.empty()));
            if (!standing.isEmpty()) {
                standings.put(entry.slug(), standing);
            }
        }
        return new Found(standings, problems);
    }

    /**
     * The day the replacement takes effect: replaced_from: when written (checked against the replacing document's
     * issue date, else this document's), else the replacing plan folder's issue date; none for a citation in words
     * without replaced_from: (replaced at once, its day unknown).
     */
    private static Optional<java.time.LocalDate> takesEffect(Entry entry, StandingNote note, Optional<Standing.Cited> by,
                                                             Map<String, Entry> bySlug, Problems found) {
        Optional<java.time.LocalDate> issued = by.flatMap(Standing.Cited::slug).map(bySlug::get).flatMap(Entry::info)
                .flatMap(DocumentInfo::date);
        if (note.replacedFrom().isEmpty()) {
            return issued;
        }
        java.time.LocalDate from = note.replacedFrom().get();
        if (note.replacedBy().isEmpty()) {
            found.error(note.replacedFromAt(), "standing.replaced-from-alone");
        } else if (issued.isPresent() && from.isBefore(issued.get())) {
            found.error(note.replacedFromAt(), "standing.replaced-from-before", from.toString(), note.replacedBy().get(),
                    issued.get().toString());
        } else {
            entry.info().flatMap(DocumentInfo::date).filter(from::isBefore).ifPresent(own -> found.error(
                    note.replacedFromAt(), "standing.replaced-from-before-issue", from.toString(), own.toString()));
        }
        return Optional.of(from);
    }

    private static Standing.Day day(java.time.LocalDate day) {
        return new Standing.Day(day.toString(), VietnameseDates.short_(day));
    }

    /** The replacing document: a plan folder of the site, checked, or a citation typed in words. */
    private static Optional<Standing.Cited> cited(Entry entry, String value, StandingNote note, Map<String, Entry> bySlug,
                                                  Set<String> folders, Problems found) {
        if (!note.namesFolder()) {
            return Optional.of(new Standing.Cited(Optional.empty(), value));
        }
        if (value.equals(entry.slug())) {
            found.error(note.replacedByAt(), "standing.replaced-by-itself", value, ContentFolderName.of(note.replacedByAt()));
            return Optional.empty();
        }
        Entry other = bySlug.get(value);
        if (other == null && !folders.contains(value)) {
            Optional<String> nearest = Suggestions.nearest(value, folders.stream().filter(f -> !f.equals(entry.slug()))
                    .toList());
            if (nearest.isPresent()) {
                found.error(note.replacedByAt(), "standing.unknown-plan-nearest", value, nearest.get(), ContentFolderName.of(note.replacedByAt()));
            } else {
                found.error(note.replacedByAt(), "standing.unknown-plan", value, ContentFolderName.of(note.replacedByAt()));
            }
            return Optional.empty();
        }
        Optional<DocumentInfo> info = other == null ? Optional.empty() : other.info();
        // A plan folder read with errors and never published (dated after today, say): its page is not on the site,
        // so this document is not shown replaced by it, nor linked to a missing page (s35 review H2).
        if (other != null && info.isEmpty()) {
            found.warning(note.replacedByAt(), "standing.replaced-by-unpublished", value);
            return Optional.empty();
        }
        if (info.map(DocumentInfo::draft).orElse(false)) {
            found.error(note.replacedByAt(), "standing.replaced-by-draft", value);
            return Optional.empty();
        }
        if (info.isPresent() && entry.info().isPresent() && !DocumentOrder.check(info.get(), entry.slug(),
                entry.info().get(), note.replacedByAt(), "standing.replaced-before", "standing.replaced-undated", value,
                found)) {
            return Optional.empty();
        }
        return Optional.of(new Standing.Cited(Optional.of(value), info.map(DocumentCitation::of).orElse(value)));
    }
}

package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * A document's standing as the portal shows it (s30 tryout F2): replaced by another document, no longer in force, or
 * what it replaces. Shown on its site page, the index, the feed and the open data, never printed: the issued document
 * and its files stay as issued. compute.Standings words it.
 *
 * @param replacedBy   the replacing document, cited; its slug empty when it is not on this portal
 * @param replacedFrom the day the replacing document takes over (hieu-luc.yaml's replaced_from:, else its issue date)
 *                     when that is after the day the site was built: until then this one is in force, the replacement
 *                     to come (s33 review L5); empty once replaced, or when no day is known (cited in words)
 * @param expired      the day it is no longer in force, as printed ("01/01/2027"), with its ISO form for the data;
 *                     empty while that day is still to come (expiredFrom)
 * @param expiredFrom  the day it will be no longer in force when that is after the day the site was built: until
 *                     then it is in force, as with a replacement to come
 * @param replaces     the documents this one replaces, cited, each with the day it does when that is still to come
 * @param replacedSince the day the replacement took effect, once it has, when hieu-luc.yaml's replaced_from: wrote it
 *                     (s35 review H1): the legal fact stays said after the day. Without replaced_from: the day is the
 *                     replacing document's issue date, which its citation already says.
 */
public record Standing(Optional<Cited> replacedBy, Optional<Day> replacedFrom, Optional<Day> expired,
                       Optional<Day> expiredFrom, List<Replaced> replaces, Optional<Day> replacedSince) {
    public static final Standing NONE = new Standing(Optional.empty(), Optional.empty(), List.of());

    public Standing {
        replaces = List.copyOf(replaces);
    }

    /** Replaced already, or not replaced. */
    public Standing(Optional<Cited> replacedBy, Optional<Day> expired, List<Replaced> replaces) {
        this(replacedBy, Optional.empty(), expired, Optional.empty(), replaces, Optional.empty());
    }

    /** The same standing with the day a written replacement took effect. */
    public Standing since(Optional<Day> day) {
        return new Standing(replacedBy, replacedFrom, expired, expiredFrom, replaces, day);
    }

    /** Another document: its plan folder (none when it is not on this portal) and how it is cited. */
    public record Cited(Optional<String> slug, String citation) {
        /** The plan folder for a page's link, "" when the document is not on this portal (read by the templates). */
        public String folder() {
            return slug.orElse("");
        }
    }

    /**
     * A document this one replaces (s35): {@code from}, the day the replacement takes effect when that is after the
     * day the site was built; till then this one "will replace" it. {@code since}, that day once it has come, when
     * replaced_from: wrote it (s35 review H1). Folder and citation are read by the templates.
     */
    public record Replaced(Cited document, Optional<Day> from, Optional<Day> since) {
        public Replaced(Cited document) {
            this(document, Optional.empty(), Optional.empty());
        }

        public Optional<String> slug() {
            return document.slug();
        }

        public String folder() {
            return document.folder();
        }

        public String citation() {
            return document.citation();
        }

        /** The day it takes effect, as printed, "" when it has. */
        public String fromText() {
            return from.map(Day::text).orElse("");
        }

        /** The day it took effect as replaced_from: wrote it, as printed, "" when it has not or was not written. */
        public String sinceText() {
            return since.map(Day::text).orElse("");
        }

        /** The day it takes or took effect, to come or written: the open data's and the feed's day. */
        public Optional<Day> day() {
            return from.or(() -> since);
        }
    }

    /** A day: "2027-01-01" and "01/01/2027". */
    public record Day(String iso, String text) {
    }

    public boolean isEmpty() {
        return replacedBy.isEmpty() && expired.isEmpty() && expiredFrom.isEmpty() && replaces.isEmpty();
    }

    /**
     * The word the open data and the index's filter give the status: "replaced", "expired", or "" (in force, a
     * replacement to come included).
     */
    public String status() {
        return replacedBy.isPresent() && replacedFrom.isEmpty() ? "replaced" : expired.isPresent() ? "expired" : "";
    }

    /** The day the replacing document takes over, as printed, "" when it has (or the document is not replaced). */
    public String replacedFromText() {
        return replacedFrom.map(Day::text).orElse("");
    }

    /** The day the replacement took effect, as replaced_from: wrote it, "" when it has not or was not written. */
    public String replacedSinceText() {
        return replacedSince.map(Day::text).orElse("");
    }

    /** The replacement's day, to come or written: the open data's "replacedFrom", the feed's and the index's day. */
    public Optional<Day> replacementDay() {
        return replacedFrom.or(() -> replacedSince);
    }

    /** The day it will be no longer in force, as printed, "" when that day has come (or none is set). */
    public String expiredFromText() {
        return expiredFrom.map(Day::text).orElse("");
    }

    /** In force now, and replaced or no longer in force from a later day: the page says so calmly, not as a warning. */
    public boolean changeToCome() {
        return status().isEmpty() && (replacedFrom.isPresent() || expiredFrom.isPresent());
    }

    // Read by the templates (partials/standing.ftlh): "" when absent.

    /** The replacing document as cited, "" when not replaced. */
    public String replacedByCitation() {
        return replacedBy.map(Cited::citation).orElse("");
    }

    /** The replacing document's plan folder, "" when not replaced or when it is not on this portal. */
    public String replacedBySlug() {
        return replacedBy.map(Cited::folder).orElse("");
    }

    /** The day it is no longer in force as printed, "" when it is. */
    public String expiredText() {
        return expired.map(Day::text).orElse("");
    }

    /** The lines a page key is made of: the page shows these, so the other document's number or date renders it again. */
    public String digestText() {
        StringBuilder text = new StringBuilder();
        replacedBy.ifPresent(c -> text.append("replaced-by\u0000").append(c.folder()).append('\u0000').append(c.citation()).append('\n'));
        replacedFrom.ifPresent(d -> text.append("replaced-from\u0000").append(d.iso()).append('\n'));
        replacedSince.ifPresent(d -> text.append("replaced-since\u0000").append(d.iso()).append('\n'));
        expired.ifPresent(d -> text.append("expired\u0000").append(d.iso()).append('\n'));
        expiredFrom.ifPresent(d -> text.append("expired-from\u0000").append(d.iso()).append('\n'));
        replaces.forEach(c -> text.append("replaces\u0000").append(c.folder()).append('\u0000').append(c.citation())
                .append(c.from().map(d -> "\u0000" + d.iso()).orElse(""))
                .append(c.since().map(d -> "\u0000since\u0000" + d.iso()).orElse("")).append('\n'));
        return text.toString();
    }
}

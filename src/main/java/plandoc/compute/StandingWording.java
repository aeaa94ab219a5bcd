package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.resolved.Related;
import plandoc.resolved.Standing;
import plandoc.resolved.StandingMark;

/**
 * The words that say a document is replaced or no longer in force, or amends or is amended by another, outside its
 * page (whose words are the templates' site text): the index's mark in the chrome's language, the feed entry's
 * sentences and links in the document's.
 */
public final class StandingWording {
    private StandingWording() {
    }

    /** The mark of a replaced or expired document; none for one in force (replacing others or not). */
    public static Optional<StandingMark> of(Standing standing, String language) {
        return standing.status().isEmpty() ? Optional.empty() : of(standing, Related.NONE, language);
    }

    /**
     * The mark of a replaced, expired or replacing document, or of one amending, correcting, amended or corrected; none
     * for one in force linked to no other.
     */
    public static Optional<StandingMark> of(Standing standing, Related related, String language) {
        if (standing.isEmpty() && related.isEmpty()) {
            return Optional.empty();
        }
        boolean english = language.equals("en");
        String shortNote = standing.status().equals("replaced") ? (english ? "Replaced" : "Đã bị thay thế")
                : standing.status().equals("expired") ? (english ? "No longer in force" : "Hết hiệu lực") : "";
        List<String> sentences = new ArrayList<>();
        List<StandingMark.Link> links = new ArrayList<>();
        // A replacement still to come is said in the future, with its day: the feed's summary and link titles alike.
        standing.replacedBy().ifPresent(c -> {
            // Once come, the day replaced_from: wrote stays said (s35 review H1).
            String since = standing.replacedSince().map(d -> " từ ngày " + d.text()).orElse("");
            String said = standing.replacedFrom().map(d -> "Sẽ được thay thế bởi " + c.citation() + " từ ngày " + d.text())
                    .orElse("Được thay thế bởi " + c.citation() + since);
            sentences.add(standing.replacedFrom().isPresent() ? said + "." : "Đã được thay thế bởi " + c.citation() + since + ".");
            c.slug().ifPresent(slug -> links.add(new StandingMark.Link("replaced-by", slug, c.citation(), said)));
        });
        standing.expired().ifPresent(d -> sentences.add("Hết hiệu lực từ ngày " + d.text() + "."));
        standing.expiredFrom().ifPresent(d -> sentences.add("Sẽ hết hiệu lực từ ngày " + d.text() + "."));
        for (Standing.Replaced c : standing.replaces()) {
            String said = c.from().map(d -> "Sẽ thay thế " + c.citation() + " từ ngày " + d.text())
                    .orElse("Thay thế " + c.citation() + c.since().map(d -> " từ ngày " + d.text()).orElse(""));
            sentences.add(said + ".");
            c.slug().ifPresent(slug -> links.add(new StandingMark.Link("replaces", slug, c.citation(), said)));
        }
        for (Related.Document d : related.documents()) {
            sentences.add(words(d.relation()) + " " + d.citation() + ".");
            links.add(link(d.kind(), d.slug(), d.citation(), words(d.relation())));
        }
        return Optional.of(new StandingMark(shortNote, String.join(" ", sentences), standing, related, links));
    }

    private static StandingMark.Link link(String relation, String slug, String citation, String words) {
        return new StandingMark.Link(relation, slug, citation, words + " " + citation);
    }

    /** The feed's words before the other document's citation: the entry is Vietnamese, as the document is. */
    private static String words(Related.Relation relation) {
        return switch (relation) {
            case AMENDS -> "Sửa đổi, bổ sung";
            case CORRECTS -> "Đính chính";
            case AMENDED_BY -> "Được sửa đổi, bổ sung bởi";
            case CORRECTED_BY -> "Được đính chính bởi";
        };
    }
}

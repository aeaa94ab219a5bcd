package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.resolved.Standing;
import plandoc.resolved.StandingMark;

/**
 * The words that say a document is replaced or no longer in force, outside its page (whose words are the templates'
 * site text): the index's mark in the chrome's language, the feed entry's sentence in the document's.
 */
public final class StandingWording {
    private StandingWording() {
    }

    /** The mark of a replaced or expired document; none for one in force (replacing others or not). */
    public static Optional<StandingMark> of(Standing standing, String language) {
        if (standing.status().isEmpty()) {
            return Optional.empty();
        }
        boolean english = language.equals("en");
        String shortNote = standing.replacedBy().isPresent() ? (english ? "Replaced" : "Đã bị thay thế")
                : (english ? "No longer in force" : "Hết hiệu lực");
        List<String> sentences = new ArrayList<>();
        standing.replacedBy().ifPresent(c -> sentences.add("Đã được thay thế bởi " + c.citation() + "."));
        standing.expired().ifPresent(d -> sentences.add("Hết hiệu lực từ ngày " + d.text() + "."));
        return Optional.of(new StandingMark(shortNote, String.join(" ", sentences), standing));
    }
}

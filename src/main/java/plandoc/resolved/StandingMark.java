package plandoc.resolved;

import java.util.List;

/**
 * What the site's index, search data, feed and open data say of a document's standing among the site's documents
 * ({@code compute.StandingWording}): replaced or expired, and what it amends or corrects and what amends or corrects
 * it. A document in force linked to no other has none.
 *
 * @param shortNote the mark beside its title in a list, in the chrome's language: "Đã bị thay thế"; "" in force
 * @param entryNote what its feed entry adds, in the document's language (Vietnamese), as the entry is:
 *                  "Đã được thay thế bởi Quyết định số 424/QĐ-UBND ngày 18/02/2022."
 * @param standing  the standing itself, for the open data
 * @param related   the documents it amends or corrects and those amending or correcting it (the search data's rows)
 * @param links     every other document of this site it stands with, as the feed and the open data link them
 */
public record StandingMark(String shortNote, String entryNote, Standing standing, Related related, List<Link> links) {
    public StandingMark {
        links = List.copyOf(links);
    }

    public StandingMark(String shortNote, String entryNote, Standing standing) {
        this(shortNote, entryNote, standing, Related.NONE, List.of());
    }

    /**
     * Another document of this site.
     *
     * @param relation how it stands to this one: "replaced-by", "replaces", or a {@link Related.Relation}'s key
     * @param slug     its plan folder
     * @param citation how it is cited, "Quyết định số 1520/QĐ-UBND ngày 15/06/2026"
     * @param title    the feed link's title, in the document's language: "Được sửa đổi, bổ sung bởi Quyết định số …"
     */
    public record Link(String relation, String slug, String citation, String title) {
        /** Its page from the site root. */
        public String page() {
            return slug + "/index.html";
        }
    }
}

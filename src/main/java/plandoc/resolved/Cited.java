package plandoc.resolved;

import java.util.List;

/**
 * The documents of the site a document's prose cites and links ("Quyết định số 4086/QĐ-UBND ngày 28/12/2012" typed in
 * its text): their pages are inputs of its files, so a document published, renumbered or moved later makes them again.
 *
 * @param links each document cited, once, in the order first typed
 */
public record Cited(List<Link> links) {
    public static final Cited NONE = new Cited(List.of());

    public Cited {
        links = List.copyOf(links);
    }

    /**
     * @param citation how it is cited, "Quyết định số 4086/QĐ-UBND"
     * @param slug     its plan folder, the page linked ("../slug/index.html")
     */
    public record Link(String citation, String slug) {
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    /** What a plan's key is made of: another document linked, or moved to another folder, makes its files again. */
    public String digestText() {
        StringBuilder text = new StringBuilder();
        links.forEach(l -> text.append(l.citation()).append('\u0000').append(l.slug()).append('\n'));
        return text.toString();
    }
}

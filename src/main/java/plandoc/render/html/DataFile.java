package plandoc.render.html;

/** A downloadable file next to a plan page: where it is, relative to the page that links it, and what to call it. */
public record DataFile(String href, String label) {
}

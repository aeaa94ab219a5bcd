package plandoc.resolved;

/** An entry of the table of contents and of the PDF outline. */
public record TocEntry(int level, String label, String anchor) {
}

package plandoc.diff;

/** The parts of a document's text compared by id. */
public enum PartKind {
    ARTICLE, SECTION
}

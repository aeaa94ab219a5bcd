package plandoc.model;

/**
 * A value from a closed set written in the source by its id ({@code quyet-dinh}, {@code landscape}):
 * every such set is an enum implementing this, read by one loader method, so a typo is always an
 * error at its position with the valid ids listed.
 */
public interface Choice {
    /** The id as written in {@code plan.yaml}. */
    String id();
}

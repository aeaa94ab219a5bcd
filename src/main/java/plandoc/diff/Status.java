package plandoc.diff;

/** How something with an id fares between two versions. */
public enum Status {
    ADDED, REMOVED, CHANGED
}

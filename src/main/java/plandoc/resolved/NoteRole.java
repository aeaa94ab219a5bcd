package plandoc.resolved;

/**
 * What a short centred note is; its {@link #id()} names it in the templates' CSS class ({@code note-end}, which
 * the PDF's short-row check finds) and in plan.json.
 */
public enum NoteRole implements Keyword {
    /** The end mark "./." closing the plan or an appendix. */
    END("end"),
    /** An appendix's note standing for content published elsewhere (the map with the paper copy), end mark included. */
    EXTERNAL("external");

    private final String id;

    NoteRole(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The word, so that text made of a note's role reads as the templates write it. */
    @Override
    public String toString() {
        return id;
    }
}

package plandoc.resolved;

/**
 * What a short centred note is; its {@link #id()} names it in the templates' CSS class ({@code note-end}, which
 * the PDF's short-row check finds) and in plan.json.
 */
public enum NoteRole implements Keyword {
    /** The end mark "./." closing the plan or an appendix. */
    END,
    /** An appendix's note standing for content published elsewhere (the map with the paper copy), end mark included. */
    EXTERNAL;

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

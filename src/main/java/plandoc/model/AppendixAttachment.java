package plandoc.model;

/** What the appendices are attached to: the issued document, or the plan it approves. */
public enum AppendixAttachment implements Choice {
    DOCUMENT("document"),
    PLAN("plan");

    private final String id;

    AppendixAttachment(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

package plandoc.history;

/**
 * What one version changed in a plan's document against the version before it, as its history lists
 * it: computed by comparing the two versions as published (the same comparison as {@code plandoc diff}),
 * never taken from the commit message.
 *
 * @param kind    how the version stands against the one before
 * @param summary the change in the officer's words, Vietnamese ("Sửa kinh phí 3 dự án (Phụ lục 3); thêm
 *                điểm 3.4"), or the fixed wording of its kind ("Không đổi nội dung văn bản")
 */
public record ContentChange(Kind kind, String summary) {
    public enum Kind {
        /** The first version: the plan's folder did not exist before. */
        FIRST,
        /** The document differs from the version before. */
        CHANGED,
        /** Only the sources changed (layout of the files, comments, author notes): the document is the same. */
        UNCHANGED,
        /** One of the two versions cannot be read by this plandoc, so they were not compared. */
        NOT_COMPARED
    }

    /** Whether the version changed what the document says (or may have: not compared). */
    public boolean changesDocument() {
        return kind != Kind.UNCHANGED;
    }
}

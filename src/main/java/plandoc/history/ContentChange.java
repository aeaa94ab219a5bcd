package plandoc.history;

/**
 * What one version changed in a plan's document against the version before it, as its history lists
 * it: computed by comparing the two versions as published (the same comparison as {@code plandoc diff}),
 * never taken from the commit message.
 *
 * <p>The line is made once per comparison in each language of the site's chrome, so a page in either
 * language reads it without comparing again; what it quotes of the document (labels such as "Phụ lục 3",
 * "dự án số 3", figures and units) is the document's own Vietnamese in both.
 *
 * @param kind    how the version stands against the one before
 * @param summary the change in the officer's words, Vietnamese ("Sửa kinh phí 3 dự án (Phụ lục 3); thêm
 *                điểm 3.4"), or the fixed wording of its kind ("Không đổi nội dung văn bản"): the document's
 *                language, which the feed and the PDF's page use whatever {@code --lang} says
 * @param english the same line in English ("Changed the amounts of 3 dự án (Phụ lục 3)"), for an English site
 */
public record ContentChange(Kind kind, String summary, String english) {
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

    /** The line in the site chrome's language ({@code --lang}: "en", else Vietnamese). */
    public String summary(String language) {
        return "en".equals(language) ? english : summary;
    }
}

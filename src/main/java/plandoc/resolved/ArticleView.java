package plandoc.resolved;

/**
 * An article of a decision: "Điều 1." followed by its text; the plan body follows when
 * {@code includesPlan} and the plan is not attached.
 *
 * @param title empty for an untitled article (its text runs on after the label); else printed bold after the
 *              label, "Điều 2. Tổ chức thực hiện", on a line of its own above the text
 */
public record ArticleView(String anchor, String label, InlineText title, MarkdownText text, boolean includesPlan) {
    /** "Điều 2. Tổ chức thực hiện", or "Điều 2." when untitled: the line that names the article. */
    public String heading() {
        return title.isEmpty() ? label : label + " " + title.plain();
    }
}

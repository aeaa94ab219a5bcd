package plandoc.resolved;

import java.util.List;

/**
 * An article of a decision: "Điều 1." followed by its text; the plan body follows when
 * {@code includesPlan} and the plan is not attached.
 */
public record ArticleView(String anchor, String label, MarkdownText text, boolean includesPlan) {
}

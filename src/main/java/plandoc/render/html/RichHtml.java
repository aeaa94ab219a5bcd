package plandoc.render.html;

import plandoc.render.markdown.MarkdownRenderer;
import plandoc.resolved.InlineText;
import plandoc.resolved.MarkdownText;
import plandoc.resolved.Rich;
import plandoc.resolved.Span;

/** HTML for resolved rich text: inline spans with their reference links, or rendered Markdown. */
public final class RichHtml {

    private final MarkdownRenderer markdown;

    public RichHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String toHtml(Rich rich) {
        if (rich instanceof MarkdownText text) {
            return markdown.toHtml(text.source(), text.tableCaptions());
        }
        return inline((InlineText) rich);
    }

    private static String inline(InlineText text) {
        StringBuilder html = new StringBuilder();
        for (Span span : text.spans()) {
            if (span.isLink()) {
                html.append("<a href=\"#").append(HtmlText.escape(span.anchor())).append("\">")
                        .append(HtmlText.escape(span.text())).append("</a>");
            } else {
                html.append(HtmlText.escape(span.text()));
            }
        }
        return html.toString();
    }
}

package plandoc.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import plandoc.render.TitlePhrases;

import java.util.List;

/**
 * The template method {@code titleText(value)}: a title's HTML with each of its phrases
 * ({@link TitlePhrases}) in a {@code <span class="nowrap">}, for the page and the PDF made from it. Takes
 * the HTML of a rich title (its text between the tags, the tags untouched) or a plain string (escaped first).
 */
final class TitleText implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("titleText(…) takes one value");
        }
        Object value = arguments.get(0);
        String markup;
        if (value instanceof TemplateHTMLOutputModel html) {
            markup = HTMLOutputFormat.INSTANCE.getMarkupString(html);
        } else if (value instanceof TemplateScalarModel scalar) {
            markup = HTMLOutputFormat.INSTANCE.escapePlainText(scalar.getAsString());
        } else {
            throw new TemplateModelException("titleText(…) takes a text");
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(bindText(markup));
    }

    /** Wraps the phrases of the text between tags; a tag's own spaces (between attributes) stay. */
    private static String bindText(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        int at = 0;
        while (at < markup.length()) {
            int tag = markup.indexOf('<', at);
            int end = tag < 0 ? markup.length() : tag;
            wrapPhrases(markup.substring(at, end), out);
            if (tag < 0) {
                break;
            }
            int close = markup.indexOf('>', tag);
            close = close < 0 ? markup.length() : close + 1;
            out.append(markup, tag, close);
            at = close;
        }
        return out.toString();
    }

    private static void wrapPhrases(String text, StringBuilder out) {
        int at = 0;
        for (TitlePhrases.Phrase phrase : TitlePhrases.phrases(text)) {
            out.append(text, at, phrase.start()).append("<span class=\"nowrap\">").append(text, phrase.start(), phrase.end())
                    .append("</span>");
            at = phrase.end();
        }
        out.append(text, at, text.length());
    }
}

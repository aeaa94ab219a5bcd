package plandoc.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import plandoc.diagnostic.Messages;
import plandoc.render.html.HtmlText;

/**
 * Adds what only the preview needs to a served HTML page: the error overlay (when the page's plan or
 * the site has errors) and the reload script. Pages on disk never carry either.
 */
final class PageDecorator {
    static final String SCRIPT_PATH = "/__plandoc/live.js";

    private final Messages messages;

    PageDecorator(Messages messages) {
        this.messages = messages;
    }

    byte[] decorate(byte[] html, String page, long version, List<PreviewState.Issue> errors) {
        String text = new String(html, StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder();
        if (!errors.isEmpty()) {
            extra.append(overlay(errors));
        }
        extra.append("<script src=\"").append(SCRIPT_PATH).append("\" data-page=\"").append(escape(page))
                .append("\" data-version=\"").append(version).append("\"></script>\n");
        int body = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String result = body < 0 ? text + extra : text.substring(0, body) + extra + text.substring(body);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** A page for a plan that has never rendered: its errors are all there is to show. */
    byte[] placeholder(String slug) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + messages.locale().getLanguage() + "\"><head><meta charset=\"utf-8\" />"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
                + "<title>" + escape(slug) + "</title><link rel=\"stylesheet\" href=\"../assets/plandoc.css\" /></head>"
                + "<body><main class=\"document\"><p><a href=\"../index.html\">← " + escape(messages.text("serve.back"))
                + "</a></p><h1>" + escape(slug) + "</h1><p>" + escape(messages.text("serve.no-page")) + "</p></main>"
                + "</body></html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The errors, counted in the title and listed; then the notes that follow from them, apart and not counted. */
    private String overlay(List<PreviewState.Issue> issues) {
        List<PreviewState.Issue> errors = issues.stream().filter(i -> !i.note()).toList();
        List<PreviewState.Issue> notes = issues.stream().filter(PreviewState.Issue::note).toList();
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"plandoc-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;background:rgba(17,17,17,.82);padding:5vh 4vw;box-sizing:border-box;")
                .append("font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#222\">")
                .append("<div style=\"max-width:56em;margin:0 auto;background:#fff;border-top:6px solid #c62828;")
                .append("border-radius:6px;padding:16px 20px;box-shadow:0 8px 30px rgba(0,0,0,.4)\">")
                .append("<div style=\"display:flex;justify-content:space-between;gap:12px;align-items:baseline\">")
                .append("<strong style=\"font-size:17px;color:#c62828\">")
                .append(escape(errors.isEmpty() ? messages.text("serve.overlay-notes")
                        : messages.text("serve.overlay-title", errors.size()))).append("</strong>")
                .append("<button type=\"button\" style=\"font:inherit;border:1px solid #bbb;background:#f5f5f5;")
                .append("border-radius:4px;padding:2px 10px;cursor:pointer\">")
                .append(escape(messages.text("serve.overlay-close"))).append("</button></div>")
                .append("<ol style=\"margin:12px 0 0;padding-left:1.4em\">");
        for (PreviewState.Issue issue : errors) {
            html.append("<li class=\"plandoc-error\" style=\"margin:0 0 8px;overflow-wrap:anywhere\">");
            if (!issue.location().isEmpty()) {
                html.append("<code class=\"plandoc-error-at\" style=\"color:#8b0000;font-size:14px\">")
                        .append(escape(issue.location())).append("</code><br />");
            }
            html.append("<span class=\"plandoc-error-message\">").append(escape(issue.message())).append("</span></li>");
        }
        html.append("</ol>");
        if (!notes.isEmpty()) {
            html.append("<ul class=\"plandoc-notes\" style=\"margin:8px 0 0;padding-left:1.4em;color:#444\">");
            for (PreviewState.Issue note : notes) {
                html.append("<li class=\"plandoc-note\" style=\"margin:0 0 4px;overflow-wrap:anywhere\">")
                        .append(escape(messages.text("severity.note"))).append(": ").append(escape(note.message()))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p style=\"margin:8px 0 0;color:#555;font-size:13px\">")
                .append(escape(messages.text("serve.overlay-hint"))).append("</p></div></div>\n");
        return html.toString();
    }

    /** The site's one escaping rule, so the overlay escapes exactly as the pages do. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }
}

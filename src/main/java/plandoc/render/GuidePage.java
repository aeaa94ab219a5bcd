package plandoc.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import plandoc.diagnostic.Folding;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

/**
 * The officers' guide (docs/huong-dan.md, packaged in the jar) as a page of the site,
 * {@code huong-dan/index.html}, linked from the index as "Hướng dẫn".
 */
public final class GuidePage {
    static final String TEMPLATE = "guide.ftlh";
    public static final String PATH = "huong-dan/index.html";
    private static final String RESOURCE = "/plandoc/guide/huong-dan.md";
    /**
     * The guide's HTML, made from {@link #RESOURCE} by {@link #main} when plandoc is packaged (antrun,
     * {@code process-classes}): the same for every build of one jar, and ~40 ms of a cold build's CPU
     * (flexmark on 42 KB, interpreted) spent while the plan's PDF prints (issue 17).
     */
    private static final String HTML_RESOURCE = "/plandoc/guide/huong-dan.html";

    /**
     * The page model: the guide as HTML, and where the site's assets and index are from the page.
     *
     * @param guide the guide's HTML with real headings ({@code <h1>}, {@code <h2 id=…>}) and its contents
     *              linked to them: on the site it is a web page to navigate, not a Decree 30 document
     *              (whose Markdown headings are bold paragraphs)
     */
    public record Model(TemplateHTMLOutputModel guide, String assets, String root, String portal) {
    }

    /** The Markdown renderer's heading paragraph (FlexmarkMarkdownRenderer): level and text. */
    private static final Pattern HEADING = Pattern.compile(
            "<p class=\"md-heading md-heading-([1-6])\"><strong>(.*?)</strong></p>", Pattern.DOTALL);
    /** The guide's own contents line ("Mục lục: 1. … · 2. …"), replaced by links to the sections. */
    private static final Pattern CONTENTS = Pattern.compile("<p>Mục lục:.*?</p>", Pattern.DOTALL);

    /** The guide's Markdown as packaged, or "" when this build of plandoc has none. */
    public static String source() throws IOException {
        try (InputStream in = GuidePage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The guide's HTML as packaged, or made from the packaged Markdown when this build of plandoc has no
     * HTML made for it (classes not packaged by Maven); "" when it has no guide.
     */
    public static String html() throws IOException {
        try (InputStream in = GuidePage.class.getResourceAsStream(HTML_RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        String markdown = source();
        return markdown.isEmpty() ? "" : toHtml(markdown);
    }

    /** The guide's Markdown as the page's HTML: real headings, and the contents linked to them. */
    static String toHtml(String markdown) {
        // The guide is no plan and has no resolved document: its tables are captioned by compute's rule here.
        return withHeadings(new FlexmarkMarkdownRenderer(new LinkPolicy()).toHtml(markdown,
                plandoc.compute.MarkdownTableCaptions.of(markdown)));
    }

    /** Writes {@link #HTML_RESOURCE} under {@code args[0]} (the classes folder) from the Markdown there. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of(args[0]);
        java.nio.file.Path markdown = classes.resolve(RESOURCE.substring(1));
        java.nio.file.Path html = classes.resolve(HTML_RESOURCE.substring(1));
        if (java.nio.file.Files.exists(markdown)) {
            java.nio.file.Files.writeString(html, toHtml(java.nio.file.Files.readString(markdown)));
        } else {
            java.nio.file.Files.deleteIfExists(html);
        }
    }

    public byte[] render(String markdown, TemplateEngine templates) throws RenderException {
        return render(markdown, templates, "");
    }

    /** @param portal the portal's name ({@code content/province.yaml}), or "" for the generic title */
    public byte[] render(String markdown, TemplateEngine templates, String portal) throws RenderException {
        return renderHtml(toHtml(markdown), templates, portal);
    }

    /**
     * @param guide  the guide's HTML ({@link #html()})
     * @param portal the portal's name ({@code content/province.yaml}), or "" for the generic title
     */
    public byte[] renderHtml(String guide, TemplateEngine templates, String portal) throws RenderException {
        String html;
        try {
            html = templates.render(TEMPLATE, new Model(HTMLOutputFormat.INSTANCE.fromMarkup(guide), "../assets/", "../",
                    portal), "");
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output models are always made from markup", e);
        }
        return Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }

    /** Heading paragraphs as headings, each second-level one with an id, and the contents as links to them. */
    static String withHeadings(String html) {
        StringBuilder out = new StringBuilder();
        StringBuilder contents = new StringBuilder();
        Set<String> ids = new HashSet<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            int level = Integer.parseInt(heading.group(1));
            String text = heading.group(2);
            String replacement;
            if (level == 2) {
                String id = unique(slug(text.replaceAll("<[^>]*>", "")), ids);
                replacement = "<h2 id=\"" + id + "\">" + text + "</h2>";
                contents.append("<li><a href=\"#").append(id).append("\">").append(text).append("</a></li>\n");
            } else {
                replacement = "<h" + level + ">" + text + "</h" + level + ">";
            }
            heading.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        heading.appendTail(out);
        if (contents.isEmpty()) {
            return out.toString();
        }
        String nav = "<nav class=\"guide-contents\" aria-label=\"Mục lục\"><p class=\"guide-contents-title\">Mục lục</p>\n<ul>\n"
                + contents + "</ul></nav>";
        return CONTENTS.matcher(out).replaceFirst(Matcher.quoteReplacement(nav));
    }

    /** "1. Từ thư mục trống …" → "tu-thu-muc-trong-…": the section's number is its place, not its name. */
    private static String slug(String text) {
        // The number goes after folding and before the dashes: Folding.slug would keep it.
        String slug = Folding.folded(text).replaceFirst("^\\s*\\d+\\.\\s*", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "muc" : slug;
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}

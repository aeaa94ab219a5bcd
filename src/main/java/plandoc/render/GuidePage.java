package plandoc.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import plandoc.render.html.TemplateEngine;
import plandoc.resolved.MarkdownText;

/**
 * The officers' guide (docs/huong-dan.md, packaged in the jar) as a page of the site,
 * {@code huong-dan/index.html}, linked from the index as "Hướng dẫn".
 */
public final class GuidePage {
    static final String TEMPLATE = "guide.ftlh";
    public static final String PATH = "huong-dan/index.html";
    private static final String RESOURCE = "/plandoc/guide/huong-dan.md";

    /** The page model: the guide, and where the site's assets and index are from the page. */
    public record Model(MarkdownText guide, String assets, String root) {
    }

    /** The guide's Markdown as packaged, or "" when this build of plandoc has none. */
    public static String source() throws IOException {
        try (InputStream in = GuidePage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public byte[] render(String markdown, TemplateEngine templates) throws RenderException {
        String html = templates.render(TEMPLATE, new Model(new MarkdownText(markdown), "../assets/", "../"), "");
        return Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }

}

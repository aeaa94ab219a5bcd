package plandoc.render.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * The flexmark-java implementation: CommonMark plus pipe tables. Parser and renderer are built once
 * and are thread-safe, so one instance serves a whole build.
 *
 * <p>Markdown headings ({@code ## …}) become {@code <p class="md-heading"><strong>…</strong></p>}:
 * the document's headings (sections, articles, appendices) come from the plan's structure, and a
 * heading inside a text field is, in Decree 30 terms, a titled khoản — a bold paragraph of body size.
 */
public final class FlexmarkMarkdownRenderer implements MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public FlexmarkMarkdownRenderer(LinkPolicy linkPolicy) {
        // Parsed as compute parsed it to word the tables' captions (the same tables, each with its caption).
        MutableDataSet options = plandoc.compute.MarkdownTableCaptions.parsing();
        // Escape, never pass through: officers see their stray <b> and learn, and no script reaches a page
        // (<br> alone is read, as a line break: SafeNodes).
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
        options.set(HtmlRenderer.OBFUSCATE_EMAIL, false);
        // Entities such as &nbsp; are decoded to characters: the PDF path parses the page as XML.
        options.set(HtmlRenderer.UNESCAPE_HTML_ENTITIES, true);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(holder -> new SafeNodes(linkPolicy))
                .attributeProviderFactory(new HeaderScopes())
                .build();
    }

    @Override
    public String toHtml(String markdown, List<String> tableCaptions) {
        if (markdown.isBlank()) {
            return "";
        }
        Text text = new Text(markdown, List.copyOf(tableCaptions));
        synchronized (recent) {
            String html = recent.get(text);
            if (html != null) {
                return html;
            }
        }
        String html = render(markdown, text.captions());
        synchronized (recent) {
            if (recent.put(text, html) == null) {
                recentChars += markdown.length() + html.length();
            }
            for (var eldest = recent.entrySet().iterator(); recentChars > MOST_KEPT_CHARS && eldest.hasNext(); ) {
                var gone = eldest.next();
                recentChars -= gone.getKey().markdown().length() + gone.getValue().length();
                eldest.remove();
            }
        }
        return html;
    }

    /**
     * The texts rendered last, by source and table captions, up to {@link #MOST_KEPT_CHARS} of Markdown and HTML
     * (issue 17): {@code serve} renders a plan's page again on every save, and most of its texts are the same as
     * before; a build renders each text twice (the page the PDF is printed from, the site's page). The HTML is the
     * same for the same text: the parser and renderer keep nothing between texts.
     */
    private final java.util.LinkedHashMap<Text, String> recent = new java.util.LinkedHashMap<>(64, 0.75f, true);
    private long recentChars;
    private static final long MOST_KEPT_CHARS = 2_000_000;

    private record Text(String markdown, List<String> captions) {
    }

    private String render(String markdown, List<String> tableCaptions) {
        String source = Normalizer.normalize(markdown, Normalizer.Form.NFC);
        Document document = parser.parse(source);
        document.set(CAPTIONS, tableCaptions);
        return renderer.render(document);
    }

    /** The captions of the text being rendered: the renderer is shared, the parsed document is the call's own. */
    private static final DataKey<List<String>> CAPTIONS = new DataKey<>("PLANDOC_TABLE_CAPTIONS", List.of());

    /** Overrides for headings, links, images and tables; everything else is flexmark's default. */
    private static final class SafeNodes implements NodeRenderer {
        private final LinkPolicy linkPolicy;

        SafeNodes(LinkPolicy linkPolicy) {
            this.linkPolicy = linkPolicy;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(Link.class, this::link),
                    new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                    new NodeRenderingHandler<>(AutoLink.class, this::autoLink),
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> context.renderChildren(node)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> context.renderChildren(node)),
                    new NodeRenderingHandler<>(HtmlInline.class, this::htmlInline),
                    new NodeRenderingHandler<>(TableBlock.class, this::table));
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "md-heading md-heading-" + node.getLevel()).withAttr().tag("p");
            html.tag("strong");
            context.renderChildren(node);
            html.closeTag("strong");
            html.closeTag("p").line();
        }

        /** {@code <br>} is the one tag read: a line break, the only way to break a line in a table cell. */
        private void htmlInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            if (LineBreakTag.is(node.getChars())) {
                html.raw("<br />");
            } else {
                context.delegateRender();
            }
        }

        private void link(Link node, NodeRendererContext context, HtmlWriter html) {
            renderIfAllowed(node.getUrl().unescape(), context, () -> context.renderChildren(node));
        }

        private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
            Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
            if (reference == null) {
                context.delegateRender(); // an undefined reference prints as the literal text
                return;
            }
            renderIfAllowed(reference.getUrl().unescape(), context, () -> context.renderChildren(node));
        }

        private void autoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
            renderIfAllowed(node.getText().unescape(), context, () -> html.text(node.getText().unescape()));
        }

        private void renderIfAllowed(String url, NodeRendererContext context, Runnable asText) {
            if (linkPolicy.allows(url)) {
                context.delegateRender();
            } else {
                asText.run();
            }
        }

        /**
         * Wide Markdown tables scroll inside their own box on a phone instead of widening the page; the box
         * takes keyboard focus so it can be scrolled without a mouse, and is named after the table, whose
         * caption (for screen readers only) lists its column headings.
         */
        private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
            String caption = caption(node);
            html.attr("class", "table-scroll").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", caption).withAttr().tag("div").line();
            html.attr("class", bodyRows(node) <= SHORT_TABLE_ROWS ? "md-table md-short" : "md-table").withAttr()
                    .tagIndent("table", () -> {
                html.attr("class", "visually-hidden").withAttr().tag("caption");
                html.text(caption);
                html.closeTag("caption").line();
                context.renderChildren(node);
            });
            html.closeTag("div").line();
        }

        /**
         * A table of a few rows in the prose is kept on one page in the PDF (pdf.css, {@code md-short}): 424's
         * five-row table of the digital economy printed three rows at a page foot and two overleaf. A long one
         * still runs on.
         */
        private static final int SHORT_TABLE_ROWS = 12;

        private static int bodyRows(TableBlock node) {
            int rows = 0;
            for (Node child : node.getChildren()) {
                if (child instanceof TableBody body) {
                    for (Node row : body.getChildren()) {
                        rows += row instanceof TableRow ? 1 : 0;
                    }
                }
            }
            return rows;
        }

        /** The table's caption, the one compute worded for the table at its place in the text. */
        private static String caption(TableBlock node) {
            Document document = node.getDocument();
            int index = 0;
            for (Node n : document.getDescendants()) {
                if (n == node) {
                    break;
                }
                index += n instanceof TableBlock ? 1 : 0;
            }
            List<String> captions = CAPTIONS.get(document);
            if (index >= captions.size()) {
                throw new IllegalStateException("no caption for the text's table " + (index + 1)
                        + ": compute words one for each (compute.MarkdownTableCaptions)");
            }
            return captions.get(index);
        }
    }

    /** Markdown tables' header cells say what they head: {@code <th scope="col">}. */
    private static final class HeaderScopes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof TableCell cell && cell.isHeader()) {
                    attributes.addValue("scope", "col");
                }
            };
        }
    }
}

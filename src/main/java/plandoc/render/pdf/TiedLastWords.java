package plandoc.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import plandoc.render.ParagraphEnds;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TiedWords;

/**
 * Ties the last two words of the body cells' lines compute named ({@link TableLayout#tiedWords}), so that a cell's
 * last line never holds a lone word where the two fit ("… xử lý văn bản / điện tử"). A cell's lines are the text
 * between its {@code <br>}s, as the template writes them. Also a body paragraph's last two words
 * ({@link #tieParagraphEnds}).
 */
final class TiedLastWords {
    private static final char NO_BREAK_SPACE = '\u00a0';

    private TiedLastWords() {
    }

    static void tie(Document page, PrintedTables tables) {
        for (Element table : page.select("table.data-table")) {
            TableLayout layout = tables.of(table).orElse(null);
            if (layout == null || layout.tiedWords().isEmpty()) {
                continue;
            }
            List<Element> rows = table.select("> tbody > tr");
            if (rows.size() != layout.rows().size()) {
                continue; // a province's own template writes other rows: nothing to place them by
            }
            for (TiedWords tied : layout.tiedWords()) {
                Element row = rows.get(tied.row());
                if (tied.cell() < row.childrenSize()) {
                    List<List<TextNode>> lines = lines(row.child(tied.cell()));
                    if (tied.line() < lines.size()) {
                        tieLastSpace(lines.get(tied.line()));
                    }
                }
            }
        }
    }

    /**
     * Each body paragraph's last two words in a nowrap span where {@link ParagraphEnds} ties them: the justified
     * paragraphs and list items of the document (pdf.css), not its tables, header or signature.
     */
    static void tieParagraphEnds(Document page) {
        for (Element paragraph : page.select(".document p:not([class]), .document li")) {
            if (paragraph.closest("table") != null || paragraph.nameIs("li") && !paragraph.select("> p").isEmpty()) {
                continue;
            }
            List<TextNode> texts = new ArrayList<>();
            paragraph.forEachNode(node -> {
                if (node instanceof TextNode text && !text.isBlank()) {
                    texts.add(text);
                } else if (node instanceof Element element && element.nameIs("br")) {
                    texts.clear(); // a line of its own: only the last line's words
                }
            });
            if (texts.isEmpty()) {
                continue;
            }
            TextNode last = texts.get(texts.size() - 1);
            if (last.parent() != null && last.parent().hasClass("nowrap")) {
                continue;
            }
            boolean wordStart = texts.size() == 1 || endsWithSpace(texts.get(texts.size() - 2).getWholeText());
            String text = last.getWholeText();
            int space = ParagraphEnds.tiedSpace(text, wordStart);
            if (space < 0) {
                continue;
            }
            int from = space;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            int to = text.length();
            while (Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            TextNode pair = from > 0 ? last.splitText(from) : last;
            if (to - from < pair.getWholeText().length()) {
                pair.splitText(to - from);
            }
            inNowrap(pair);
        }
    }

    /** The cell's text nodes, line by line: a {@code <br>} starts a line. */
    private static List<List<TextNode>> lines(Element cell) {
        List<List<TextNode>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        cell.forEachNode((Node node) -> {
            if (node instanceof TextNode text) {
                lines.get(lines.size() - 1).add(text);
            } else if (node instanceof Element element && element.nameIs("br")) {
                lines.add(new ArrayList<>());
            }
        });
        return lines;
    }

    /**
     * The line's last two words in a nowrap span (pdf.css {@code .nowrap}), their space left as it is, so the page's
     * text reads and searches as before; where the two run across an element's edge (a link), the space between them
     * becomes a no-break space instead.
     */
    private static void tieLastSpace(List<TextNode> line) {
        boolean word = false;
        for (int n = line.size() - 1; n >= 0; n--) {
            TextNode node = line.get(n);
            String text = node.getWholeText();
            int last = -1;
            for (int i = text.length() - 1; i >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    if (!word) {
                        last = i;
                    }
                    word = true;
                    continue;
                }
                if (!word) {
                    continue; // trailing spaces
                }
                int start = i;
                while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                int before = start;
                while (before > 0 && !Character.isWhitespace(text.charAt(before - 1))) {
                    before--;
                }
                boolean whole = last >= 0 && before < start
                        && (before > 0 || n == 0 || endsWithSpace(line.get(n - 1).getWholeText()));
                if (whole) {
                    TextNode pair = before > 0 ? node.splitText(before) : node;
                    if (last + 1 - before < pair.getWholeText().length()) {
                        pair.splitText(last + 1 - before);
                    }
                    inNowrap(pair);
                } else {
                    node.text(text.substring(0, start) + NO_BREAK_SPACE + text.substring(i + 1));
                }
                return;
            }
        }
    }

    /**
     * {@code text} inside a new {@code <span class="nowrap">}: the element made directly, as
     * {@code wrap("<span …>")} would parse that markup for every span (a fragment parse each time, on the
     * render's critical path: ~13 of 16 samples of {@link #tie} in 424's cold build).
     */
    static void inNowrap(TextNode text) {
        Element span = new Element("span").attr("class", "nowrap");
        text.replaceWith(span);
        span.appendChild(text);
    }

    private static boolean endsWithSpace(String text) {
        return text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
    }
}

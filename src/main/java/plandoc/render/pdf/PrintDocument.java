package plandoc.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.resolved.TocEntry;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns the page the browser gets into the DOM openhtmltopdf prints. The markup is the same; only
 * what is specific to paper changes: the paged-media stylesheet replaces the screen one, images point
 * at their source files (the site is not written yet), the outline is added, and header row spans are
 * flattened (see {@link HeaderRowspans}), a data table's column widths are given in millimetres
 * ({@link PrintedColumns}) and its short rows kept whole ({@link ShortRows}), as compute laid it out
 * ({@link PrintedTables}), the last two words of its cells' lines tied where compute said ({@link TiedLastWords}), layout tables are tagged as layout ({@link LayoutTables}), a table's notes become its last rows
 * ({@link TableNotes}), and a run-in label goes inside its paragraph ({@link RunInParagraphs}).
 *
 * <p>jsoup parses the page and {@link W3CDom} converts it, because openhtmltopdf's own XML parser
 * rejects HTML named entities.
 */
final class PrintDocument {

    private final String pdfCss;
    private final HeaderRowspans headerRowspans = new HeaderRowspans();

    /** The site's address, when it has one: what a citation of another of its documents links. */
    private final java.util.Optional<java.net.URI> siteUrl;

    PrintDocument(String pdfCss, java.util.Optional<java.net.URI> siteUrl) {
        this.pdfCss = pdfCss;
        this.siteUrl = siteUrl;
    }

    org.w3c.dom.Document prepare(String html, List<TocEntry> toc, Map<String, Path> images, PrintedTables laidOut) {
        PrintedTables tables = laidOut.forPage();
        Document page = Jsoup.parse(html);
        page.select("link[rel~=(?i)stylesheet]").remove();
        // Only the Info entries we set ourselves: openhtmltopdf copies every <meta name> into /Info.
        page.select("meta[name]").remove();
        page.head().appendElement("style").appendChild(new DataNode(pdfCss));
        for (Element image : page.select("img[src]")) {
            Path source = images.get(image.attr("src"));
            if (source != null) {
                image.attr("src", source.toUri().toString());
            }
        }
        page.select("thead").forEach(thead -> headerRowspans.flatten(thead, tables));
        PartAnchors.moveToFirstPart(page);
        ShortRows.markWhole(page, tables);
        TiedLastWords.tie(page, tables);
        TableNotes.intoTables(page, tables);
        ShortRows.keepEndMarkWithTable(page, tables);
        ShortRows.keepUnallocatedWithTheRowAbove(page, tables);
        PrintedColumns.inMillimetres(page, tables);
        // Decree 30 bullets are "- "; as text, not a ::before box, which openhtmltopdf tags as a nested LI.
        page.select(".document ul > li").forEach(item -> item.prependText("- "));
        markLeadLines(page);
        // A citation of another document of the site: the portal's page, from wherever the PDF is read.
        page.select("a[href^=../]").forEach(a -> a.attr("href", plandoc.render.CitedAddress.of(a.attr("href"), siteUrl)));
        keepPunctuationWithItsLink(page);
        keepRangesWhole(page);
        TiedLastWords.tieParagraphEnds(page);
        keepSignatureWithLastText(page);
        addBookmarks(page, toc);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        LayoutTables.tagAsLayout(dom);
        RunInParagraphs.labelsInside(dom);
        return dom;
    }

    /**
     * A paragraph that is all bold ("**Sở Công Thương:**" over a list) reads as a heading: pdf.css keeps
     * it with what follows, so it never ends a page.
     */
    private static void markLeadLines(Document page) {
        for (Element p : page.select(".document p")) {
            if (p.children().size() == 1 && p.child(0).nameIs("strong") && p.ownText().isBlank()) {
                p.addClass("lead-line");
            }
        }
    }

    /**
     * openhtmltopdf may break a line at any element boundary, and does so where a line fills up at a link: it cannot
     * carry the link down with the "," after it, so the next line opened with ", 3.9)" (424 p.25, "(các điểm [3.7](#…),
     * [3.9](#…))"), or "./." stood alone, and a "(" ended the line above "[điểm 5.7](#…)". The punctuation that closes
     * after a link, or opens before it, goes into the link's own text, one run with its word; the characters are
     * unchanged.
     */
    static void keepPunctuationWithItsLink(Document page) {
        for (Element link : page.select(".document a")) {
            if (link.childNodeSize() == 0) {
                continue;
            }
            if (link.nextSibling() instanceof org.jsoup.nodes.TextNode after
                    && link.childNode(link.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode last) {
                java.util.regex.Matcher closing = CLOSING.matcher(after.getWholeText());
                if (closing.lookingAt()) {
                    last.text(last.getWholeText() + closing.group());
                    after.text(after.getWholeText().substring(closing.end()));
                }
            }
            if (link.previousSibling() instanceof org.jsoup.nodes.TextNode before
                    && link.childNode(0) instanceof org.jsoup.nodes.TextNode first) {
                java.util.regex.Matcher opening = OPENING.matcher(before.getWholeText());
                if (opening.find()) {
                    first.text(opening.group() + first.getWholeText());
                    before.text(before.getWholeText().substring(0, opening.start()));
                }
            }
        }
    }

    /** The end mark "./." whole (its "/" is no closing mark), or closing marks, at the start of the text after a link. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("(?:\\./\\.|[,.;:!?)\\]”’])+");
    /** Opening marks at the end of the text before a link. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("[(\\[“‘]+$");

    /**
     * A range of years or figures ("2011-2015", "2021–2025", also as typed "2011- 2015"), with the
     * punctuation that closes it: openhtmltopdf may break at the end of the nowrap span, which would
     * start a line with "," or ")".
     */
    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("\\(?\\d+ ?[-–] ?\\d+[,.;:!?)\\]”\"]*");

    /**
     * A range broken after its dash prints "2011-" at a line end, which text extraction joins into
     * "20112015": each range is kept on one line (a nowrap span), the characters unchanged.
     */
    static void keepRangesWhole(Document page) {
        // Every text node first (wrapping changes the tree), then only those that could hold a range: the
        // pattern needs a dash, and most of a page's text has none (a regex search per node, cold, is not free).
        List<org.jsoup.nodes.TextNode> candidates = new java.util.ArrayList<>();
        page.body().forEachNode(node -> {
            if (node instanceof org.jsoup.nodes.TextNode text && mayHoldRange(text.getWholeText())
                    && !(text.parent() != null && text.parent().hasClass("nowrap"))) {
                candidates.add(text);
            }
        });
        for (org.jsoup.nodes.TextNode text : candidates) {
            String whole = text.getWholeText();
            java.util.regex.Matcher range = RANGE.matcher(whole);
            org.jsoup.nodes.TextNode rest = text;
            int consumed = 0;
            while (range.find()) {
                org.jsoup.nodes.TextNode matched = rest.splitText(range.start() - consumed);
                org.jsoup.nodes.TextNode after = range.end() - range.start() < matched.getWholeText().length()
                        ? matched.splitText(range.end() - range.start()) : null;
                TiedLastWords.inNowrap(matched);
                consumed = range.end();
                if (after == null) {
                    break;
                }
                rest = after;
            }
        }
    }

    /** Whether {@code text} has a dash {@link #RANGE} could match (a necessary condition, not a sufficient one). */
    private static boolean mayHoldRange(String text) {
        return text.indexOf('-') >= 0 || text.indexOf('–') >= 0;
    }

    /**
     * Decree 30 wants the signature block never alone on a page, so pdf.css keeps it with the box before
     * it ({@code page-break-before: avoid}) — and openhtmltopdf moves that box whole to the next page: the
     * whole last section (or the article holding the plan), which left page 1 of a short plan 40 % blank.
     * Moved into the last section, down to its last block of text, the signature is kept with that
     * paragraph only, and the section above it breaks across pages like any other. An article of text
     * alone ("Điều 3. … chịu trách nhiệm thi hành …") stays what it keeps with. Paper only: the page the
     * browser gets keeps the signature after the body.
     */
    static void keepSignatureWithLastText(Document page) {
        for (Element signature : page.select("table.signature-block")) {
            Element before = signature.previousElementSibling();
            while (before != null && (before.nameIs("section") && before.hasClass("section")
                    || before.hasClass("plan-body") || before.hasClass("article") && endsWithBody(before))) {
                before.appendChild(signature);
                before = signature.previousElementSibling();
            }
        }
    }

    private static boolean endsWithBody(Element article) {
        Element last = article.children().last();
        return last != null && last.hasClass("plan-body");
    }

    /** openhtmltopdf builds the PDF outline from {@code <bookmarks>} in the head, nested by level. */
    private static void addBookmarks(Document page, List<TocEntry> toc) {
        if (toc.isEmpty()) {
            return;
        }
        Element root = page.head().appendElement("bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (TocEntry entry : toc) {
            while (!levels.isEmpty() && levels.peek() >= entry.level()) {
                levels.pop();
                parents.pop();
            }
            Element parent = parents.isEmpty() ? root : parents.peek();
            Element bookmark = parent.appendElement("bookmark")
                    .attr("name", entry.label())
                    .attr("href", "#" + entry.anchor());
            parents.push(bookmark);
            levels.push(entry.level());
        }
    }
}

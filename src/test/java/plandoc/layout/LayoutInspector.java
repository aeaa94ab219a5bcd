package plandoc.layout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import plandoc.layout.PrintedLines.Glyph;
import plandoc.layout.PrintedLines.Line;
import plandoc.layout.PrintedLines.Page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static plandoc.layout.PrintedLines.MM;

/**
 * What a legal reviewer rejects first, measured on the printed pages (format-standard.md §13 and
 * issue 11). Reads a PDF back with PDFBox and returns every broken rule with its page; an empty list
 * means the layout passes. Each rule is one method, named after what it forbids.
 *
 * <p>A document part is the run of pages from one page without a number (the first page of the
 * decision, of an attached plan, of each appendix) to the next.
 */
public final class LayoutInspector {

    /** The rules, in the words of the issue. */
    public enum Rule {
        GLYPH_OUTSIDE_TEXT_AREA,
        PAGE_HOLDING_NOTHING,
        STRANDED_AT_PAGE_FOOT,
        BOLD_BODY_PARAGRAPH,
        END_MARK,
        TALL_TABLE_HEADER,
        BOOKMARK_TREE,
        ISSUER_RULE,
        LINE_OPENS_WITH_CLOSING_PUNCTUATION
    }

    /** A broken rule: where (page, 0 for the whole document) and what. */
    public record Violation(Rule rule, int page, String detail) {
        @Override
        public String toString() {
            return rule + (page > 0 ? " p." + page : "") + ": " + detail;
        }
    }

    /** Decree 30 margins: top 20, right 15, bottom 20, left 30 mm, in reading orientation. */
    static final float TOP = 20 * MM;
    static final float RIGHT = 15 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    /** Half a point for rounding, plus what a justified line's last glyph may overhang. */
    static final float TOLERANCE = 1f;
    /** A repeated table header may take at most this share of the page's text height. */
    static final float HEADER_SHARE = 0.20f;
    /** A wrapped line fills at least this share of the text width; this many wrapped bold lines make a paragraph. */
    static final float FULL_LINE = 0.85f;
    static final int BOLD_WRAPPED_LINES = 4;
    static final int BOOKMARK_LENGTH = 120;
    static final String END_MARK = "./.";
    /** A sub-item number inside a bookmark title: body text has leaked into it. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\s(\\d+(\\.\\d+)*\\.|[a-zđ]\\))\\s");

    private final List<Violation> found = new ArrayList<>();
    private final List<Page> pages;
    private final PDDocument document;

    private LayoutInspector(PDDocument document) throws IOException {
        this.document = document;
        this.pages = PrintedLines.read(document);
    }

    /** Every rule broken by the PDF, in page order per rule. */
    public static List<Violation> inspect(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LayoutInspector inspector = new LayoutInspector(document);
            inspector.glyphsInsideTextArea();
            inspector.noPageHoldingNothing();
            inspector.nothingStrandedAtPageFoot();
            inspector.noBoldBodyParagraph();
            inspector.oneEndMarkPerPart();
            inspector.shortTableHeaders();
            inspector.bookmarksNestLikeTheDocument();
            inspector.issuerRuleOfTheLineAbove();
            inspector.noLineOpensWithClosingPunctuation();
            return List.copyOf(inspector.found);
        }
    }

    private void report(Rule rule, int page, String detail) {
        found.add(new Violation(rule, page, detail));
    }

    // ---- rules ----

    /** Punctuation that closes what precedes it: a line never starts with it (it stays with its word). */
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("^[,;:)\\]”!?]");

    /** "giai đoạn 2021-2025 / , định hướng": a comma or closing bracket carried over to the next line. */
    private void noLineOpensWithClosingPunctuation() {
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (CLOSING_PUNCTUATION.matcher(line.text()).find()) {
                    report(Rule.LINE_OPENS_WITH_CLOSING_PUNCTUATION, page.number(), "\"" + shorten(line.text()) + "\"");
                }
            }
        }
    }

    /** Every glyph inside the margins; only a page number in the top margin. */
    private void glyphsInsideTextArea() {
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (line.baseline() < TOP) {
                    if (!line.text().matches("\\d+")) {
                        report(Rule.GLYPH_OUTSIDE_TEXT_AREA, page.number(), "top margin holds \"" + line.text() + "\"");
                    }
                    continue;
                }
                for (Glyph g : line.glyphs()) {
                    if (g.x() < LEFT - TOLERANCE || g.right() > page.width() - RIGHT + TOLERANCE
                            || g.baseline() > page.height() - BOTTOM + TOLERANCE) {
                        report(Rule.GLYPH_OUTSIDE_TEXT_AREA, page.number(), String.format(
                                "\"%s\" at x %.1f–%.1f mm, baseline %.1f mm in \"%s\"", g.text(), g.x() / MM,
                                g.right() / MM, g.baseline() / MM, shorten(line.text())));
                        break;
                    }
                }
            }
        }
    }

    /** A page that holds only an end mark, only a caption (bold or italic lines), or opens with "Nơi nhận". */
    private void noPageHoldingNothing() {
        for (Page page : pages) {
            List<Line> body = page.body();
            if (body.isEmpty()) {
                report(Rule.PAGE_HOLDING_NOTHING, page.number(), "an empty page");
            } else if (body.stream().allMatch(l -> l.text().equals(END_MARK))) {
                report(Rule.PAGE_HOLDING_NOTHING, page.number(), "only the end mark");
            } else if (body.stream().noneMatch(Line::anyRegular)) {
                report(Rule.PAGE_HOLDING_NOTHING, page.number(), "only headings or a caption: " + shorten(body.get(0).text()));
            } else if (body.get(0).text().startsWith("Nơi nhận")) {
                report(Rule.PAGE_HOLDING_NOTHING, page.number(), "the signature block without the text it closes");
            }
        }
    }

    /**
     * The last line of a page followed by a page of the same part: not a bold heading or group row, not
     * a caption or unit line (a totals row may end a page: it closes its table).
     */
    private void nothingStrandedAtPageFoot() {
        for (int i = 0; i + 1 < pages.size(); i++) {
            List<Line> body = pages.get(i).body();
            if (body.isEmpty() || startsPart(pages.get(i + 1))) {
                continue;
            }
            Line last = body.get(body.size() - 1);
            String text = last.text();
            boolean caption = last.allItalic() && (text.startsWith("(Kèm theo") || text.startsWith("Đơn vị tính"));
            // A bold table line (group row, totals) strands only when its table goes on overleaf.
            boolean heading = last.allBold() && (!isTableText(last) || continuesTable(pages.get(i), pages.get(i + 1)));
            if (heading || caption) {
                report(Rule.STRANDED_AT_PAGE_FOOT, pages.get(i).number(), shorten(text));
            }
        }
    }

    /** A run of wrapped lines all in bold is body text set as a heading. */
    private void noBoldBodyParagraph() {
        for (Page page : pages) {
            float width = page.width() - LEFT - RIGHT;
            int run = 0;
            for (Line line : page.body()) {
                boolean wrapped = line.right() - line.left() >= FULL_LINE * width;
                if (line.allBold() && wrapped && !isTableText(line)) {
                    run++;
                    if (run == BOLD_WRAPPED_LINES) {
                        report(Rule.BOLD_BODY_PARAGRAPH, page.number(), shorten(line.text()));
                    }
                } else {
                    run = 0;
                }
            }
        }
    }

    /**
     * "./." once per part: at the end of the last sentence, or on its own line under a table (its line
     * above is table text, 12–13 pt).
     */
    private void oneEndMarkPerPart() {
        for (List<Page> part : parts()) {
            List<Line> marks = new ArrayList<>();
            Line before = null;
            Line previous = null;
            for (Page page : part) {
                for (Line line : page.body()) {
                    if (line.text().endsWith(END_MARK)) {
                        marks.add(line);
                        if (line.text().equals(END_MARK)) {
                            before = previous;
                        }
                    }
                    previous = line;
                }
            }
            int first = part.get(0).number();
            if (marks.size() != 1) {
                report(Rule.END_MARK, first, marks.size() + " end marks in the part starting on this page");
            } else if (marks.get(0).text().equals(END_MARK) && !afterTableOrFigure(before, marks.get(0))) {
                report(Rule.END_MARK, marks.get(0).page(), "\"./.\" on a line of its own after prose: "
                        + (before == null ? "" : shorten(before.text())));
            }
        }
    }

    /** A header repeated at the top of a continued table takes at most 20 % of the text height. */
    private void shortTableHeaders() {
        for (int i = 0; i + 1 < pages.size(); i++) {
            Page page = pages.get(i);
            Page next = pages.get(i + 1);
            if (startsPart(next) || !continuesTable(page, next)) {
                continue;
            }
            List<Line> above = page.body();
            List<Line> below = next.body();
            if (above.isEmpty() || below.size() < 2) {
                continue;
            }
            int start = -1;
            for (int k = 0; k < above.size() && start < 0; k++) {
                if (above.get(k).text().equals(below.get(0).text())) {
                    start = k;
                }
            }
            if (start < 0) {
                continue;
            }
            int matched = 0;
            while (start + matched < above.size() && matched < below.size() - 1 && isTableText(below.get(matched))
                    && above.get(start + matched).text().equals(below.get(matched).text())) {
                matched++;
            }
            Line first = below.get(0);
            Line last = below.get(matched - 1);
            float height = last.baseline() + 0.3f * last.size() - (first.baseline() - first.size());
            float textHeight = next.height() - TOP - BOTTOM;
            if (height > HEADER_SHARE * textHeight) {
                report(Rule.TALL_TABLE_HEADER, next.number(), String.format("repeated header %.0f pt of %.0f pt (%.0f %%)",
                        height, textHeight, 100 * height / textHeight));
            }
        }
    }

    /** Each bookmark points at or after its parent, in page order with its siblings, and names only its heading. */
    private void bookmarksNestLikeTheDocument() throws IOException {
        PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            walk(outline, 0);
        }
    }

    private void walk(PDOutlineNode parent, int parentPage) throws IOException {
        int previousPage = parentPage;
        for (PDOutlineItem item : parent.children()) {
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            int page = pageOf(item);
            if (page < previousPage) {
                report(Rule.BOOKMARK_TREE, page, "\"" + shorten(title) + "\" points before its parent or its previous sibling (p."
                        + previousPage + ")");
            }
            int ownLabel = title.indexOf(". ");
            if (title.length() > BOOKMARK_LENGTH || ITEM_NUMBER.matcher(title.substring(ownLabel + 1)).find()) {
                report(Rule.BOOKMARK_TREE, page, "body text in the bookmark \"" + shorten(title) + "\"");
            }
            walk(item, Math.max(page, parentPage));
            previousPage = Math.max(previousPage, page);
        }
    }

    private int pageOf(PDOutlineItem item) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination pageDestination) {
            PDPage page = pageDestination.getPage();
            return page != null ? document.getPages().indexOf(page) + 1 : pageDestination.getPageNumber() + 1;
        }
        return 0;
    }

    /** The left column of the header block (Decree 30 ô 2): from the left margin, about 70 mm wide. */
    static final float ISSUER_COLUMN = 75 * MM;

    /**
     * F5: on every page with a header block (the national name printed on it), the first rule in the
     * issuer's column is 1/3 to 1/2 as long as the line of the issuer right above it, and centred under it.
     */
    private void issuerRuleOfTheLineAbove() throws IOException {
        for (Page page : pages) {
            if (page.lines().stream().noneMatch(l -> l.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))) {
                continue;
            }
            List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(page.number() - 1)).stream()
                    .filter(r -> r.right() <= LEFT + ISSUER_COLUMN).sorted(java.util.Comparator.comparing(HorizontalRules.Rule::y))
                    .toList();
            if (rules.isEmpty()) {
                report(Rule.ISSUER_RULE, page.number(), "no rule under the issuer");
                continue;
            }
            HorizontalRules.Rule rule = rules.get(0);
            List<Glyph> above = page.lines().stream().flatMap(l -> l.glyphs().stream())
                    .filter(g -> g.x() < LEFT + ISSUER_COLUMN && g.baseline() < rule.y()).toList();
            float baseline = above.stream().map(Glyph::baseline).max(Float::compare).orElse(0f);
            List<Glyph> line = above.stream().filter(g -> Math.abs(g.baseline() - baseline) <= 2f).toList();
            if (line.isEmpty()) {
                report(Rule.ISSUER_RULE, page.number(), "no issuer line above the rule");
                continue;
            }
            float left = line.stream().map(Glyph::x).min(Float::compare).orElseThrow();
            float right = line.stream().map(Glyph::right).max(Float::compare).orElseThrow();
            float share = rule.width() / (right - left);
            float offCentre = Math.abs((rule.left() + rule.right()) / 2 - (left + right) / 2);
            if (share < 1f / 3 - 0.01f || share > 0.5f + 0.01f || offCentre > 1.5f * MM) {
                report(Rule.ISSUER_RULE, page.number(), String.format(
                        "rule %.1f mm under a line of %.1f mm (%.2f of it, %.1f mm off centre)",
                        rule.width() / MM, (right - left) / MM, share, offCentre / MM));
            }
        }
    }

    // ---- tables and parts ----

    /** The line above an end mark of its own is table text, or far above it (an image between them). */
    private boolean afterTableOrFigure(Line before, Line mark) {
        return before != null && (isTableText(before)
                || (before.page() == mark.page() && mark.baseline() - before.baseline() > 4 * mark.size()));
    }

    /** Tables print at 12 or 13 pt (compute.ColumnWidths), body text at 14 pt (pdf.css). */
    private boolean isTableText(Line line) {
        return line.size() < 13.5f;
    }

    /** The next page opens with a line printed on this page: a repeated table header. */
    private boolean continuesTable(Page page, Page next) {
        List<Line> below = next.body();
        return !below.isEmpty() && isTableText(below.get(0))
                && page.body().stream().anyMatch(l -> l.text().equals(below.get(0).text()));
    }


    private static boolean startsPart(Page page) {
        return page.pageNumber().isEmpty();
    }

    private List<List<Page>> parts() {
        List<List<Page>> parts = new ArrayList<>();
        for (Page page : pages) {
            if (parts.isEmpty() || startsPart(page)) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(page);
        }
        return parts;
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "…";
    }
}

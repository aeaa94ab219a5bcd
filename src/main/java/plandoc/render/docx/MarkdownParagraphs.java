package plandoc.render.docx;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import plandoc.render.markdown.LineBreakTag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown text (articles, section text) as Word paragraphs, parsed the way the HTML is (CommonMark
 * plus pipe tables). List markers are written as text ("- ", "1. "), never as Word numbering, so
 * accepting or rejecting a tracked change cannot renumber them; a heading is a bold paragraph, as in
 * the PDF.
 */
final class MarkdownParagraphs {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    /**
     * Runs written before the first paragraph's text: "Điều 1. " (bold) or a section number "a) "; the
     * paragraph that takes them is in {@code style} (an article's outline level), else Normal.
     */
    record Lead(String text, boolean bold, boolean italic, String style) {
        static final Lead NONE = new Lead("", false, false);

        Lead(String text, boolean bold, boolean italic) {
            this(text, bold, italic, Styles.NORMAL);
        }
    }

    private final Body body;
    /** The site's address, when it has one: what a citation of another of its documents links (CitedAddress). */
    private final java.util.Optional<java.net.URI> siteUrl;
    private static final plandoc.render.markdown.LinkPolicy LINKS = new plandoc.render.markdown.LinkPolicy();
    private Lead lead;

    MarkdownParagraphs(Body body, java.util.Optional<java.net.URI> siteUrl) {
        this.body = body;
        this.siteUrl = siteUrl;
    }

    void write(String markdown, Lead first) {
        this.lead = first;
        Node document = PARSER.parse(Normalizer.normalize(markdown, Normalizer.Form.NFC));
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            block(block, "");
        }
        if (!lead.text().isEmpty()) {
            XWPFParagraph p = body.paragraph();
            leadRuns(p);
        }
    }

    private void block(Node node, String marker) {
        if (node instanceof Paragraph) {
            XWPFParagraph p = body.paragraph();
            leadRuns(p);
            if (!marker.isEmpty()) {
                Runs.run(p, marker, Runs.BODY, false, false);
            }
            inline(p, node, false, false);
            if (!isLeadLine(node)) {
                Runs.tieLastTwoWords(p); // a bold lead line ("Sở Công Thương:") is a heading: the PDF leaves it too
            }
            if (marker.isEmpty() && isLeadLine(node)) {
                Runs.keepNext(p);
            }
        } else if (node instanceof Heading) {
            XWPFParagraph p = body.paragraph();
            Runs.keepNext(p);
            leadRuns(p);
            inline(p, node, true, false);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            int number = node instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                String itemMarker = node instanceof OrderedList
                        ? number++ + (((OrderedListItem) item).getOpeningMarker().endsWith(")") ? ") " : ". ")
                        : "- ";
                listItem(item, itemMarker);
            }
        } else if (node instanceof TableBlock) {
            table(node);
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, marker);
            }
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            XWPFParagraph p = body.paragraph();
            Runs.run(p, node.getChildChars().toString().stripTrailing(), Runs.BODY, false, false);
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, marker);
            }
        } else {
            String text = node.getChars().toString().strip();
            if (!text.isEmpty()) {
                XWPFParagraph p = body.paragraph();
                    Runs.run(p, text, Runs.BODY, false, false);
            }
        }
    }

    /**
     * A paragraph all in bold ("**Sở Công Thương:**" over its list) is kept with the next one, as the PDF
     * keeps its lead lines: it never ends a page.
     */
    private static boolean isLeadLine(Node paragraph) {
        Node only = paragraph.getFirstChild();
        return only instanceof StrongEmphasis && only.getNext() == null;
    }

    private void listItem(Node item, String marker) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            block(child, first ? marker : "");
            first = false;
        }
        if (!(item instanceof ListItem) || item.getFirstChild() == null) {
            XWPFParagraph p = body.paragraph();
            Runs.run(p, marker.strip(), Runs.BODY, false, false);
        }
    }

    /** The lead's style and runs, first in a new paragraph (a run's look is relative to its paragraph's style). */
    private void leadRuns(XWPFParagraph p) {
        if (!lead.text().isEmpty()) {
            Runs.style(p, lead.style());
            Runs.run(p, lead.text() + " ", Runs.BODY, lead.bold(), lead.italic());
            lead = Lead.NONE;
        }
    }

    private void inline(XWPFParagraph p, Node parent, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link link && isDocumentLink(link)) {
                Runs.link(p, plandoc.render.CitedAddress.of(link.getUrl().unescape(), siteUrl), link.getText().unescape(),
                        Runs.BODY, bold, italic);
            } else if (node instanceof Text) {
                text(p, node.getChars().unescape(), bold, italic);
            } else if (node instanceof SoftLineBreak) {
                text(p, " ", bold, italic);
            } else if (node instanceof HardLineBreak || isLineBreakTag(node)) {
                Runs.run(p, "", Runs.BODY, bold, italic).addBreak();
            } else if (node instanceof StrongEmphasis) {
                inline(p, node, true, italic);
            } else if (node instanceof Emphasis) {
                inline(p, node, bold, true);
            } else if (node instanceof Code) {
                text(p, ((Code) node).getText().toString(), bold, italic);
            } else if (node.hasChildren()) {
                inline(p, node, bold, italic);
            } else {
                text(p, node.getChars().toString(), bold, italic);
            }
        }
    }

    /**
     * A link out of the document, of plain words (a cited document of the site, an address the author wrote), that
     * the page would link too; a link to a part of the document prints as its words, as before.
     */
    private static boolean isDocumentLink(Link link) {
        String url = link.getUrl().unescape();
        return !url.startsWith("#") && LINKS.allows(url) && link.getFirstChild() instanceof Text
                && link.getFirstChild().getNext() == null;
    }

    /** {@code <br>}, read as the page reads it (LineBreakTag); any other tag prints as typed. */
    private static boolean isLineBreakTag(Node node) {
        return node instanceof HtmlInline && LineBreakTag.is(node.getChars());
    }

    private static void text(XWPFParagraph p, String text, boolean bold, boolean italic) {
        Runs.run(p, text, Runs.BODY, bold, italic);
    }

    /**
     * A pipe table as the PDF prints it: the header rows bold, centred and repeated on each page, each
     * column aligned as its separator says ("---:" right), widths from the content (the separator row is
     * not a row).
     */
    private void table(Node block) {
        List<List<Node>> rows = new ArrayList<>();
        List<Boolean> heads = new ArrayList<>();
        collectRows(block, rows, heads, false);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        // A cell's lines measured apart: "- Phòng A<br>- Phòng B" wants the width of its longer line.
        List<List<String>> texts = rows.stream()
                .map(r -> r.stream().map(c -> LineBreakTag.asNewlines(c.getChars().unescape())).toList()).toList();
        XWPFTable table = body.table();
        Tables.grid(table, AutoWidths.of(texts, columns, body.pages().textWidth(), Tables.CELL_TEXT));
        Tables.padded(table);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = Tables.appendRow(table);
            boolean head = heads.get(r);
            if (head) {
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.createCell();
                XWPFParagraph p = cell.getParagraphs().get(0);
                Runs.style(p, head ? Styles.TABLE_HEADING : Styles.TABLE_TEXT);
                Node content = c < rows.get(r).size() ? rows.get(r).get(c) : null;
                if (head) {
                    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                } else if (content instanceof TableCell tableCell && tableCell.getAlignment() != null) {
                    p.setAlignment(switch (tableCell.getAlignment()) {
                        case RIGHT -> ParagraphAlignment.RIGHT;
                        case CENTER -> ParagraphAlignment.CENTER;
                        default -> ParagraphAlignment.LEFT;
                    });
                }
                if (content != null) {
                    inlineCell(p, content, head);
                }
            }
        }
        Tables.dropFirstRow(table);
        // The PDF's 6 pt under a table: the next paragraph touched the table's bottom border.
        Runs.gap(body.paragraph(), Tables.MARGIN);
    }

    private static void inlineCell(XWPFParagraph p, Node cell, boolean head) {
        for (Node node = cell.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                Runs.run(p, node.getChars().unescape(), 12, head, false);
            } else if (isLineBreakTag(node)) {
                Runs.run(p, "", 12, head, false).addBreak();
            } else if (node.hasChildren()) {
                inlineCell(p, node, head || node instanceof StrongEmphasis);
            } else {
                Runs.run(p, node.getChars().toString(), 12, head, false);
            }
        }
    }

    private static void collectRows(Node node, List<List<Node>> rows, List<Boolean> heads, boolean head) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<Node> cells = new ArrayList<>();
                for (Node c = child.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell) {
                        cells.add(c);
                    }
                }
                rows.add(cells);
                heads.add(head);
            } else if (!(child instanceof com.vladsch.flexmark.ext.tables.TableSeparator)) {
                collectRows(child, rows, heads,
                        child instanceof com.vladsch.flexmark.ext.tables.TableHead);
            }
        }
    }

    /** Where paragraphs and tables go (the document body). */
    interface Body {
        XWPFParagraph paragraph();

        XWPFTable table();

        Pages pages();
    }
}

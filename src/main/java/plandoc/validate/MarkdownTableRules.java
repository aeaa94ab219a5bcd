package plandoc.validate;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.Plan;
import plandoc.model.Text;

/**
 * A pipe table is one line per row: a cell typed on two lines, or a list typed in a cell, prints as a
 * table torn apart (s23 tryout H2). Reported at the line that tears it, with the joined cell as the fix:
 * <ul>
 *   <li>an error for a line that continues the row above — a row of fewer cells without the leading "|" the
 *   header has, or after a row without the closing "|" — printed as a row of its own;</li>
 *   <li>an error for a line right under a table that is no row (a list item, a paragraph): printed after the
 *   table, its "|" as text, and at an appendix's end glued to the end mark "./.";</li>
 *   <li>an error for a row of more cells than the header: the extra cells print as a column with no heading
 *   (GFM drops them, so they are typed content either way lost or misplaced);</li>
 *   <li>an error for a |---| line among the body rows: printed as a row of "---" cells;</li>
 *   <li>a warning for a row of fewer cells that is a row of its own: printed with empty cells at its end,
 *   which may be meant ("| 5 | Dự phòng |" under a header of four).</li>
 * </ul>
 * A table Markdown does not read as one is {@link UnreadTables}'s.
 */
final class MarkdownTableRules {
    /**
     * Parsed as the renderers parse (pipe tables, column spans, no caption line); made when a first text holds a
     * "|", as most plans type no table (flexmark's start-up, issue 17).
     */
    private static final class Tables {
        static final Parser PARSER;

        static {
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
            options.set(TablesExtension.WITH_CAPTION, false);
            PARSER = Parser.builder(options).build();
        }
    }

    void check(Plan plan, Problems problems) {
        for (Text text : PlanTexts.all(plan)) {
            String literal = text.literalText();
            if (literal.indexOf('|') < 0) {
                continue;
            }
            UnreadTables unread = new UnreadTables(Tables.PARSER, text, problems);
            for (Node node : Tables.PARSER.parse(literal).getDescendants()) {
                if (node instanceof TableBlock table) {
                    new Table(table, literal, text, problems).check();
                } else if (node instanceof Paragraph paragraph) {
                    unread.check(paragraph);
                }
            }
        }
    }

    /** One source line of a row: where it starts in the text and what it says, indentation set aside. */
    private record Line(int offset, String content) {
        static Line at(String text, int offset) {
            int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
            if (offset == 0) {
                start = 0;
            }
            int end = text.indexOf('\n', start);
            String raw = text.substring(start, end < 0 ? text.length() : end);
            int indent = 0;
            while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
                indent++;
            }
            return new Line(start + indent, raw.strip());
        }

        boolean opens() {
            return content.startsWith("|");
        }

        boolean closes() {
            return content.endsWith("|") && !content.endsWith("\\|");
        }

        /** The line's first cell's text: what a continuation adds to the cell above. */
        String firstCell() {
            String s = opens() ? content.substring(1) : content;
            int bar = unescapedBar(s);
            return (bar < 0 ? s : s.substring(0, bar)).strip();
        }

        /** The row's last cell's text, where a continuation belongs. */
        String lastCell() {
            String s = closes() ? content.substring(0, content.length() - 1) : content;
            int bar = -1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\\') {
                    i++;
                } else if (s.charAt(i) == '|') {
                    bar = i;
                }
            }
            return s.substring(bar + 1).strip();
        }

        private static int unescapedBar(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\\') {
                    i++;
                } else if (s.charAt(i) == '|') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A body row: its line and its cells, a spanning cell ("||") counted for each column it spans. */
    private record Row(Line line, int cells) {
    }

    private static final class Table {
        private final TableBlock table;
        private final String literal;
        private final Text text;
        private final Problems problems;

        Table(TableBlock table, String literal, Text text, Problems problems) {
            this.table = table;
            this.literal = literal;
            this.text = text;
            this.problems = problems;
        }

        void check() {
            TableHead head = (TableHead) table.getChildOfType(TableHead.class);
            TableRow first = head == null ? null : (TableRow) head.getChildOfType(TableRow.class);
            if (first == null) {
                return;
            }
            Line header = Line.at(literal, first.getStartOffset());
            int columns = cells(first);
            List<Row> rows = new ArrayList<>();
            for (Node body : table.getChildren()) {
                if (body instanceof TableBody) {
                    for (Node row : body.getChildren()) {
                        if (row instanceof TableRow r) {
                            rows.add(new Row(Line.at(literal, r.getStartOffset()), cells(r)));
                        }
                    }
                }
            }
            Node separator = table.getChildOfType(TableSeparator.class);
            Line above = Line.at(literal, (separator == null ? first : separator).getStartOffset());
            boolean[] continued = new boolean[rows.size() + 1];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Line previous = i == 0 ? above : rows.get(i - 1).line();
                if (row.cells() < columns && !UnreadTables.isRuling(row.line().content()) && (header.opens() && !row.line().opens()
                        || header.closes() && !previous.closes())) {
                    continued[i] = true;
                    problems.error(text.positionOf(row.line().offset()), "markdown.table-split-cell", row.cells(),
                            columns, joined(previous, row.line()));
                }
            }
            Line after = glued().orElse(null);
            if (after != null) {
                continued[rows.size()] = true;
                Line last = rows.isEmpty() ? above : rows.get(rows.size() - 1).line();
                problems.error(text.positionOf(after.offset()), "markdown.table-glued", joined(last, after));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (UnreadTables.isRuleRow(row.line().content())) {
                    problems.error(text.positionOf(row.line().offset()), "markdown.table-ruling-row");
                } else if (row.cells() > columns) {
                    problems.error(text.positionOf(row.line().offset()), "markdown.table-long-row", row.cells(), columns);
                } else if (row.cells() < columns && !continued[i] && !continued[i + 1]) {
                    // A short row followed by its continuation is reported there, once.
                    problems.warning(text.positionOf(row.line().offset()), "markdown.table-short-row", row.cells(),
                            columns, columns - row.cells());
                }
            }
        }

        /**
         * The line right under a table that is no row of it, when the table stands in the text's flow: inside a
         * list the next line may start the list's next item, which is meant.
         */
        private Optional<Line> glued() {
            if (!(table.getParent() instanceof Document)) {
                return Optional.empty();
            }
            int end = table.getEndOffset();
            if (end >= literal.length() || end > 0 && literal.charAt(end - 1) != '\n') {
                return Optional.empty();
            }
            Line next = Line.at(literal, end);
            // A line holding only an author's note is never printed (AuthorNotes.strip).
            return next.content().isEmpty() || AuthorNotes.strip(next.content()).isBlank()
                    ? Optional.empty() : Optional.of(next);
        }

        /** The cell the two lines make, joined where a line break in a cell is written: "… kế toán<br>và 01 văn thư". */
        private static String joined(Line row, Line continuation) {
            return row.lastCell() + "<br>" + continuation.firstCell();
        }

        private static int cells(Node row) {
            int cells = 0;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableCell cell) {
                    cells += Math.max(1, cell.getSpan());
                }
            }
            return cells;
        }
    }
}

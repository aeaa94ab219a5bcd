package plandoc.compute;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.Text;

/**
 * A Markdown table is printed as typed: nothing in it is computed. An officer who typed a budget as a
 * Markdown table and its "Tổng cộng" by hand gets a warning where that total is not the sum of the rows
 * above it, with the way to have plandoc compute it ({@code budgets:}). A totals row has no STT and its
 * first text starts with "Cộng" (compared with the rows since the previous totals row) or "Tổng" (with
 * every row above that is not a totals row); only columns with two figures or more above are compared. In an issued
 * document (not a draft) it is an error: a signed appendix must not print a wrong sum (s29 tryout F1).
 */
final class MarkdownTableTotals {
    private final boolean draft;

    MarkdownTableTotals(boolean draft) {
        this.draft = draft;
    }

    /** "4.500", "1.200,5", "350": a figure as Vietnamese tables print it. */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");

    /**
     * The parser, made when a first text holds a table: most plans type none, and flexmark's classes
     * initialised on the way (~10 ms in a cold JVM, issue 17) would hold the check — and the PDF's start
     * behind it — for work the page's own Markdown does later beside the PDF.
     */
    private static final class Tables {
        static final Parser PARSER;

        static {
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
            PARSER = Parser.builder(options).build();
        }
    }

    /** One body cell: its text without emphasis marks, and where it starts in the text. */
    private record Cell(String text, int offset) {
        Optional<BigDecimal> figure() {
            return FIGURE.matcher(text).matches()
                    ? Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')))
                    : Optional.empty();
        }

        boolean startsTotal(String word) {
            return text.toLowerCase(Locale.ROOT).startsWith(word);
        }
    }

    void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            String literal = text.literalText();
            if (!literal.contains("|")) {
                continue;
            }
            AuthorNotes.Scan notes = new AuthorNotes.Scan(literal);
            for (Node node : Tables.PARSER.parse(literal).getDescendants()) {
                if (node instanceof TableBlock table) {
                    check(table, text, notes, problems);
                }
            }
        }
    }

    private void check(TableBlock table, Text text, AuthorNotes.Scan notes, Problems problems) {
        List<List<Cell>> above = new ArrayList<>();
        List<List<Cell>> sinceTotal = new ArrayList<>();
        for (Node body : table.getChildren()) {
            if (!(body instanceof TableBody)) {
                continue;
            }
            for (Node row : body.getChildren()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = cells(row);
                Optional<Cell> label = cells.stream().filter(c -> c.figure().isEmpty() && !c.text().isEmpty()).findFirst();
                // A numbered row is an item ("3 | Tổng số lao động | 2.526"): totals rows leave the STT blank.
                boolean numbered = !cells.isEmpty() && cells.get(0).figure().isPresent();
                boolean grand = label.map(c -> c.startsTotal("tổng")).orElse(false);
                boolean subtotal = label.map(c -> c.startsTotal("cộng")).orElse(false);
                if (numbered || !grand && !subtotal) {
                    above.add(cells);
                    sinceTotal.add(cells);
                    continue;
                }
                compare(cells, label.get().text(), grand ? above : sinceTotal, text, notes, problems);
                sinceTotal = new ArrayList<>();
            }
        }
    }

    private void compare(List<Cell> total, String label, List<List<Cell>> rows, Text text, AuthorNotes.Scan notes,
                         Problems problems) {
        for (int column = 0; column < total.size(); column++) {
            Cell cell = total.get(column);
            Optional<BigDecimal> typed = cell.figure();
            if (typed.isEmpty() || notes.skip(cell.offset())) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int figures = 0;
            for (List<Cell> row : rows) {
                Optional<BigDecimal> figure = column < row.size() ? row.get(column).figure() : Optional.empty();
                if (figure.isPresent()) {
                    sum = sum.add(figure.get());
                    figures++;
                }
            }
            // A single figure above is a copy, not a sum; a column of numbers 1, 2, 3 has no total typed.
            if (figures >= 2 && sum.compareTo(typed.get()) != 0) {
                int decimals = Math.max(0, Math.max(sum.scale(), typed.get().scale()));
                problems.errorUnlessDraft(draft, text.positionOf(cell.offset()), "markdown.table-total", label, cell.text(),
                        VietnameseNumbers.format(sum, decimals),
                        VietnameseNumbers.signed(typed.get().subtract(sum), decimals));
            }
        }
    }

    private static List<Cell> cells(Node row) {
        List<Cell> cells = new ArrayList<>();
        for (Node node : row.getChildren()) {
            if (node instanceof TableCell cell) {
                String raw = cell.getText().toString();
                // "**7.200**": the figure without its emphasis marks, positioned at its first character.
                int start = 0;
                while (start < raw.length() && (raw.charAt(start) == '*' || raw.charAt(start) == '_'
                        || Character.isWhitespace(raw.charAt(start)))) {
                    start++;
                }
                String bare = raw.replaceAll("<!--.*?-->", "").replace("*", "").replace("_", "").strip();
                cells.add(new Cell(bare, cell.getText().getStartOffset() + start));
            }
        }
        return cells;
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TablePrint;
import plandoc.resolved.TableView;

/**
 * Column widths, type size and orientation of a printed table, from its content and the font's
 * metrics ({@link TextMeasure}; docs/format.md, "Tables").
 *
 * <p>A column's need, so that no word breaks: a text column its longest word (a word longer than
 * {@link #BREAKABLE_WORD_MM} may break: an address, a code), a figure column its widest printed figure,
 * and each column its header's longest word, or the header in at most as many lines as keep the repeated
 * header under a fifth of the page. The widths come from the body: a figure column starts at its figures
 * and its header in one line more than that ({@link Needs#header}), a text column at its least; the text
 * columns get their need, then the rest by how much text they hold, never beyond their longest cell;
 * figure columns widen towards their need (fewer header lines) only with what the text cannot use.
 *
 * <p>Orientation and size: portrait (165 mm) when the needs fit at 12 pt, else landscape (252 mm). The
 * table prints at 13 pt when its needs fit at 13 pt and its rows average at most
 * {@link #LINES_FOR_LARGER} lines there; otherwise at 12 pt. A table whose needs exceed the landscape
 * width even at 12 pt is printed in column parts ({@link ColumnParts}) rather than squeezed until words
 * break letter by letter. Should a part still not fit (a title column of very long words), its columns
 * shrink towards their least ({@link Needs#least}) and long words break.
 */
public final class ColumnWidths {

    /**
     * The text width of an A4 page less the Decree 30 margins (30 mm left, 15 mm right; pdf.css {@code @page}),
     * portrait and landscape: what a table fills, here and on paper (render.pdf.PrintedColumns).
     */
    public static final double PORTRAIT_MM = 210 - 30 - 15;
    public static final double LANDSCAPE_MM = 297 - 30 - 15;
    /** Words longer than this may break inside a cell rather than widen it. */
    static final double BREAKABLE_WORD_MM = 45;
    static final int LARGER_PT = 13;
    static final int SMALLER_PT = 12;
    /** At 13 pt, rows averaging more lines than this print at 12 pt (long task descriptions). */
    static final double LINES_FOR_LARGER = 4;
    /** A short word (about seven letters): what a text column keeps when the table cannot afford its longest word. */
    static final double SHORT_WORD_EM = 3.2;
    /** The header lines a column may take when the table cannot afford fewer. */
    static final int MOST_HEADER_LINES = 6;
    /**
     * How much sooner openhtmltopdf breaks a bold header line than {@link #headerTextLines} counts: "hợp pháp" went
     * to two lines in a column whose counted room held it with 1 mm to spare, not with 2 (s21-cols, docs/benchmarks.md).
     */
    static final double PRINT_WRAP_MM = 2;
    /** 2 pt of padding each side and the rule (pdf.css), with a little to spare. */
    static final double PADDING_MM = 2.2;
    /**
     * What a figure column is given beside its widest figure when the text can spare it, half each side: at
     * {@link #PADDING_MM} alone "300,0" printed touching its rules (s29 tryout F11).
     */
    static final double FIGURE_AIR_MM = 1.5;
    /** A figure column's header of at most this many words ("Năm 2026") is given its one line when the text can spare it. */
    static final int ONE_LINE_HEADER_WORDS = 2;
    /** A header cell's padding left and right (2 pt each, pdf.css) and its share of the rules (0.25 pt each). */
    private static final double HEADER_PADDING_PT = 4.5;
    /**
     * What an italic figure needs beyond its advance widths (the rows pdf.css and the Word copy print italic:
     * unallocated money, per-member totals): its last glyph leans past its advance, and LibreOffice keeps a
     * twelfth of the line's height (1.15 em) free at the end of an italic line, breaking "0,125" as "0,12" / "5"
     * in a cell that holds it upright (s17 review, finding 7).
     */
    static final double ITALIC_LEAN_EM = 1.15 / 12;
    /** Text height of a page, portrait and landscape (A4 less the Decree 30 margins). */
    /** Compiled once: String.split compiles it on every call, here once per cell (issue 17). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final double PORTRAIT_HEIGHT_MM = 257;
    private static final double LANDSCAPE_HEIGHT_MM = 170;

    private ColumnWidths() {
    }

    /** The table with its widths, orientation, type size and, when it cannot fit, its column parts. */
    public static TableView apply(TableView table) {
        return apply(table, ChosenWidths.NONE);
    }

    /** As above; {@code kept}: the widths chosen for tables measured before, which a table measured the same reuses. */
    static TableView apply(TableView table, ChosenWidths kept) {
        Needs needs = Needs.of(table);
        boolean wide = table.wide() || needs.total(SMALLER_PT, false) > PORTRAIT_MM;
        double available = wide ? LANDSCAPE_MM : PORTRAIT_MM;
        if (needs.total(SMALLER_PT, wide) > available) {
            return ColumnParts.split(table, needs, available);
        }
        ChosenWidths.Chosen chosen = kept.of(needs, wide, available, () -> chosen(needs, wide, available));
        List<String> sheet = chosen.sheetPercent().equals(chosen.percent()) ? List.of() : chosen.sheetPercent();
        return new TableView(table.id(), table.kind(), table.printedUnit(), table.decimals(), table.columns(), table.header(), table.rows(),
                table.notes(), wide, chosen.percent(), table.sums(), new TablePrint(chosen.size(), List.of(), List.of(), sheet));
    }

    /** The type size, then the widths at it: {@link FewestLines}' search, once or twice. */
    private static ChosenWidths.Chosen chosen(Needs needs, boolean wide, double available) {
        int size = SMALLER_PT;
        double[] larger = null;
        if (needs.total(LARGER_PT, wide) <= available) {
            larger = needs.widths(LARGER_PT, wide, available);
            if (needs.averageLines(LARGER_PT, larger) <= LINES_FOR_LARGER) {
                size = LARGER_PT;
            }
        }
        // The larger size's widths, when chosen, are those just made: the same three layouts are not made again.
        double[] width = size == LARGER_PT ? larger : needs.widths(size, wide, available);
        // The paper's header floor, searched again only for a table whose headers need it (424's Phụ lục 01 of the
        // bundled plans): the workbook's sheet keeps the widths without it.
        double[] printed = HeaderFloor.printed(needs, size, wide, available, width);
        return new ChosenWidths.Chosen(size, percent(printed), percent(width));
    }

    /**
     * The lines a bold header text takes in a column {@code widthMm} wide at {@code sizePt}, wrapped at its
     * spaces as the PDF wraps it (a header word never breaks: pdf.css), less the cell's padding.
     */
    static int headerTextLines(String text, double widthMm, double sizePt) {
        double room = (widthMm - HEADER_PADDING_PT * TextMeasure.MM_PER_PT) / (sizePt * TextMeasure.MM_PER_PT);
        double space = em(" ", true);
        int lines = 0;
        double line = 0;
        for (String word : SPACES.split(text.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            double w = em(word, true);
            if (lines == 0 || line + space + w > room) {
                lines++;
                line = w;
            } else {
                line += space + w;
            }
        }
        return lines;
    }

    /** Whether a bold header text wrapped as {@link #headerTextLines} wraps it ends on a lone word ("Cơ quan chủ / trì"). */
    static boolean headerEndsOnALoneWord(String text, double widthMm, double sizePt) {
        double room = (widthMm - HEADER_PADDING_PT * TextMeasure.MM_PER_PT) / (sizePt * TextMeasure.MM_PER_PT);
        return Words.of(text, true).endsOnALoneWord(room);
    }

    static List<String> percent(double[] width) {
        double total = 0;
        for (double w : width) {
            total += w;
        }
        List<String> percent = new ArrayList<>();
        for (double w : width) {
            percent.add(String.format(Locale.ROOT, "%.2f%%", 100 * w / total));
        }
        return percent;
    }

    /** A row printed italic (pdf.css, render.docx.Tables): unallocated money and per-member totals. */
    static boolean italic(RowView row) {
        return row.kind().italic();
    }

    /** A row printed bold (pdf.css, render.docx.Tables): every row but an item and a group's unallocated money. */
    static boolean bold(RowView row) {
        return row.kind() != RowKind.ITEM && row.kind() != RowKind.UNALLOCATED;
    }

    static boolean isText(ColumnView column) {
        return column.role() == CellRole.TITLE || column.role() == CellRole.TEXT;
    }

    /**
     * What each column needs, measured in em (so it scales with the type size): its longest word or
     * widest figure, its header, its longest line and how much text it holds.
     */
    static final class Needs {
        final List<ColumnView> columns;
        final double[] content;
        final double[] headerWord;
        final double[] header;
        final double[] longest;
        final double[] volume;
        final int headerRows;
        final String[] labels;
        final List<double[]> rowText = new ArrayList<>();
        /** Each body row's text cells as words, by column (null where no text cell of its own). */
        final List<Words[]> words = new ArrayList<>();
        int rows;
        /** The text columns' lines at the widths {@link FewestLines} tried, kept for the table's other layouts. */
        final FewestLines.Counted counted = new FewestLines.Counted();

        private Needs(List<ColumnView> columns, int headerRows) {
            int n = columns.size();
            this.columns = columns;
            this.headerRows = headerRows;
            content = new double[n];
            headerWord = new double[n];
            header = new double[n];
            longest = new double[n];
            volume = new double[n];
            labels = new String[n];
        }

        static Needs of(TableView table) {
            List<ColumnView> columns = table.columns();
            int n = columns.size();
            Needs needs = new Needs(columns, Math.max(table.header().size(), 1));
            for (int c = 0; c < n; c++) {
                String label = leafLabel(columns.get(c).label());
                needs.labels[c] = label;
                needs.headerWord[c] = longestWord(label, true);
                needs.header[c] = em(label, true);
            }
            for (RowView row : table.rows()) {
                boolean bold = bold(row);
                double lean = italic(row) ? ITALIC_LEAN_EM : 0;
                double[] text = new double[n];
                Words[] cellWords = new Words[n];
                int c = 0;
                for (CellView cell : row.cells()) {
                    if (c >= n) {
                        break;
                    }
                    if (cell.colspan() == 1) {
                        String plain = cell.plain();
                        double line = 0;
                        for (String l : plain.split("\n")) {
                            line = Math.max(line, em(l, bold) + (isText(columns.get(c)) ? 0 : lean));
                        }
                        needs.content[c] = Math.max(needs.content[c], isText(columns.get(c)) ? longestWord(plain, bold) : line);
                        needs.longest[c] = Math.max(needs.longest[c], line);
                        double all = em(plain, bold);
                        needs.volume[c] += all;
                        text[c] = all;
                        if (isText(columns.get(c))) {
                            cellWords[c] = Words.of(plain, bold);
                        }
                    }
                    c += cell.colspan();
                }
                needs.rowText.add(text);
                needs.words.add(cellWords);
                needs.rows++;
            }
            return needs;
        }

        /** The width column {@code c} needs at {@code size} pt, in millimetres. */
        double need(int c, int size, boolean wide) {
            double mmPerEm = size * TextMeasure.MM_PER_PT;
            double word = isText(columns.get(c)) ? Math.min(content[c] * mmPerEm, BREAKABLE_WORD_MM) : content[c] * mmPerEm;
            double head = Math.max(headerWord[c], header[c] / headerLines(size, wide)) * mmPerEm;
            return Math.max(word, head) + PADDING_MM;
        }

        /**
         * The least column {@code c} may take when the table cannot afford its need: a text column a short
         * word ({@link #SHORT_WORD_EM}; longer words break), its header in up to {@link #MOST_HEADER_LINES}
         * lines, figures whole.
         */
        double least(int c, int size) {
            double mmPerEm = size * TextMeasure.MM_PER_PT;
            double word = isText(columns.get(c)) ? Math.min(content[c], SHORT_WORD_EM) : content[c];
            double head = Math.max(headerWord[c], header[c] / MOST_HEADER_LINES);
            return Math.max(word, head) * mmPerEm + PADDING_MM;
        }

        /**
         * A figure column's header in one line more than {@link #headerLines} allows the lowest header row:
         * the line a header cell spanning two rows ("ODA, xã hội hóa…" beside "Thời gian thực hiện") has
         * without making the header taller.
         */
        double header(int c, int size, boolean wide) {
            return Math.max(headerWord[c], header[c] / (headerLines(size, wide) + 1)) * size * TextMeasure.MM_PER_PT
                    + PADDING_MM;
        }

        /** Whether column {@code c} is a figure column with no figure in any row, its sums included. */
        boolean empty(int c) {
            return !isText(columns.get(c)) && longest[c] == 0;
        }

        /**
         * The narrowest width in which column {@code c}'s header prints in at most {@code lines} lines, as openhtmltopdf
         * wraps it ({@link #PRINT_WRAP_MM} sooner than the advance widths add up), and no narrower than its longest word.
         */
        double emptyWidth(int c, int size, int lines) {
            double narrow = headerWord[c] * size * TextMeasure.MM_PER_PT + PADDING_MM;
            if (headerTextLines(labels[c], narrow - PRINT_WRAP_MM, size) <= lines) {
                return narrow;
            }
            double wide = header[c] * size * TextMeasure.MM_PER_PT + PADDING_MM + PRINT_WRAP_MM;
            while (wide - narrow > 0.05) {
                double mid = (narrow + wide) / 2;
                if (headerTextLines(labels[c], mid - PRINT_WRAP_MM, size) <= lines) {
                    wide = mid;
                } else {
                    narrow = mid;
                }
            }
            return wide;
        }

        /** The table's width with every column at its least. */
        double minimum(int size) {
            double sum = 0;
            for (int c = 0; c < columns.size(); c++) {
                sum += least(c, size);
            }
            return sum;
        }

        /** Lines the lowest header row may take so the repeated header stays under a fifth of the page. */
        int headerLines(int size, boolean wide) {
            double line = size * 1.05 * TextMeasure.MM_PER_PT + 2 * TextMeasure.MM_PER_PT;
            double budget = 0.2 * (wide ? LANDSCAPE_HEIGHT_MM : PORTRAIT_HEIGHT_MM) * 0.85;
            int lines = (int) Math.floor(budget / line) - (headerRows - 1);
            return Math.max(2, Math.min(lines, 6));
        }

        double total(int size, boolean wide) {
            double sum = 0;
            for (int c = 0; c < columns.size(); c++) {
                sum += need(c, size, wide);
            }
            return sum;
        }

        /** The widths of all the columns ({@link #widths(int, boolean, double, int[])}). */
        double[] widths(int size, boolean wide, double available) {
            return widths(size, wide, available, allColumns());
        }

        /**
         * Widths from what the cells hold (class comment): the text columns get their longest word, then
         * the rest by the text they hold, up to their longest line. Figure columns get more than their
         * figures and {@link #header} only from what the text columns cannot use: an empty money column
         * with a long header ("ODA, xã hội hóa…", 424's PHỤ LỤC 02–06) no longer takes the body's room.
         *
         * <p>Such a column is not made narrower still: its header's lines, not its figures, set its width, and
         * the repeated header pays for each line on every page. 424's empty ODA column prints its header in five
         * lines at 22.9 mm, the header about 18 % of the page; in six lines (20.9 mm as openhtmltopdf wraps it) the
         * header takes 21 %, over the fifth layout.LayoutInspector allows, for 2 mm more of text and no row
         * fewer lines in PHỤ LỤC 02 (s21-cols, docs/benchmarks.md). It keeps only the width its header needs in the
         * lines it prints anyway ({@link #emptyWidth}): 22.9 to 22.2 mm, the rest to the text. Seven or eight
         * lines (19.4, 14.8 mm) printed 424's tables in more lines, not fewer, the header a quarter of the page (s26-cols).
         *
         * <p>Three layouts are tried ({@link Figures}) and counted as printed ({@link #printedLines}): the figure
         * columns' short headers in one line when the table then prints in fewer lines, else air beside the figures
         * when no text cell prints a line more for it, else the figures tight.
         */
        double[] widths(int size, boolean wide, double available, int[] of) {
            return widths(size, wide, available, of, HeaderFloor.NONE);
        }

        /**
         * As above; {@code headerFloor}: the figure columns' headers kept from printing a word a line first
         * ({@link HeaderFloor#give}), as the PDF and the Word copy print them.
         */
        double[] widths(int size, boolean wide, double available, int[] of, HeaderFloor headerFloor) {
            Shares shares = new Shares(size, of);
            double[] tight = shares.widths(laidOut(size, wide, available, of, Figures.TIGHT, headerFloor));
            int[] lines = printedLines(size, of, tight);
            double[] aired = shares.widths(laidOut(size, wide, available, of, Figures.AIRED, headerFloor));
            double[] oneLine = shares.widths(laidOut(size, wide, available, of, Figures.ONE_LINE_HEADERS, headerFloor));
            if (!java.util.Arrays.equals(oneLine, aired)) {
                int[] more = printedLines(size, of, oneLine);
                // Only for fewer lines: on a tie the s29 tryout's Phụ lục II printed "Năm 2026" in one line over
                // money columns half empty, beside "Bồi dưỡng kỹ / năng số cho cán / bộ, công chức" (s31).
                if (more[0] + more[1] < lines[0] + lines[1]) {
                    return oneLine;
                }
            }
            return java.util.Arrays.equals(aired, tight) || printedLines(size, of, aired)[2] <= lines[2] ? aired : tight;
        }

        /**
         * The text columns' share ({@link FewestLines#share}) of the layouts tried for one size, made once for each
         * distinct layout: where the figures' air or one-line headers leave a layout as it was (no room to spare), the
         * share, the costliest part of a table's widths, would give the same widths again (s32-cold).
         */
        private final class Shares {
            private final int size;
            private final int[] of;
            private final List<double[][]> made = new ArrayList<>();

            Shares(int size, int[] of) {
                this.size = size;
                this.of = of;
            }

            /** The widths {@code laidOut} (before the share, and the floors) gives once its text columns share. */
            double[] widths(double[][] laidOut) {
                for (double[][] m : made) {
                    if (java.util.Arrays.equals(m[0], laidOut[0]) && java.util.Arrays.equals(m[1], laidOut[1])) {
                        return m[2].clone();
                    }
                }
                double[] width = laidOut[0].clone();
                FewestLines.share(Needs.this, size, of, width, laidOut[1]);
                made.add(new double[][] {laidOut[0], laidOut[1], width});
                return width.clone();
            }
        }

        /** What the figure columns are given before the text's rest ({@link #figureTargets}). */
        enum Figures { TIGHT, AIRED, ONE_LINE_HEADERS }

        /**
         * The lines the table prints at {@code width}: its header's (the tallest leaf header cell, a text column's
         * header spanning the group rows above) and its body's (each row's tallest text cell, wrapped as {@link
         * FewestLines} counts). What chooses what the figure columns get beyond their figures ({@link #figureTargets}):
         * air beside the figures when the body prints in no more lines for it; "Năm 2026" in one line when the table
         * prints no taller for it, the header's line saved on every page paying for a line of the body.
         */
        int[] printedLines(int size, int[] of, double[] width) {
            return printedLines(size, of, width, 0);
        }

        /**
         * As above, the body's cells given {@code slackMm} more room than {@link FewestLines} counts them in: with
         * {@link FewestLines#SLACK_MM}, as the PDF prints them at widths the search did not choose at a wrap.
         */
        int[] printedLines(int size, int[] of, double[] width, double slackMm) {
            int header = 1;
            for (int i = 0; i < of.length; i++) {
                int lines = headerTextLines(labels[of[i]], width[i] - PRINT_WRAP_MM, size);
                header = Math.max(header, isText(columns.get(of[i])) ? lines - (headerRows - 1) : lines);
            }
            int body = 0;
            int cells = 0;
            for (Words[] row : words) {
                int tallest = 1;
                for (int i = 0; i < of.length; i++) {
                    if (row[of[i]] != null) {
                        int lines = row[of[i]].lines(Words.room(width[i] + slackMm, size));
                        tallest = Math.max(tallest, lines);
                        cells += lines;
                    }
                }
                body += tallest;
            }
            return new int[] {header, body, cells};
        }

        /**
         * The widths of the columns {@code of}, the figure columns given {@code figureRoom} before the text's rest, before
         * the text columns share theirs ({@link Shares}), and the floor of each in that share.
         */
        private double[][] laidOut(int size, boolean wide, double available, int[] of, Figures figureRoom,
                                   HeaderFloor headerFloor) {
            int n = of.length;
            double mmPerEm = size * TextMeasure.MM_PER_PT;
            double[] width = new double[n];
            double[] need = new double[n];
            double[] full = new double[n];
            double spare = available;
            for (int i = 0; i < n; i++) {
                int c = of[i];
                need[i] = Math.max(least(c, size), need(c, size, wide));
                width[i] = isText(columns.get(c)) ? least(c, size) : Math.min(need[i], Math.max(least(c, size), header(c, size, wide)));
                if (empty(c)) {
                    need[i] = Math.min(width[i], emptyWidth(c, size, headerTextLines(labels[c], width[i] - PRINT_WRAP_MM, size)));
                    width[i] = need[i];
                }
                full[i] = Math.max(need[i], longest[c] * mmPerEm + PADDING_MM);
                spare -= width[i];
            }
            spare -= headerFloor.give(this, size, available, of, width, need, full);
            spare = raise(width, textTargets(of, need), spare);
            // Then the figures' room, before the text's rest (s29 tryout F11: "Năm 2026" in two lines and 300,0 touching
            // the rules beside a wide "Nội dung"): a figure column's figures with air beside them, a short header in
            // one line, from what the text columns do not need for their words.
            if (figureRoom != Figures.TIGHT) {
                spare = raise(width, figureTargets(of, size, figureRoom == Figures.ONE_LINE_HEADERS), spare);
            }
            // The rest by the text each column holds, up to its longest line.
            for (int round = 0; round < 4 && spare > 0.5; round++) {
                double weights = 0;
                for (int i = 0; i < n; i++) {
                    if (isText(columns.get(of[i])) && width[i] < full[i]) {
                        weights += weight(of[i]);
                    }
                }
                if (weights == 0) {
                    break;
                }
                double given = 0;
                for (int i = 0; i < n; i++) {
                    if (isText(columns.get(of[i])) && width[i] < full[i]) {
                        double add = Math.min(spare * weight(of[i]) / weights, full[i] - width[i]);
                        width[i] += add;
                        given += add;
                    }
                }
                spare -= given;
            }
            double[] figures = new double[n];
            for (int i = 0; i < n; i++) {
                figures[i] = isText(columns.get(of[i])) ? width[i] : need[i];
            }
            raise(width, figures, spare);
            double[] floor = new double[n];
            for (int i = 0; i < n; i++) {
                floor[i] = Math.min(width[i], need[i]);
            }
            return new double[][] {width, floor};
        }

        /**
         * What each figure column takes before the text's rest ({@link #widths}): its widest figure and
         * {@link #FIGURE_AIR_MM} beside it, and a header of at most {@link #ONE_LINE_HEADER_WORDS} words ("Năm 2026",
         * "Tổng cộng") in one line; 0 for a text or empty column.
         */
        private double[] figureTargets(int[] of, int size, boolean oneLineHeaders) {
            double[] t = new double[of.length];
            for (int i = 0; i < of.length; i++) {
                int c = of[i];
                if (isText(columns.get(c)) || empty(c)) {
                    continue;
                }
                t[i] = content[c] * size * TextMeasure.MM_PER_PT + PADDING_MM + FIGURE_AIR_MM;
                if (oneLineHeaders && SPACES.split(labels[c].strip()).length <= ONE_LINE_HEADER_WORDS) {
                    t[i] = Math.max(t[i], emptyWidth(c, size, 1));
                }
            }
            return t;
        }

        private double[] textTargets(int[] of, double[] target) {
            double[] t = new double[of.length];
            for (int i = 0; i < of.length; i++) {
                t[i] = isText(columns.get(of[i])) ? target[i] : 0;
            }
            return t;
        }

        /**
         * Raises each width towards its target from {@code spare}, in proportion to what each lacks (all of
         * it when the spare suffices). Returns the spare left.
         */
        private static double raise(double[] width, double[] target, double spare) {
            if (spare <= 0) {
                return spare;
            }
            double lacking = 0;
            for (int i = 0; i < width.length; i++) {
                if (width[i] < target[i]) {
                    lacking += target[i] - width[i];
                }
            }
            if (lacking == 0) {
                return spare;
            }
            double given = 0;
            for (int i = 0; i < width.length; i++) {
                if (width[i] < target[i]) {
                    double lack = target[i] - width[i];
                    double add = lack * Math.min(1, spare / lacking);
                    width[i] += add;
                    given += add;
                }
            }
            return spare - given;
        }

        private double weight(int c) {
            return Math.max(volume[c] / Math.max(rows, 1), 1);
        }

        /** The average number of lines a body row takes with these widths (its tallest cell). */
        double averageLines(int size, double[] width) {
            if (rows == 0) {
                return 1;
            }
            double mmPerEm = size * TextMeasure.MM_PER_PT;
            double sum = 0;
            for (double[] text : rowText) {
                double tallest = 1;
                for (int c = 0; c < text.length; c++) {
                    if (isText(columns.get(c)) && text[c] > 0) {
                        // A line is filled to about 85 % on average once words wrap.
                        tallest = Math.max(tallest, Math.ceil(text[c] * mmPerEm / (0.85 * (width[c] - PADDING_MM))));
                    }
                }
                sum += tallest;
            }
            return sum / rows;
        }

        int[] allColumns() {
            int[] all = new int[columns.size()];
            for (int c = 0; c < all.length; c++) {
                all[c] = c;
            }
            return all;
        }
    }

    /** A cell's text as the widths of its words in em, paragraph by paragraph, to count its lines at a width. */
    record Words(double[][] paragraphs, double space) {
        /** The fewest words of a paragraph that must not print a word per line ({@link #pairedRoom}). */
        static final int PAIRED_WORDS = 3;
        /** The fewest words of a paragraph whose last two are tied ({@link #tiesLastTwo}): of three, "Sở / Tài chính" would trade one lone word for another. */
        static final int TIED_WORDS = 4;

        /**
         * The room, in em, that a cell {@code widthMm} wide gives its words at {@code sizePt}, as every count of a body
         * cell's lines takes it (the widths, {@link FewestLines}; the rows kept whole, {@link RowHeights}): less the
         * cell's padding and the room {@link FewestLines#SLACK_MM} openhtmltopdf's wrapping may take sooner.
         */
        static double room(double widthMm, int sizePt) {
            return (widthMm - PADDING_MM - FewestLines.SLACK_MM) / (sizePt * TextMeasure.MM_PER_PT);
        }

        static Words of(String text, boolean bold) {
            String[] parts = text.split("\n", -1);
            double[][] paragraphs = new double[parts.length][];
            for (int p = 0; p < parts.length; p++) {
                String stripped = parts[p].strip();
                // An array, not a stream: once per text cell of every table on every check (issue 17).
                String[] words = stripped.isEmpty() ? new String[0] : SPACES.split(stripped);
                paragraphs[p] = new double[words.length];
                for (int w = 0; w < words.length; w++) {
                    paragraphs[p][w] = em(words[w], bold);
                }
            }
            return new Words(paragraphs, em(" ", bold));
        }

        /**
         * The least room, in em, in which no paragraph of three words or more prints a word per line: a paragraph
         * of {@code n} words takes at most {@code ⌈n/2⌉} lines, two words a line on average ("Các cơ quan / liên
         * quan", not "Các / cơ / quan / liên / quan"). A paragraph of one or two words may still print a word a
         * line ("Thường / xuyên", "Sở / TTTT"): holding them on one line too printed 424's tables in 986 lines instead
         * of 920 and 4086's in 231 instead of 209 (s23-cols, docs/benchmarks.md), for names that read whole one word
         * beneath the other.
         */
        double pairedRoom() {
            double room = 0;
            for (double[] words : paragraphs) {
                if (words.length < PAIRED_WORDS) {
                    continue;
                }
                int most = (words.length + 1) / 2;
                Words paragraph = new Words(new double[][] {words}, space);
                double narrow = 0;
                double wide = 0;
                for (double w : words) {
                    narrow = Math.max(narrow, w);
                    wide += w + space;
                }
                if (paragraph.lines(narrow) <= most) {
                    continue;
                }
                while (wide - narrow > 0.01) {
                    double mid = (narrow + wide) / 2;
                    if (paragraph.lines(mid) <= most) {
                        wide = mid;
                    } else {
                        narrow = mid;
                    }
                }
                room = Math.max(room, wide);
            }
            return room;
        }

        /**
         * How broken the text reads in {@code room} em, wrapped as {@link #lines}: paragraph by paragraph, its line
         * breaks and a last line holding a lone word ("… xử lý văn bản điện / tử") counted as one more, over its
         * words. A break costs a short name more than a long description ("Sở Khoa / học và Công / nghệ" 3/6, "Rà
         * soát quy trình / xử lý văn bản điện tử" 1/9), and a name of two words a word a line most (2/2). A lone last
         * word the print mends by tying it to the word before ({@link #tiesLastTwo}) costs nothing: no width is spent
         * on it.
         */
        double breaksPerWord(double room, double slack) {
            double broken = 0;
            for (int p = 0; p < paragraphs.length; p++) {
                double[] words = paragraphs[p];
                long wrap = wrap(words, room);
                int breaks = (int) (wrap >> 32);
                if (breaks > 0) {
                    boolean lone = (int) wrap == 1 && !tiesLastTwo(p, room, slack);
                    broken += (breaks + (lone ? 1 : 0)) / (double) words.length;
                }
            }
            return broken;
        }

        /**
         * Whether paragraph {@code p} prints its last two words on one line, a no-break space between them, in a cell
         * of {@code room} em counted ({@link FewestLines#SLACK_MM} less than it has) and up to {@code slack} em more on
         * paper: a typesetter's widow control ("… xử lý văn bản / điện tử", not "… văn bản điện / tử"). So when the
         * paragraph has {@link #TIED_WORDS} words or more, the two fit the room, and the word carried down leaves at
         * least two on the line above at either end of that room ("… cấp huyện, / cấp xã", never "… / cấp / huyện
         * xã"). Tying never costs a line: the two start a line only where the last would have alone, and they fit it.
         */
        boolean tiesLastTwo(int p, double room, double slack) {
            double[] words = paragraphs[p];
            return words.length >= TIED_WORDS && tieReads(words, room) && tieReads(words, room + slack);
        }

        /** Whether the last two words fit {@code room} together, not leaving the word before them alone on its line. */
        private boolean tieReads(double[] words, double room) {
            int n = words.length;
            double pair = words[n - 2] + space + words[n - 1];
            if (pair > room) {
                return false;
            }
            double line = -1;
            int onLine = 0;
            for (int i = 0; i < n - 2; i++) {
                double w = words[i];
                if (line >= 0 && line + space + w <= room) {
                    line += space + w;
                    onLine++;
                    continue;
                }
                double rest = w;
                while (rest > room) {
                    rest -= room;
                }
                line = rest;
                onLine = 1;
            }
            return line + space + pair <= room || onLine >= 2;
        }

        /** Whether a paragraph wrapped in {@code room} em ends on a line of one word after a break. */
        boolean endsOnALoneWord(double room) {
            for (double[] words : paragraphs) {
                long wrap = wrap(words, room);
                if (wrap >> 32 > 0 && (int) wrap == 1) {
                    return true;
                }
            }
            return false;
        }

        /** The lines in {@code room} em, wrapped at spaces as {@link TextLines} wraps; a longer word fills lines. */
        int lines(double room) {
            int lines = 0;
            for (double[] words : paragraphs) {
                lines += 1 + (int) (wrap(words, room) >> 32);
            }
            return Math.max(lines, 1);
        }

        /**
         * A paragraph's words wrapped in {@code room} em: its line breaks (high half) and the words on its last
         * line (low half), packed so that counting allocates nothing.
         */
        private long wrap(double[] words, double room) {
            double r = Math.max(room, 0.5);
            int breaks = 0;
            int onLine = 0;
            double line = -1;
            for (double w : words) {
                if (line >= 0 && line + space + w <= r) {
                    line += space + w;
                    onLine++;
                    continue;
                }
                if (line >= 0) {
                    breaks++;
                }
                double rest = w;
                while (rest > r) {
                    breaks++;
                    rest -= r;
                }
                line = rest;
                onLine = 1;
            }
            return ((long) breaks << 32) | onLine;
        }
    }

    /** The words of a header text, between its spaces. */
    static int words(String label) {
        return SPACES.split(label.strip()).length;
    }

    /** The header text of the column's own (lowest) header cell: "Năm 2026", not "Năm thực hiện - Năm 2026". */
    static String leafLabel(String label) {
        int at = label.lastIndexOf(" - ");
        return at < 0 ? label : label.substring(at + 3);
    }

    private static double longestWord(String text, boolean bold) {
        double longest = 0;
        for (String word : SPACES.split(text)) {
            longest = Math.max(longest, em(word, bold));
        }
        return longest;
    }

    /** Width in em: the measure at 1 pt, converted back from millimetres. */
    private static double em(String text, boolean bold) {
        return TextMeasure.mm(text, 1, bold) / TextMeasure.MM_PER_PT;
    }
}

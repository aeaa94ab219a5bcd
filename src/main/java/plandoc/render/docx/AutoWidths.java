package plandoc.render.docx;

import java.util.List;

/**
 * Column widths of a table without computed widths (a Markdown pipe table), as a browser lays out the
 * PDF's {@code width: 100%} automatic table: each column at least as wide as its longest word, and the
 * room left shared in proportion to how much more its longest cell wants. Text widths are estimated from
 * the character count at half an em of Times New Roman per character; a cell's lines ({@code <br>}) apart.
 */
final class AutoWidths {
    /** Left and right cell margins (1 mm each) plus the border, in twips. */
    private static final int MARGINS = Pages.mm(2.5);

    private AutoWidths() {
    }

    /** @param cells the rows' cell texts, header included, a line break as "\n"; {@code size} the type size in points */
    static int[] of(List<List<String>> cells, int columns, int available, double size) {
        double perChar = size * 20 / 2;
        long[] longest = new long[columns];
        long[] word = new long[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                String text = row.get(c).strip();
                for (String line : text.split("\n")) {
                    longest[c] = Math.max(longest[c], Math.round(line.strip().length() * perChar) + MARGINS);
                }
                for (String w : text.split("\\s+")) {
                    word[c] = Math.max(word[c], Math.round(w.length() * perChar) + MARGINS);
                }
            }
        }
        long wanted = 0;
        long least = 0;
        for (int c = 0; c < columns; c++) {
            word[c] = Math.max(word[c], Pages.mm(8));
            longest[c] = Math.max(longest[c], word[c]);
            wanted += longest[c];
            least += word[c];
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (wanted <= available) {
                widths[c] = (int) (longest[c] * available / wanted);
            } else if (least <= available) {
                widths[c] = (int) (word[c] + (available - least) * (longest[c] - word[c]) / Math.max(1, wanted - least));
            } else {
                widths[c] = (int) (word[c] * available / least);
            }
        }
        return widths;
    }
}

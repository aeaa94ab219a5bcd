package plandoc.compute;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The type size and widths {@link ColumnWidths} chose for a table's measured needs, kept for the last few tables
 * (issue 17): {@code serve} checks a plan again on every save, and a table whose words and figures measure as
 * before (an amount edited from 229 to 230) gets its widths without {@link FewestLines}' search, a tenth of the
 * save's check. Kept by the measures themselves, every one the search reads, so what is kept is the search's own
 * answer. A table of more rows than {@link #MOST_ROWS} is not kept: a 4,000-item plan's measures would stay in
 * memory for nothing.
 * <p>
 * Owned by what checks plans again and again ({@code serve}'s page lane) and handed to its
 * {@link PlanResolver}; a one-shot check or build measures each table once and keeps {@link #NONE}.
 */
public final class ChosenWidths {
    /** Keeps nothing: every table is searched, as a one-shot check or build needs. */
    public static final ChosenWidths NONE = new ChosenWidths(0);
    /** The tables kept by default: a few plans' worth. */
    private static final int KEPT = 32;
    private static final int MOST_ROWS = 1_000;
    private final int kept;
    private final Map<Key, Chosen> known;

    /**
     * @param percent each column's share of the table's width, as printed (PDF, Word copy)
     * @param sheetPercent each column's share as the workbook's sheet takes it: without the printed header floor
     *                     ({@link ColumnWidths}), the same list where that floor changed nothing
     */
    record Chosen(int size, java.util.List<String> percent, java.util.List<String> sheetPercent) {
        Chosen {
            percent = java.util.List.copyOf(percent);
            sheetPercent = java.util.List.copyOf(sheetPercent);
        }
    }

    /** Keeps the last few tables' widths. */
    public ChosenWidths() {
        this(KEPT);
    }

    private ChosenWidths(int kept) {
        this.kept = kept;
        this.known = new LinkedHashMap<>(Math.max(kept, 1), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Chosen> eldest) {
                return size() > ChosenWidths.this.kept;
            }
        };
    }

    Chosen of(ColumnWidths.Needs needs, boolean wide, double available, Supplier<Chosen> search) {
        if (kept == 0 || needs.rows > MOST_ROWS) {
            return search.get();
        }
        Key key = new Key(needs, wide, available);
        synchronized (known) {
            Chosen found = known.get(key);
            if (found != null) {
                return found;
            }
        }
        Chosen chosen = search.get();
        synchronized (known) {
            known.put(key, chosen);
        }
        return chosen;
    }

    /** How many tables are kept now (tests). */
    int size() {
        synchronized (known) {
            return known.size();
        }
    }

    /** Every measure of the table the search reads, compared by value. */
    private static final class Key {
        private final Object[] parts;
        private final int hash;

        Key(ColumnWidths.Needs needs, boolean wide, double available) {
            Object[] words = new Object[needs.words.size()];
            for (int r = 0; r < words.length; r++) {
                ColumnWidths.Words[] row = needs.words.get(r);
                Object[] cells = new Object[row.length];
                for (int c = 0; c < row.length; c++) {
                    cells[c] = row[c] == null ? null : new Object[] {row[c].paragraphs(), row[c].space()};
                }
                words[r] = cells;
            }
            parts = new Object[] {needs.columns, needs.content, needs.headerWord, needs.header, needs.longest,
                    needs.volume, needs.headerRows, needs.labels, needs.rowText.toArray(new double[0][]), words,
                    needs.rows, wide, available};
            hash = Arrays.deepHashCode(parts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.deepEquals(parts, k.parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

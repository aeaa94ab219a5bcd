/*
 * Replaces Apache POI 5.5.1's org.apache.poi.xssf.streaming.AutoSizeColumnTracker (Apache License 2.0, like the
 * library; https://poi.apache.org) on the class path: this copy is found before the library's jar. Written for
 * plandoc with the library class's API and behaviour (its methods, its exceptions and their messages), not copied
 * from its source; the one change is marked "plandoc".
 *
 * Why (issue 17, docs/benchmarks.md "s30-cold"): every streamed sheet (SXSSFSheet, plandoc's "Dữ liệu" sheet) makes
 * a tracker as it is made, and the library's tracker measures the width of the workbook's default character at once,
 * with an AWT text layout: that starts the JDK's font system and, on JDK 22+, links HarfBuzz through the foreign
 * function API, ~130 ms of a cold build's CPU that nothing else in a plan's build needs. The width is only needed to
 * auto-size a column, which plandoc never does; here it is measured the first time a tracked column's cell is.
 *
 * When upgrading POI: compare the new version's class (javap -p) with this one; AutoSizeColumnTrackerTest tells
 * whether this class is the one loaded and that auto-sizing still works.
 */
package org.apache.poi.xssf.streaming;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.SheetUtil;

/** The best-fit widths of a streamed sheet's tracked columns, kept as its rows are flushed. */
class AutoSizeColumnTracker {
    private final Workbook workbook;
    /** plandoc: measured on first use (NaN until then), not in the constructor. */
    private float defaultCharWidth = Float.NaN;
    private DataFormatter dataFormatter;
    private final Map<Integer, ColumnWidthPair> maxColumnWidths = new HashMap<>();
    private final Set<Integer> untrackedColumns = new HashSet<>();
    private boolean trackAllColumns;
    private double arbitraryExtraWidth;

    public AutoSizeColumnTracker(Sheet sheet) {
        workbook = sheet.getWorkbook();
    }

    public void setArbitraryExtraWidth(double width) {
        arbitraryExtraWidth = width;
    }

    public double getArbitraryExtraWidth() {
        return arbitraryExtraWidth;
    }

    public SortedSet<Integer> getTrackedColumns() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(maxColumnWidths.keySet()));
    }

    public boolean isColumnTracked(int column) {
        return trackAllColumns && !untrackedColumns.contains(column) || maxColumnWidths.containsKey(column);
    }

    public boolean isAllColumnsTracked() {
        return trackAllColumns;
    }

    public void trackAllColumns() {
        trackAllColumns = true;
        untrackedColumns.clear();
    }

    public void untrackAllColumns() {
        trackAllColumns = false;
        maxColumnWidths.clear();
        untrackedColumns.clear();
    }

    public void trackColumns(Collection<Integer> columns) {
        for (int column : columns) {
            trackColumn(column);
        }
    }

    public boolean trackColumn(int column) {
        untrackedColumns.remove(column);
        if (maxColumnWidths.containsKey(column)) {
            return false;
        }
        maxColumnWidths.put(column, new ColumnWidthPair());
        return true;
    }

    private boolean implicitlyTrackColumn(int column) {
        if (untrackedColumns.contains(column)) {
            return false;
        }
        trackColumn(column);
        return true;
    }

    public boolean untrackColumns(Collection<Integer> columns) {
        untrackedColumns.addAll(columns);
        boolean removed = false;
        for (Integer column : columns) {
            removed = maxColumnWidths.remove(column) != null || removed;
        }
        return removed;
    }

    public boolean untrackColumn(int column) {
        untrackedColumns.add(column);
        return maxColumnWidths.remove(column) != null;
    }

    public int getBestFitColumnWidth(int column, boolean useMergedCells) {
        if (!maxColumnWidths.containsKey(column)) {
            if (!trackAllColumns) {
                throw new IllegalStateException("Cannot get best fit column width on untracked column " + column
                        + ". Either explicitly track the column or track all columns.", new IllegalStateException(
                        "Column was never explicitly tracked and isAllColumnsTracked() is false (trackAllColumns() was"
                                + " never called or untrackAllColumns() was called after trackAllColumns() was called)."
                                + " Could not auto-size column. Make sure auto-size column tracking is enabled prior to"
                                + " accessing or modifying rows in the sheet."));
            }
            if (!implicitlyTrackColumn(column)) {
                throw new IllegalStateException("Cannot get best fit column width on explicitly untracked column "
                        + column + ". Either explicitly track the column or track all columns.",
                        new IllegalStateException("Column was explicitly untracked after trackAllColumns() was called."));
            }
        }
        double width = maxColumnWidths.get(column).getMaxColumnWidth(useMergedCells);
        return Math.toIntExact(Math.round(256 * width));
    }

    public void updateColumnWidths(Row row) {
        implicitlyTrackColumnsInRow(row);
        if (maxColumnWidths.size() < row.getPhysicalNumberOfCells()) {
            for (Map.Entry<Integer, ColumnWidthPair> tracked : maxColumnWidths.entrySet()) {
                Cell cell = row.getCell(tracked.getKey());
                if (cell != null) {
                    updateColumnWidth(cell, tracked.getValue());
                }
            }
        } else {
            for (Cell cell : row) {
                ColumnWidthPair pair = maxColumnWidths.get(cell.getColumnIndex());
                if (pair != null) {
                    updateColumnWidth(cell, pair);
                }
            }
        }
    }

    private void implicitlyTrackColumnsInRow(Row row) {
        if (trackAllColumns) {
            for (Cell cell : row) {
                implicitlyTrackColumn(cell.getColumnIndex());
            }
        }
    }

    private void updateColumnWidth(Cell cell, ColumnWidthPair pair) {
        if (Float.isNaN(defaultCharWidth)) {
            defaultCharWidth = SheetUtil.getDefaultCharWidthAsFloat(workbook);
            dataFormatter = new DataFormatter();
        }
        double unmerged = SheetUtil.getCellWidth(cell, defaultCharWidth, dataFormatter, false);
        double merged = SheetUtil.getCellWidth(cell, defaultCharWidth, dataFormatter, true);
        pair.setMaxColumnWidths(unmerged, merged);
    }

    /** A column's widest cell so far, without and with the merged regions it is part of; -1 before any cell. */
    private static final class ColumnWidthPair {
        private double withSkipMergedCells = -1;
        private double withUseMergedCells = -1;

        double getMaxColumnWidth(boolean useMergedCells) {
            return useMergedCells ? withUseMergedCells : withSkipMergedCells;
        }

        void setMaxColumnWidths(double unmerged, double merged) {
            withUseMergedCells = Math.max(withUseMergedCells, merged);
            withSkipMergedCells = Math.max(withSkipMergedCells, unmerged);
        }
    }
}

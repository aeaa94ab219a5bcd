package plandoc.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import plandoc.diagnostic.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header of the printed sheet of a table read from plandoc's data sheet: where each member's heading prints, its
 * short form ("NSTW"), the heading over an axis's members ("Nguồn kinh phí"), and the words of the number, title and
 * lead columns. The data sheet gives the amounts; this gives the order and the words a reader sees.
 */
final class PrintedHeader {
    /** The sheet's first rows: title, unit line and header. */
    private static final int HEADER_ROWS = 15;

    private final Sheet table;
    private final List<Map.Entry<String, CellAddress>> cells;
    private final Map<String, CellAddress> headings = new HashMap<>();

    /** The header's last row (its "TT" cell's), -1 when the sheet has none. */
    private final int head;
    /** The number column ("TT"); the title is the next one. */
    private final int number;

    PrintedHeader(Sheet table) {
        this.table = table;
        this.cells = headingCells(table);
        cells.forEach(h -> headings.putIfAbsent(h.getKey(), h.getValue()));
        int foundHead = -1;
        int foundNumber = -1;
        for (int r = 0; r <= Math.min(HEADER_ROWS, table.getLastRowNum()) && foundHead < 0; r++) {
            Row row = table.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
                if (text.equals("TT") || text.equals("STT")) {
                    foundHead = r;
                    foundNumber = cell.getColumnIndex();
                }
            }
        }
        head = foundHead;
        number = foundNumber;
    }

    /** The row the table's body starts after, -1 when the sheet has no "TT" heading. */
    int headRow() {
        return head;
    }

    int numberColumn() {
        return number;
    }

    /** The column whose body cells print the items' leads (one of {@code leads}), -1 when none does. */
    int leadColumn(Set<String> leads) {
        Set<String> named = new HashSet<>(leads);
        named.remove("");
        int lead = -1;
        for (int r = head + 1; head >= 0 && r <= table.getLastRowNum() && lead < 0 && !named.isEmpty(); r++) {
            Row row = table.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                if (cell.getColumnIndex() > number + 1 && cell.getCellType() == CellType.STRING
                        && named.contains(cell.getStringCellValue().strip())) {
                    lead = cell.getColumnIndex();
                }
            }
        }
        return lead;
    }

    /** Every text cell of the sheet's first rows (title, unit line, header), folded, with its address. */
    private static List<Map.Entry<String, CellAddress>> headingCells(Sheet table) {
        List<Map.Entry<String, CellAddress>> cells = new ArrayList<>();
        for (int r = 0; r <= Math.min(HEADER_ROWS, table.getLastRowNum()); r++) {
            Row row = table.getRow(r);
            if (row != null) {
                row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(Map.entry(Folding.folded(cell.getStringCellValue()).strip(), cell.getAddress()));
                    }
                });
            }
        }
        return cells;
    }

    /**
     * The header's words for the number and title columns, and the lead column when the sheet prints it (a body cell
     * holds an item's lead, one of {@code leads}): {@code columns: [lead]} and its heading ("Đơn vị thực hiện").
     * Put in {@code budget} before the groups.
     */
    void textColumns(Set<String> leads, Map<String, Object> budget) {
        if (head < 0) {
            return;
        }
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("number", heading(head, number));
        words.put("title", heading(head, number + 1));
        int lead = leadColumn(leads);
        if (lead >= 0) {
            budget.put("columns", List.of("lead"));
            words.put("lead", heading(head, lead));
        }
        words.values().removeIf(w -> ((String) w).isEmpty());
        if (!words.isEmpty()) {
            budget.put("labels", words);
        }
    }

    private String heading(int row, int column) {
        Cell cell = table.getRow(row).getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

    /** How many heading cells print the member labelled {@code label} (crossed: more than one). */
    int timesHeaded(String label) {
        int times = 0;
        for (Map.Entry<String, CellAddress> heading : cells) {
            times += columnOf(label, Map.of(heading.getKey(), heading.getValue())).isPresent() ? 1 : 0;
        }
        return times;
    }

    /** The cell a member's heading prints in (the leftmost), if the header prints it. */
    Optional<CellAddress> columnOf(String label) {
        return columnOf(label, headings);
    }

    /** The header's own words for the member labelled {@code label} ("NSTW"), when they are not its label. */
    Optional<String> shortOf(String label) {
        return columnOf(label).map(at -> table.getRow(at.getRow()).getCell(at.getColumn()).getStringCellValue().strip())
                .filter(h -> !h.equals(label));
    }

    /** The text of the heading cell over {@code at} (the merged cell's, when it spans), if any. */
    Optional<String> above(CellAddress at) {
        int row = at.getRow() - 1;
        int col = at.getColumn();
        for (CellRangeAddress region : table.getMergedRegions()) {
            if (region.isInRange(row, col)) {
                row = region.getFirstRow();
                col = region.getFirstColumn();
            }
        }
        Row r = row < 0 ? null : table.getRow(row);
        Cell cell = r == null ? null : r.getCell(col);
        return cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()
                ? Optional.of(cell.getStringCellValue().strip()) : Optional.empty();
    }

    /**
     * The column a member's heading prints in: its label, or the table's short form of it ("NSTW", "NS tỉnh" for
     * "Ngân sách trung ương", "Ngân sách tỉnh": each word a word of the label or the initials of a run of them).
     */
    private static Optional<CellAddress> columnOf(String label, Map<String, CellAddress> headings) {
        List<String> words = List.of(Folding.folded(label).strip().split("\\s+"));
        return headings.entrySet().stream().filter(h -> shortFor(List.of(h.getKey().split("\\s+")), 0, words, 0))
                .map(Map.Entry::getValue).min(Comparator.comparingInt(CellAddress::getColumn));
    }

    private static boolean shortFor(List<String> heading, int h, List<String> words, int w) {
        if (h == heading.size() || w == words.size()) {
            return h == heading.size() && w == words.size();
        }
        if (heading.get(h).equals(words.get(w)) && shortFor(heading, h + 1, words, w + 1)) {
            return true;
        }
        return initials(heading, h, 0, words, w);
    }

    /** Whether the heading word {@code h} from its {@code at}-th letter is the initials of words from {@code w} on. */
    private static boolean initials(List<String> heading, int h, int at, List<String> words, int w) {
        String word = heading.get(h);
        if (at == word.length()) {
            return at > 0 && shortFor(heading, h + 1, words, w);
        }
        if (w == words.size() || words.get(w).isEmpty()) {
            return false;
        }
        char letter = word.charAt(at);
        // "TW" for "Trung ương": ương is written W in the usual short forms (NSTW, NS TW).
        boolean same = letter == words.get(w).charAt(0) || letter == 'w' && words.get(w).startsWith("uo");
        return same && initials(heading, h, at + 1, words, w + 1);
    }
}

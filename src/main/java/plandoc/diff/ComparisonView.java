package plandoc.diff;

import java.util.List;

/**
 * The comparison laid out as the document an officer attaches (bảng so sánh): parts numbered I, II …,
 * each with tables "Nội dung | Trước điều chỉnh | Sau điều chỉnh | Tăng/giảm". Every figure and
 * label is already formatted; the template only places them.
 *
 * @param kind     "BẢNG SO SÁNH"
 * @param title    what is compared: "Nội dung trước và sau điều chỉnh Quyết định số …"
 * @param versions which versions: "Trước điều chỉnh: HEAD (a1b2c3d, 22/11/2026); sau điều chỉnh: …"
 * @param parts    the numbered parts; empty when nothing changed
 * @param footnote the revision ids behind {@code versions} ("Mã phiên bản trong git: …"), for whoever checks
 * @param info     title, issuer and number for the PDF metadata
 */
public record ComparisonView(String kind, String title, String versions, List<Part> parts,
                             plandoc.resolved.DocumentInfo info, String footnote) {
    public ComparisonView {
        parts = List.copyOf(parts);
    }

    /** "I. KINH PHÍ" with its tables; {@code anchor} is its id in the page and the PDF outline. */
    public record Part(String anchor, String number, String title, List<Table> tables) {
        public Part {
            tables = List.copyOf(tables);
        }
    }

    /**
     * @param caption  a line above the table ("Bảng du-an (Phụ lục 3)"), or ""
     * @param unitLine "Đơn vị tính: tỷ đồng", or ""
     * @param headers  column headings
     */
    public record Table(String caption, String unitLine, List<String> headers, List<Row> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** @param kind "group", "item", "detail", "axis-total", "grand", "heading" or "note": a CSS hook */
    public record Row(String kind, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param role "title", "text", "money" or "diff": alignment */
    public record Cell(List<Run> runs, String role, int colspan) {
        public Cell {
            runs = List.copyOf(runs);
        }

        public static Cell text(String text, String role) {
            return new Cell(text.isEmpty() ? List.of() : List.of(new Run("text", text)), role, 1);
        }
    }

    /** @param kind "text", "del" (removed words) or "ins" (added words) */
    public record Run(String kind, String text) {
    }
}

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
            rows = keptTogether(rows);
        }

        /**
         * The rows with their page-keeping marks, as the plan's tables keep a group heading with its first row
         * ({@code tbody.keep-together}, plandoc.resolved.RowView): a row that heads the rows under it (a group, an
         * objectives group, a project or section with its changed cells under it) is printed on one page with the
         * next row. Heads in a row share one run, so that a group is kept with its project and the project with its
         * first cell: the flagship's comparison ended a page with "III. Ứng dụng công nghệ thông tin trong doanh
         * nghiệp", its projects overleaf (s27).
         */
        private static List<Row> keptTogether(List<Row> rows) {
            List<Row> marked = new java.util.ArrayList<>(rows.size());
            boolean afterHead = false;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                boolean head = i + 1 < rows.size() && row.heads(rows.get(i + 1));
                marked.add(new Row(row.kind, row.cells, head && !afterHead, afterHead && !head));
                afterHead = head;
            }
            return List.copyOf(marked);
        }
    }

    /**
     * @param kind        "group", "item", "detail", "axis-total", "grand", "heading" or "note": a CSS hook
     * @param startsKept  a run of rows printed on one page starts here (the template opens a
     *                    {@code tbody.keep-together}), set by its table
     * @param endsKept    the run ends after this row
     */
    public record Row(String kind, List<Cell> cells, boolean startsKept, boolean endsKept) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** A row before its table marks which rows share a page. */
        public Row(String kind, List<Cell> cells) {
            this(kind, cells, false, false);
        }

        /** Whether this row is the heading of {@code next}: a group over anything, an item over its own details. */
        boolean heads(Row next) {
            return kind.equals("group") || kind.equals("heading") || kind.equals("item") && next.kind.equals("detail");
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

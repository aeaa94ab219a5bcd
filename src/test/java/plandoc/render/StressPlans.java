package plandoc.render;

/** Plans written to push the layout: long budgets, many columns, long words, a signature at a page end. */
final class StressPlans {

    private static final String HEADER = """
            document:
              type: %s
              issuer: { name: Ủy ban nhân dân tỉnh Hà Tĩnh, short: UBND tỉnh }
              number: 77
              symbol: %s
              place: Hà Tĩnh
              date: 2025-03-15
              title: Triển khai chuyển đổi số giai đoạn 2021-2025
              signature: { authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], title: Phó Chủ tịch, name: Nguyễn Văn An }
              recipients: [Các sở, ban, ngành cấp tỉnh, UBND các huyện, thành phố, thị xã]
              archive: [VT, KT]
            """;
    private static final String SENTENCE = "Tăng cường ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà "
            + "nước, bảo đảm kết nối, chia sẻ dữ liệu giữa các cấp chính quyền; nâng cao chất lượng phục vụ người dân.";

    private StressPlans() {
    }

    /**
     * A Kế hoạch whose budget has {@code items} rows in groups of 20, {@code phases} × {@code sources}
     * money columns (plus TT, title, lead and the total), printed as an appendix.
     *
     * @param longWord a word put into every fifth title, "" for none
     */
    static String budget(int items, int phases, int sources, String longWord) {
        StringBuilder y = new StringBuilder(items * 200 + 4096);
        y.append(HEADER.formatted("ke-hoach", "KH-UBND")).append("""
                plan:
                  numbering: [roman, arabic]
                  sections:
                    - id: muc-kinh-phi
                      title: Kinh phí thực hiện
                      text: Tổng kinh phí {amount:kinh-phi}, gồm {count:kinh-phi} nhiệm vụ; chi tiết tại {ref:pl-kinh-phi}.
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    decimals: 0
                    axes:
                      - id: giai-doan
                        members:
                """);
        for (int p = 1; p <= phases; p++) {
            y.append("          - { id: gd-").append(p).append(", label: Giai đoạn ").append(2019 + 3 * p).append('-')
                    .append(2021 + 3 * p).append(" }\n");
        }
        y.append("      - id: nguon\n        members:\n");
        for (int s = 1; s <= sources; s++) {
            y.append("          - { id: n").append(s).append(", label: Nguồn vốn số ").append(s).append(" }\n");
        }
        y.append("    columns: [lead]\n    labels: { title: Tên nhiệm vụ, lead: Đơn vị chủ trì }\n    groups:\n");
        for (int i = 1; i <= items; i++) {
            if ((i - 1) % 20 == 0) {
                y.append("      - id: nhom-").append((i - 1) / 20 + 1).append('\n')
                        .append("        title: Nhóm nhiệm vụ số ").append((i - 1) / 20 + 1).append('\n')
                        .append("        items:\n");
            }
            y.append("          - id: nv-").append(i).append('\n')
                    .append("            title: Xây dựng hệ thống thông tin quản lý số ").append(i)
                    .append(!longWord.isEmpty() && i % 5 == 0 ? " " + longWord : "").append('\n')
                    .append("            lead: Sở Thông tin và Truyền thông\n")
                    .append("            amounts: {");
            for (int p = 1; p <= phases; p++) {
                y.append(p > 1 ? ", " : " ").append("gd-").append(p).append(": {");
                for (int s = 1; s <= sources; s++) {
                    y.append(s > 1 ? ", " : " ").append('n').append(s).append(": ").append(100 + (i * 7 + s * 13 + p) % 900);
                }
                y.append(" }");
            }
            y.append(" }\n");
        }
        y.append("""
                appendices:
                  items:
                    - id: pl-kinh-phi
                      title: Danh mục nhiệm vụ và phân kỳ đầu tư
                      show: kinh-phi
                """);
        return y.toString();
    }

    /** A decision of {@code paragraphs} paragraphs in Điều 1: sweeping it moves the signature over a page end. */
    static String decision(int paragraphs) {
        StringBuilder y = new StringBuilder(HEADER.formatted("quyet-dinh", "QĐ-UBND"));
        y.append("  articles:\n    - id: dieu-1\n      text: |\n");
        for (int p = 0; p < paragraphs; p++) {
            y.append("        ").append(SENTENCE).append(p % 2 == 0 ? " " + SENTENCE : "").append("\n\n");
        }
        y.append("    - id: dieu-2\n      text: Quyết định này có hiệu lực kể từ ngày ký.\n");
        return y.toString();
    }
}

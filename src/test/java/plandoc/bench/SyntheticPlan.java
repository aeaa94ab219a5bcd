package plandoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes synthetic plans for benchmarks: a Kế hoạch with {@code sections} sections of Vietnamese
 * prose and a budget of {@code items} projects (groups of 20, two phases × three sources), printed
 * as a landscape appendix. Deterministic for a given number, so runs compare.
 */
public final class SyntheticPlan {
    private static final List<String> LEADS = List.of("Sở TTTT", "Sở KHĐT", "Sở Tài chính", "Sở Nội vụ",
            "VP UBND tỉnh", "Sở GDĐT", "Sở Y tế");
    private static final List<String> WORKS = List.of("Hệ thống thông tin quản lý", "Nâng cấp hạ tầng kỹ thuật",
            "Số hóa hồ sơ lưu trữ", "Đào tạo kỹ năng số", "Dịch vụ công trực tuyến");
    private static final List<String> FIELDS = List.of("đất đai", "y tế cơ sở", "giáo dục phổ thông", "tài chính công",
            "nông nghiệp", "giao thông vận tải", "lao động, việc làm");

    private final int number;
    private final int items;
    private final int sections;

    public SyntheticPlan(int number, int items, int sections) {
        this.number = number;
        this.items = items;
        this.sections = sections;
    }

    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plan.yaml"), yaml(), StandardCharsets.UTF_8);
    }

    String yaml() {
        StringBuilder y = new StringBuilder(64 * 1024 + items * 300);
        y.append("""
                document:
                  type: ke-hoach
                  issuer: { name: Ủy ban nhân dân tỉnh Hà Tĩnh, short: UBND tỉnh }
                  number: %d
                  symbol: KH-UBND
                  place: Hà Tĩnh
                  date: 2025-03-15
                  title: Triển khai chuyển đổi số giai đoạn 2021-2025 (kế hoạch thử nghiệm số %d)
                  signature: { authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], title: Phó Chủ tịch, name: Nguyễn Văn A }
                  recipients: [Các sở, ban, ngành cấp tỉnh]
                  archive: [VT]
                plan:
                  numbering: [roman, arabic]
                  sections:
                """.formatted(number, number));
        for (int s = 1; s <= sections; s++) {
            y.append("    - id: muc-").append(s).append('\n')
                    .append("      title: Nội dung thực hiện số ").append(s).append(" trong lĩnh vực ")
                    .append(FIELDS.get(s % FIELDS.size())).append('\n')
                    .append("      text: |\n");
            for (int p = 0; p < 3; p++) {
                y.append("        - ").append(sentence(s * 7 + p)).append('\n');
            }
        }
        y.append("""
                    - id: muc-kinh-phi
                      title: Kinh phí thực hiện
                      text: Tổng kinh phí {amount:kinh-phi}, gồm {count:kinh-phi} dự án; chi tiết tại {ref:pl-kinh-phi}.
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    decimals: 0
                    axes:
                      - id: giai-doan
                        members:
                          - { id: 2021-2023, label: Giai đoạn 2021-2023 }
                          - { id: 2024-2025, label: Giai đoạn 2024-2025 }
                      - id: nguon
                        members:
                          - { id: tw, label: NS Trung ương }
                          - { id: dp, label: NS địa phương }
                          - { id: khac, label: Nguồn khác }
                    columns: [period, lead]
                    labels: { title: Tên dự án, period: Thời gian, lead: Đơn vị chủ trì }
                    groups:
                """);
        for (int i = 1; i <= items; i++) {
            if ((i - 1) % 20 == 0) {
                int g = (i - 1) / 20 + 1;
                y.append("      - id: nhom-").append(g).append('\n')
                        .append("        title: Nhóm dự án số ").append(g).append(" về ")
                        .append(FIELDS.get(g % FIELDS.size())).append('\n')
                        .append("        items:\n");
            }
            y.append("          - id: du-an-").append(i).append('\n')
                    .append("            title: ").append(WORKS.get(i % WORKS.size())).append(" (").append(i).append(")\n")
                    .append("            period: 2021-2025\n")
                    .append("            lead: ").append(LEADS.get(i % LEADS.size())).append('\n')
                    .append("            amounts: { 2021-2023: { tw: ").append(10 + i % 90).append(", dp: ")
                    .append(5 + i % 40).append(" }, 2024-2025: { dp: ").append(3 + i % 17).append(", khac: ")
                    .append(1 + i % 9).append(" } }\n");
        }
        y.append("""
                appendices:
                  items:
                    - id: pl-kinh-phi
                      title: Danh mục dự án và phân kỳ đầu tư
                      show: kinh-phi
                      orientation: landscape
                """);
        return y.toString();
    }

    private static String sentence(int n) {
        return "Tăng cường ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước về "
                + FIELDS.get(n % FIELDS.size()) + ", bảo đảm kết nối, chia sẻ dữ liệu giữa các cấp chính quyền; "
                + "nâng cao chất lượng phục vụ người dân và doanh nghiệp, rút ngắn thời gian giải quyết thủ tục hành chính "
                + "và công khai, minh bạch thông tin theo quy định (nội dung " + n + ").";
    }
}

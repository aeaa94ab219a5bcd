package plandoc.diff;

import plandoc.TestPlans;

/**
 * A small decision with a plan body, an objectives table, a budget of two groups and three
 * appendices, and the edits the tests commit one after another.
 */
public final class SmallPlan {
    public static final String SLUG = "ke-hoach-cntt";
    public static final String FILE = "content/" + SLUG + "/plan.yaml";

    public static final String BASE = TestPlans.DECISION + """
            plan:
              numbering: [roman, arabic]
              sections:
                - id: muc-tieu
                  title: Mục tiêu
                  text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
                - id: kinh-phi
                  title: Kinh phí
                  text: "Tổng kinh phí {amount:du-an}, chi tiết tại {ref:pl-du-an}; bản đồ mạng tại {ref:pl-ban-do}."
                - id: he-thong
                  title: Hệ thống thông tin
                  text: "Danh sách các hệ thống thông tin chuyên ngành tại {ref:pl-he-thong}."
            objectives:
              - id: chi-tieu
                groups:
                  - title: Ứng dụng công nghệ thông tin
                    items:
                      - id: van-ban
                        indicator: Tỷ lệ văn bản trao đổi trên môi trường mạng
                        targets:
                          2015: { value: 90, unit: "%" }
                          2020: "100% văn bản"
            budgets:
              - id: du-an
                unit: tỷ đồng
                decimals: 2
                axes:
                  - id: phase
                    members:
                      - { id: 2012-2015, label: Giai đoạn 2012-2015 }
                      - { id: 2016-2020, label: Giai đoạn 2016-2020 }
                  - id: source
                    members:
                      - { id: tw, label: NS TƯ }
                      - { id: dp, label: NS địa phương }
                columns: [period]
                labels: { period: Thời gian thực hiện }
                groups:
                  - id: ung-dung
                    title: Ứng dụng công nghệ thông tin
                    items:
                      - id: thu-dien-tu
                        title: Nâng cấp hệ thống thư điện tử
                        amounts:
                          2012-2015: { tw: 0.35, dp: 1.35 }
                          2016-2020: { dp: 0.80 }
                      - id: giao-ban
                        title: Nâng cấp hệ thống giao ban điện tử
                        period: 2012-2013
                        amounts:
                          2012-2015: { dp: 2.00 }
                  - id: ha-tang
                    title: Hạ tầng công nghệ thông tin
                    items:
                      - id: mang
                        title: Mạng chuyên dụng đến cấp xã
                        amounts:
                          2016-2020: { tw: 5.00 }
            appendices:
              numbering: arabic
              items:
                - id: pl-he-thong
                  title: Danh sách hệ thống thông tin
                  text: Các hệ thống thông tin chuyên ngành.
                - id: pl-ban-do
                  title: Bản đồ mạng chuyên dụng
                  external: Bản đồ được phát hành kèm theo bản giấy
                - id: pl-du-an
                  title: Danh mục dự án
                  show: du-an
            """;

    /** giao-ban, Giai đoạn 2012-2015, NS địa phương: 2,00 → 2,50. */
    public static final String AMOUNT_CHANGED = BASE.replace("2012-2015: { dp: 2.00 }", "2012-2015: { dp: 2.50 }");

    /** A new item in the first group, numbered 3 (mang becomes 4). */
    public static final String ITEM_ADDED = AMOUNT_CHANGED.replace("""
                      - id: giao-ban
            """, """
                      - id: chu-ky-so
                        title: Triển khai chữ ký số
                        amounts:
                          2012-2015: { tw: 1.00 }
                      - id: giao-ban
            """);

    /** The map appendix and its citation gone: Phụ lục 3 becomes Phụ lục 2. */
    public static final String APPENDIX_REMOVED = ITEM_ADDED.replace("""
                - id: pl-ban-do
                  title: Bản đồ mạng chuyên dụng
                  external: Bản đồ được phát hành kèm theo bản giấy
            """, "").replace("; bản đồ mạng tại {ref:pl-ban-do}.", ".");

    /** "nhóm 10 tỉnh" → "nhóm 5 tỉnh". */
    public static final String SECTION_REWORDED = APPENDIX_REMOVED.replace("nhóm 10 tỉnh", "nhóm 5 tỉnh");

    private SmallPlan() {
    }
}

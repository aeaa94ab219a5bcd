package plandoc.diff;

/**
 * {@link SmallPlan} with a task table in its mục IV (two groups, lead, partners, deadline and outcome
 * printed), and the edits to it a legal reviewer must see in the comparison (s24 tryout H1).
 */
final class TaskPlan {
    static final String BASE = SmallPlan.BASE.replace("""
            objectives:
            """, """
                - id: to-chuc
                  title: Tổ chức thực hiện
                  show: nhiem-vu
            tasks:
              - id: nhiem-vu
                columns: [lead, partners, deadline, outcome]
                groups:
                  - title: Hoàn thiện thể chế
                    items:
                      - id: quy-che
                        title: Xây dựng quy chế quản lý văn bản điện tử
                        lead: Văn phòng UBND tỉnh
                        partners: [Sở Nội vụ]
                        deadline: 2013-06-30
                        outcome: Quy chế được ban hành
                      - id: ra-soat
                        title: Rà soát quy trình xử lý văn bản điện tử
                        lead: Sở Nội vụ
                        deadline: 2013-03-06
                  - title: Đào tạo
                    items:
                      - id: tap-huan
                        title: Tập huấn cán bộ, công chức
                        lead: Sở Nội vụ
                        partners: [Sở Tài chính]
                        deadline: Hằng năm
            objectives:
            """);

    /** Task 2 re-worded, co-led and given a later deadline; task 3 with one more partner. */
    static final String EDITED = BASE
            .replace("title: Rà soát quy trình", "title: Rà soát, chuẩn hóa quy trình")
            .replace("""
                        lead: Sở Nội vụ
                        deadline: 2013-03-06
            """, """
                        lead: Sở Nội vụ, Sở Tài chính
                        deadline: 2013-09-30
            """)
            .replace("partners: [Sở Tài chính]", "partners: [Sở Tài chính, Sở Thông tin và Truyền thông]");

    /** Task 1 dropped, a task inserted before task 2, the second group's heading re-worded. */
    static final String RESHAPED = BASE
            .replace("""
                      - id: quy-che
                        title: Xây dựng quy chế quản lý văn bản điện tử
                        lead: Văn phòng UBND tỉnh
                        partners: [Sở Nội vụ]
                        deadline: 2013-06-30
                        outcome: Quy chế được ban hành
            """, """
                      - id: chu-ky-so
                        title: Cấp chữ ký số cho cán bộ, công chức
                        lead: Văn phòng UBND tỉnh
                        deadline: Quý II/2013
            """)
            .replace("- title: Đào tạo", "- title: Đào tạo, bồi dưỡng");

    /** The training task moved to the head of the first group; the others keep their order. */
    static final String MOVED = BASE
            .replace("""
                  - title: Đào tạo
                    items:
                      - id: tap-huan
                        title: Tập huấn cán bộ, công chức
                        lead: Sở Nội vụ
                        partners: [Sở Tài chính]
                        deadline: Hằng năm
            """, "")
            .replace("""
                    items:
                      - id: quy-che
            """, """
                    items:
                      - id: tap-huan
                        title: Tập huấn cán bộ, công chức
                        lead: Sở Nội vụ
                        partners: [Sở Tài chính]
                        deadline: Hằng năm
                      - id: quy-che
            """);

    private TaskPlan() {
    }
}

package plandoc.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import plandoc.resolved.OpenDataLabels;
import plandoc.resolved.PortalEntryLabels;

/**
 * The words the site-wide files say of each published plan ({@link PortalEntryLabels}: the Atom feed's entry, the
 * open data's source and resources) and of the open data itself ({@link OpenDataLabels}). Worded from what a site
 * record holds of a plan, so a plan read back from a record of any format is worded as one just rendered, and a
 * rewording here reaches every plan of a site without rendering it again.
 */
public final class PortalLabelling {
    /** What a plan's e-document record is, as a resource's title (its schema: docs/edoc-record.xsd). */
    static final String RECORD_TITLE = "Dữ liệu văn bản điện tử (Phụ lục VI Nghị định 30/2020/NĐ-CP)";
    /** As many of a commit's hex digits as git prints for short. */
    private static final int SHORT_COMMIT = 7;

    private PortalLabelling() {
    }

    /**
     * One published plan, as the site-wide files see it.
     *
     * @param shortDate   "18/02/2022"; empty for a plan not dated
     * @param fundingLine the total as printed, "724,90 tỷ đồng"; empty for a plan without a budget
     */
    public record Plan(String kind, String numberSymbol, Optional<String> shortDate, String issuer, String title,
                       Optional<String> fundingLine) {
    }

    /** A version of the plan: its commit and what it changed. */
    public record Version(String commit, String message) {
    }

    /**
     * @param tableNames how the plan names each of its budget tables ("Phụ lục 3"), by budget id, in order
     * @param last       the plan's last version that changed its document; empty outside git
     */
    public static PortalEntryLabels of(Plan plan, Map<String, String> tableNames, Optional<Version> last) {
        return of(plan, tableNames, last, java.util.List.of());
    }

    /** @param signatures the valid signatures its published PDF carries: the entry's summary names them */
    public static PortalEntryLabels of(Plan plan, Map<String, String> tableNames, Optional<Version> last,
                                       java.util.List<plandoc.resolved.DigitalSignature> signatures) {
        String named = ListedNumber.named(plan.numberSymbol(), plan.kind());
        StringBuilder summary = new StringBuilder(named);
        plan.shortDate().ifPresent(date -> summary.append(" ngày ").append(date));
        summary.append(" của ").append(plan.issuer()).append(": ").append(plan.title()).append('.');
        plan.fundingLine().ifPresent(funding -> summary.append(" Tổng kinh phí: ").append(funding).append('.'));
        SignatureWording.entryNote(signatures).ifPresent(note -> summary.append(' ').append(note));
        Optional<String> lastChange = last.map(v -> "Thay đổi gần nhất ("
                + v.commit().substring(0, Math.min(SHORT_COMMIT, v.commit().length())) + "): " + v.message());
        Map<String, String> tables = new LinkedHashMap<>();
        tableNames.forEach((budget, name) -> tables.put(budget, resource(plan, name)));
        return new PortalEntryLabels(named + ": " + plan.title(), summary.toString(), lastChange,
                named + " của " + plan.issuer(), tables, resource(plan, RECORD_TITLE));
    }

    /** A resource of the open data, named after its document's number and symbol: "424/QĐ-UBND — Phụ lục 3". */
    private static String resource(Plan plan, String name) {
        return ListedNumber.of(plan.numberSymbol(), plan.kind()) + " — " + name;
    }

    /** The open data package's own words; the columns are the tidy budget CSV's (docs/format.md, "Dữ liệu mở"). */
    public static OpenDataLabels openData() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plan", "Thư mục (mã) văn bản trên trang");
        fields.put("budget", "Mã bảng kinh phí trong văn bản");
        fields.put("group_id", "Mã nhóm (rỗng nếu nhóm không có mã)");
        fields.put("group_label", "Tên nhóm");
        fields.put("row_kind", "item: một dự án/nhiệm vụ; unallocated: kinh phí nhóm chưa phân bổ");
        fields.put("item_id", "Mã dự án/nhiệm vụ (rỗng với kinh phí chưa phân bổ)");
        fields.put("item_title", "Tên dự án/nhiệm vụ");
        fields.put("lead_agency_ids", "Mã cơ quan chủ trì trong danh mục cơ quan (nhiều cơ quan: ngăn bằng ;)");
        fields.put("breakdown", "cell: một ô của bảng; mã trục: khoản tiền theo một trục khi văn bản chỉ cho từng trục riêng");
        fields.put("member_ids", "Mã thành phần trên mỗi trục, ngăn bằng /");
        fields.put("member_labels", "Tên thành phần trên mỗi trục");
        fields.put("amount", "Số tiền, đơn vị ở cột unit");
        fields.put("unit", "Đơn vị tính");
        fields.put("in_total", "true: dòng thuộc phép cộng ra tổng của bảng");
        fields.put("computed", "true: số do plandoc tính (bảng tổng hợp từ các bảng khác)");
        fields.put("declared_total", "Tổng của dự án như văn bản đã in, nếu nguồn ghi lại");
        fields.put("in_plan_total", "true: dòng thuộc phép cộng ra tổng kinh phí của văn bản (số ở trang danh sách)");
        return new OpenDataLabels("Kinh phí các kế hoạch, quyết định đã ban hành",
                "Mỗi tệp là một bảng kinh phí của một văn bản, mỗi dòng một khoản tiền. "
                        + "Cộng cột amount của các dòng có in_total = true được tổng kinh phí của bảng; cộng các dòng "
                        + "có in_plan_total = true trong mọi tệp của một văn bản được tổng kinh phí của văn bản.", fields);
    }
}

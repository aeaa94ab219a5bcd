package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.OpenDataLabels;
import plandoc.resolved.PortalEntryLabels;

/**
 * The site-wide files' words of a plan (the feed's entry, the open data's source and resources) and of the open
 * data itself, worded in compute from what a site record holds (s23: they were made in the feed's and the data
 * package's writers).
 */
class PortalLabellingTest {
    private static final String ISSUER = "Ủy ban nhân dân tỉnh Hà Tĩnh";

    @Test
    void aDatedPlanWithABudgetAndAHistory() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("kinh-phi", "Phụ lục 3");
        tables.put("tong-hop", "III.2. Kinh phí");
        PortalEntryLabels labels = PortalLabelling.of(new PortalLabelling.Plan("Quyết định", "424/QĐ-UBND",
                Optional.of("18/02/2022"), ISSUER, "Phê duyệt Đề án", Optional.of("724,90 tỷ đồng")), tables,
                Optional.of(new PortalLabelling.Version("0123456789abcdef", "Sửa kinh phí 3 dự án (Phụ lục 3)")));

        assertEquals("Quyết định 424/QĐ-UBND: Phê duyệt Đề án", labels.entryTitle());
        assertEquals("Quyết định 424/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh Hà Tĩnh: Phê duyệt Đề án. "
                + "Tổng kinh phí: 724,90 tỷ đồng.", labels.summary());
        assertEquals(Optional.of("Thay đổi gần nhất (0123456): Sửa kinh phí 3 dự án (Phụ lục 3)"), labels.lastChange());
        assertEquals("Quyết định 424/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Tĩnh", labels.source());
        assertEquals(List.of("kinh-phi", "tong-hop"), List.copyOf(labels.tableTitles().keySet()), "in the plan's order");
        assertEquals("424/QĐ-UBND — Phụ lục 3", labels.tableTitle("kinh-phi"));
        assertEquals("424/QĐ-UBND — III.2. Kinh phí", labels.tableTitle("tong-hop"));
        assertEquals("424/QĐ-UBND — Dữ liệu văn bản điện tử (Phụ lục VI Nghị định 30/2020/NĐ-CP)", labels.recordTitle());
    }

    @Test
    void anUndatedPlanWithoutABudgetOutsideGitSaysNeither() {
        PortalEntryLabels labels = PortalLabelling.of(new PortalLabelling.Plan("Kế hoạch", "25/KH-STTTT",
                Optional.empty(), "Sở Thông tin và Truyền thông", "Chuyển đổi số", Optional.empty()), Map.of(),
                Optional.empty());

        assertEquals("Kế hoạch 25/KH-STTTT của Sở Thông tin và Truyền thông: Chuyển đổi số.", labels.summary());
        assertEquals(Optional.empty(), labels.lastChange());
        assertEquals(Map.of(), labels.tableTitles());
    }

    @Test
    void theOpenDataDescribesEveryColumnOfTheTidyCsvInItsOrder() {
        OpenDataLabels labels = PortalLabelling.openData();

        assertEquals(TidyBudgetCsv.COLUMNS, List.copyOf(labels.fields().keySet()));
        assertEquals("Số tiền, đơn vị ở cột unit", labels.field("amount"));
        assertEquals("Kinh phí các kế hoạch, quyết định đã ban hành", labels.title());
    }
}

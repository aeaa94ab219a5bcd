package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.render.data.PlanJson;
import plandoc.resolved.TableView;

/**
 * A table no section or appendix shows is in no output (s25 note, s26): check warns at its id, and the resolved
 * plan's tables (plan.json, the CSV files, the workbook) leave it out. A budget a text quotes is used without its
 * table: no warning.
 */
class TableNotShownTest {
    private static final String PLAN = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-nhiem-vu
                  title: Nhiệm vụ
                  show: nhiem-vu
                - id: muc-kinh-phi
                  title: Kinh phí
                  text: Tổng kinh phí {amount:kinh-phi}.
            tasks:
              - id: nhiem-vu
                items:
                  - { id: ra-soat, title: Rà soát quy trình }
              - id: nhiem-vu-cu
                items:
                  - { id: khao-sat, title: Khảo sát hiện trạng }
            budgets:
              - id: kinh-phi
                unit: triệu đồng
                items:
                  - { id: tap-huan, title: Tập huấn, amounts: 20 }
            """;

    @TempDir
    Path dir;

    @Test
    void aTableNoPartShowsIsWarnedAtItsIdAndLeftOutOfTheTables() throws IOException {
        PlanOutcome outcome = TestPlans.resolve(dir, PLAN);
        assertEquals(List.of("ke-hoach/plan.yaml:37:9: cảnh báo: bảng nhiệm vụ nhiem-vu-cu không được "
                + "phần nào hiển thị: không mục hay phụ lục nào có show: nhiem-vu-cu, nên bảng không có trong văn bản, "
                + "trang web, bản Word, Excel hay dữ liệu mở; hãy thêm show: nhiem-vu-cu vào mục hoặc phụ lục cần in "
                + "bảng, hoặc xóa bảng nếu không dùng"), TestPlans.messages(outcome));
        assertEquals(List.of("nhiem-vu"),
                outcome.resolved().orElseThrow().tables().stream().map(TableView::id).toList());
        JsonNode json = new ObjectMapper().readTree(new PlanJson().write(outcome.resolved().orElseThrow()));
        List<String> ids = new ArrayList<>();
        json.path("tables").forEach(t -> ids.add(t.path("id").asText()));
        assertEquals(List.of("nhiem-vu"), ids);
    }

    @Test
    void shownTheWarningGoes() {
        PlanOutcome outcome = TestPlans.resolve(dir, PLAN.replace("      show: nhiem-vu\n", "      show: nhiem-vu\n"
                + "    - id: muc-cu\n      title: Nhiệm vụ cũ\n      show: nhiem-vu-cu\n"));
        assertEquals(List.of(), TestPlans.messages(outcome));
        assertEquals(List.of("nhiem-vu", "nhiem-vu-cu"),
                outcome.resolved().orElseThrow().tables().stream().map(TableView::id).toList());
    }
}

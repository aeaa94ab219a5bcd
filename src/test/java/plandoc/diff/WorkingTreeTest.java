package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last commit against the files being edited: document facts, moved sections, indicators and targets. */
class WorkingTreeTest {
    @TempDir
    Path dir;

    @Test
    void comparesTheLastCommitWithTheFilesOnDisk() {
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Kế hoạch như đã ban hành");
            String mucTieu = """
                        - id: muc-tieu
                          title: Mục tiêu
                          text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
                    """;
            String kinhPhi = """
                        - id: kinh-phi
                          title: Kinh phí
                          text: "Tổng kinh phí {amount:du-an}, chi tiết tại {ref:pl-du-an}; bản đồ mạng tại {ref:pl-ban-do}."
                    """;
            String lastTarget = "              2020: \"100% văn bản\"\n";
            String edited = SmallPlan.BASE
                    .replace("date: 2012-12-28", "date: 2013-01-05")
                    .replace("period: 2012-2013", "period: 2012-2014")
                    .replace(mucTieu + kinhPhi, kinhPhi + mucTieu)
                    .replace("indicator: Tỷ lệ văn bản trao đổi", "indicator: Tỷ lệ văn bản điện tử trao đổi")
                    .replace("2015: { value: 90, unit: \"%\" }", "2015: { value: 95, unit: \"%\" }")
                    .replace(lastTarget, lastTarget + """
                                      - id: mot-cua
                                        indicator: Tỷ lệ hồ sơ một cửa điện tử
                                        targets:
                                          2020: "80% hồ sơ"
                            """);
            assertTrue(edited.contains(kinhPhi + mucTieu) && edited.contains("mot-cua"), "the edits apply");
            repo.write(SmallPlan.FILE, edited);

            PlanComparison c = Comparisons.between(repo, "HEAD", null);

            assertTrue(c.to().isWorkingTree());
            assertEquals(List.of(new FieldChange("date", "28/12/2012", "05/01/2013")), c.document());
            assertEquals(1, c.parts().size(), c.parts().toString());
            PartChange moved = c.parts().get(0);
            assertEquals("muc-tieu", moved.id());
            assertTrue(moved.moved());
            assertEquals("Mục I", moved.labelBefore());
            assertEquals("Mục II", moved.labelAfter());
            assertFalse(moved.textDiff().changed());

            ItemChange giaoBan = c.budgets().get(0).groups().get(0).items().get(0);
            assertEquals(List.of(new FieldChange("Thời gian thực hiện", "2012-2013", "2012-2014")), giaoBan.columns());
            assertEquals(List.of(), giaoBan.cells());

            assertEquals(2, c.objectives().size());
            ObjectiveChange vanBan = c.objectives().get(0);
            assertEquals("van-ban", vanBan.id());
            assertEquals(Status.CHANGED, vanBan.status());
            assertEquals("chỉ tiêu số 1", vanBan.labelAfter());
            assertEquals("Tỷ lệ văn bản [+điện tử+] trao đổi trên môi trường mạng", marked(vanBan.wording()));
            assertEquals(List.of(new TargetChange("2015", "90%", "95%", Optional.of(new BigDecimal("90")),
                    Optional.of(new BigDecimal("95")))), vanBan.targets());
            assertEquals(new BigDecimal("5"), vanBan.targets().get(0).difference().orElseThrow());
            ObjectiveChange motCua = c.objectives().get(1);
            assertEquals(Status.ADDED, motCua.status());
            assertEquals("chỉ tiêu số 2", motCua.labelAfter());
            assertEquals("Ứng dụng công nghệ thông tin", motCua.group());
            assertEquals(List.of(new TargetChange("2020", "", "80% hồ sơ", Optional.empty(), Optional.empty())),
                    motCua.targets());
        }
    }

    private static String marked(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Run run : diff.runs()) {
            out.append(out.isEmpty() ? "" : " ").append(switch (run.op()) {
                case SAME -> run.text();
                case REMOVED -> "[-" + run.text() + "-]";
                case ADDED -> "[+" + run.text() + "+]";
            });
        }
        return out.toString();
    }
}

package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plandoc.TestPlans;
import plandoc.resolved.CellRole;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;

/**
 * A group's unallocated row is named by the table's item noun: a table of tasks ({@code labels.item: nhiệm vụ})
 * printed "Kinh phí chưa phân bổ cho từng dự án" (s17 review, finding 8). Without a noun it stays "dự án", what
 * the bundled plans print; {@code labels.unallocated} still wins. Read back from the resolved table and the PDF.
 */
class UnallocatedLabelTest {
    private static final String PLAN = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-kinh-phi
                  title: Kinh phí
                  show: kinh-phi
            budgets:
              - id: kinh-phi
                unit: triệu đồng
                LABELS
                axes:
                  - id: nguon
                    members:
                      - { id: tinh, label: Ngân sách tỉnh }
                      - { id: xhh, label: Xã hội hóa }
                groups:
                  - id: ha-tang
                    title: Hạ tầng số
                    unallocated: { xhh: 125 }
                    items:
                      - id: mang
                        title: Nâng cấp mạng diện rộng
                        amounts: { tinh: 2225 }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "labels: { item: nhiệm vụ }                                 | Kinh phí chưa phân bổ cho từng nhiệm vụ",
        "labels: { title: Nội dung }                                | Kinh phí chưa phân bổ cho từng dự án",
        "labels: { item: nhiệm vụ, unallocated: Kinh phí dự phòng } | Kinh phí dự phòng"})
    void theUnallocatedRowNamesTheTablesItems(String labels, String expected) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, PLAN.replace("LABELS", labels));
        List<String> rows = plan.tables().stream().flatMap(t -> t.rows().stream())
                .filter(row -> row.kind() == plandoc.resolved.RowKind.UNALLOCATED).map(UnallocatedLabelTest::title).toList();
        assertEquals(List.of(expected), rows);

        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(plan));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(expected), "the PDF prints \"" + expected + "\": " + text);
            if (!expected.endsWith("dự án")) {
                assertTrue(!text.contains("cho từng dự án"), "no \"dự án\" in a table of " + labels + ": " + text);
            }
        }
    }

    private static String title(RowView row) {
        return row.cells().stream().filter(c -> c.role() == CellRole.TITLE).findFirst().orElseThrow().plain();
    }
}

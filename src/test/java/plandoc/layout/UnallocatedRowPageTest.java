package plandoc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * A group's unallocated money ("Kinh phí chưa phân bổ cho từng dự án") prints on the page of the row above it
 * (the row above asks for room for both, render.pdf.ShortRows), never alone under the repeated header, which prints its words; the Word copy (keep with next,
 * render.docx.PlanDocumentTest) and the workbook (its row breaks, render.xlsx.RowBreaksTest) keep the same rows
 * together since s23. Read back with PDFBox from the fixture unallocated-rows (no bundled plan has such a row), whose
 * fourth group ends where the appendix's first page is full: the page foot meets its last item.
 */
class UnallocatedRowPageTest {
    private static final String FIXTURE = "src/test/resources/fixtures/unallocated-rows";
    private static final String LABEL = "Kinh phí chưa phân bổ";

    @Test
    void eachUnallocatedRowPrintsOnThePageOfTheRowAbove() throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of(FIXTURE)).resolved().orElseThrow();
        TableView table = plan.tables().stream().filter(t -> t.rows().stream()
                .anyMatch(r -> r.kind() == RowKind.UNALLOCATED)).findFirst().orElseThrow();
        List<String> above = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            if (table.rows().get(r).kind() == RowKind.UNALLOCATED) {
                RowView row = table.rows().get(r - 1);
                assertEquals(RowKind.ITEM, row.kind());
                above.add(row.cells().get(0).plain() + " " + row.cells().get(1).plain());
            }
        }
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(FIXTURE))) {
            List<PrintedLines.Line> lines = new ArrayList<>();
            PrintedLines.read(document).forEach(page -> lines.addAll(page.body()));
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).text().startsWith(LABEL)) {
                    labels.add(i);
                }
            }
            assertEquals(above.size(), labels.size(), "an unallocated row per group");
            int met = 0;
            for (int g = 0; g < labels.size(); g++) {
                PrintedLines.Line label = lines.get(labels.get(g));
                PrintedLines.Line item = lines.get(labels.get(g) - 1);
                assertTrue(item.text().startsWith(above.get(g)), "the line above " + LABEL + ": " + item.text());
                assertEquals(item.page(), label.page(), above.get(g) + " and the unallocated row under it");
                // The row above the item ended the page before: the page foot met the item. The header repeated over
                // it prints its words: kept as keep-with-previous on the unallocated row (until s23), the break it
                // forced printed the repeated header empty.
                int before = labels.get(g) - 2;
                boolean header = lines.get(before).text().contains("Nội dung") && lines.get(before).text().contains("Đơn vị chủ trì");
                if (header && lines.get(before).page() == item.page()) {
                    before--;
                }
                if (lines.get(before).page() != item.page()) {
                    assertTrue(header, "the repeated header over " + item.text() + " on page " + item.page()
                            + " prints its words; the line before it: " + lines.get(labels.get(g) - 2).text());
                    met++;
                }
            }
            assertTrue(met > 0, "no page foot fell above an unallocated row");
        }
    }
}

package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import plandoc.PdfConformance;
import plandoc.render.TaggedPdf.Tagged;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letterhead and the signature beside Nơi nhận are layout grids: the PDF tags them as Divs, not as
 * data tables (a screen reader announced the letterhead as "table, 2 columns", with an empty THead and
 * TFoot), while a budget table stays a Table — read back from 4086's structure tree with PDFBox.
 */
class LayoutTablesTaggingTest {
    private static final Set<String> TABLE_ROLES = Set.of("Table", "THead", "TBody", "TFoot", "TR", "TH", "TD");

    @Test
    void theLetterheadAndTheSignatureAreNotTables() throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.bundled("ha-tinh-4086-2012").files()); // shared, rendered once per JVM
        PdfConformance.assertConforms("4086, layout tables tagged as Divs", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tagged> tagged = TaggedPdf.tagged(document);
            for (String text : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 4086/QĐ-UBND", "Nơi nhận:", "Nguyễn Thiện")) {
                Tagged holder = tagged.stream().filter(t -> t.text().contains(text))
                        .reduce((outer, inner) -> inner).orElseThrow(() -> new AssertionError("'" + text + "' untagged"));
                List<String> roles = new ArrayList<>(holder.ancestors());
                roles.add(holder.type());
                assertTrue(roles.stream().noneMatch(TABLE_ROLES::contains), "'" + text + "' is tagged under " + roles);
            }
            List<Tagged> tables = tagged.stream().filter(t -> t.type().equals("Table")).toList();
            assertFalse(tables.isEmpty(), "the budget tables are still tables");
            assertTrue(tables.stream().allMatch(t -> t.text().contains("TT") || t.text().contains("STT")),
                    "only data tables (with a TT column) are Tables: "
                            + tables.stream().map(t -> t.text().substring(0, Math.min(60, t.text().length()))).toList());
            assertEquals(List.of(), tagged.stream().filter(t -> t.type().equals("THead") && t.text().isBlank()
                    && t.ancestors().stream().noneMatch(a -> a.equals("Table"))).toList(), "no THead outside a table");
        }
    }
}

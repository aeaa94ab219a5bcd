package plandoc.render.edoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.render.RenderedPlan;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;

/**
 * Nơi nhận as the e-document record lists it (ToPlaces): places only, one per entry — a line naming two
 * places gives two, a note line gives none — while the printed block stays as Decree 30 prints it.
 */
class RecipientPlacesTest {
    private static final String XML = "4086-QD-UBND.xml";
    private static final String PDF = "4086-QD-UBND.pdf";

    @TempDir
    Path dir;

    @Test
    void placesAreListedOneByOneAndNotesAreOnlyPrinted() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + """
                  recipients:
                    - "Như {ref:dieu-hieu-luc}"
                    - TT Tỉnh ủy; TT HĐND tỉnh
                    - to: [TTr. Tỉnh ủy, TTr. HĐND tỉnh]
                    - { to: Bộ Nội vụ, note: (để b/c) }
                    - Các sở, ban, ngành cấp tỉnh
                    - note: Gửi bản giấy và thư điện tử
                  archive: [VT, TH]
                """);
        List<String> places = List.of("Như Điều 2", "TT Tỉnh ủy", "TT HĐND tỉnh", "TTr. Tỉnh ủy", "TTr. HĐND tỉnh",
                "Bộ Nội vụ", "Các sở, ban, ngành cấp tỉnh");
        List<String> printed = List.of("- Như Điều 2;", "- TT Tỉnh ủy; TT HĐND tỉnh;", "- TTr. Tỉnh ủy, TTr. HĐND tỉnh;",
                "- Bộ Nội vụ (để b/c);", "- Các sở, ban, ngành cấp tỉnh;", "- Lưu: VT, TH.", "Gửi bản giấy và thư điện tử");
        assertEquals(printed, plan.recipients().lines().stream().map(InlineText::plain).toList());

        RenderedPlan rendered = RecordReading.render(plan);
        assertEquals(places, RecordReading.values(RecordReading.xml(rendered, XML), "ToPlaces/ToPlace"));
        assertEquals(places, RecordReading.values(RecordReading.xmp(rendered, PDF), "Description/*[local-name()='ToPlaces']/*/*"));
        try (PDDocument pdf = Loader.loadPDF(RecordReading.file(rendered, PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            // A line with a reference aside: the text stripper puts the link's words after the line's end.
            for (String line : printed.subList(1, printed.size())) {
                assertTrue(text.contains(line), line + " printed in:\n" + text);
            }
        }
    }

    /** The bundled plans, as published: their OrganId and places read back from the XML and the XMP. */
    @Test
    void theBundledPlansRecordTheirCodeAndPlaces() throws Exception {
        assertBundled("ha-tinh-4086-2012", "4086-QD-UBND", List.of("Như Điều 2", "Bộ Thông tin và Truyền thông",
                "TTr. Tỉnh ủy", "TTr. HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Trung tâm Công báo - Tin học",
                "Cổng Thông tin điện tử tỉnh", "Các Giám đốc CNTT", "Chuyên trách CNTT", "Các chuyên viên VP UBND tỉnh"),
                "Gửi bản giấy và thư điện tử.");
        assertBundled("ha-tinh-424-2022", "424-QD-UBND", List.of("Như Điều 3", "Văn phòng Chính phủ",
                "Bộ Thông tin và Truyền thông", "TT Tỉnh ủy", "TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                "Các PCVP UBND tỉnh", "Cổng TTĐT của tỉnh", "Trung tâm CB-TH tỉnh"), "- TT Tỉnh ủy; TT HĐND tỉnh;");
    }

    private static void assertBundled(String slug, String stem, List<String> places, String printedLine) throws Exception {
        PlanOutcome outcome = new Generator(Path.of("content")).resolve(Path.of("content", slug));
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        assertTrue(plan.recipients().lines().stream().map(InlineText::plain).toList().contains(printedLine),
                plan.recipients().lines().toString());
        RenderedPlan rendered = RecordReading.render(plan);
        Document xml = RecordReading.xml(rendered, stem + ".xml");
        assertEquals(List.of("000.00.00.H27"), RecordReading.values(xml, "OrganId"));
        assertEquals(places, RecordReading.values(xml, "ToPlaces/ToPlace"));
        assertEquals(places, RecordReading.values(RecordReading.xmp(rendered, stem + ".pdf"),
                "Description/*[local-name()='ToPlaces']/*/*"));
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.FileLabels;
import plandoc.resolved.Funding;
import plandoc.resolved.InlineText;

/**
 * The files' own words, worded once in compute: an issued document is named by its number, a draft (no number yet)
 * by "Dự thảo" and its kind, the same in the PDF's and Word copy's subject and the workbook's title (s18).
 */
class FileLabellingTest {
    private static final AttachedPlanView ATTACHED = new AttachedPlanView("ĐỀ ÁN",
            InlineText.of("Chuyển đổi số tỉnh Hà Tĩnh"), "(Kèm theo …)", List.of(), List.of(),
            TitleRule.of("Chuyển đổi số tỉnh Hà Tĩnh"));

    private static DocumentInfo info(String numberSymbol) {
        return new DocumentInfo("p", numberSymbol, Optional.empty(), Optional.empty(), "Quyết định", "Về việc phê duyệt",
                "Ủy ban nhân dân tỉnh Hà Tĩnh", "p", Funding.NONE, Optional.empty(),
                FileLabelling.subject(numberSymbol, "Quyết định", "Về việc phê duyệt"));
    }

    @Test
    void anIssuedDocumentIsNamedByItsNumber() {
        FileLabels labels = FileLabelling.of(info("424/QĐ-UBND"), ATTACHED, List.of(), List.of(),
                List.of("p/plan.yaml", "agencies.yaml"));
        assertEquals("424/QĐ-UBND", info("424/QĐ-UBND").subject());
        assertEquals("Quyết định 424/QĐ-UBND: kinh phí", labels.workbookTitle());
        assertEquals(List.of(new FileLabels.SeparatePart("ĐỀ ÁN Chuyển đổi số tỉnh Hà Tĩnh", "Văn bản kèm theo",
                "424/QĐ-UBND", true)), labels.separateParts());
        assertEquals(Map.of("p/plan.yaml", "Tệp nguồn của văn bản: p/plan.yaml",
                "agencies.yaml", "Tệp nguồn của văn bản: agencies.yaml"), labels.sourceDescriptions());
        assertEquals("Dữ liệu của văn bản (mọi con số đã tính)", labels.dataDescription());
    }

    @Test
    void aDraftIsNamedByItsKindNotItsBlankNumber() {
        FileLabels labels = FileLabelling.of(info("/QĐ-UBND"), ATTACHED, List.of(), List.of(), List.of());
        assertEquals("Dự thảo Quyết định: Về việc phê duyệt", info("/QĐ-UBND").subject());
        assertEquals("Dự thảo Quyết định: kinh phí", labels.workbookTitle());
        assertEquals("Dự thảo Quyết định: ĐỀ ÁN Chuyển đổi số tỉnh Hà Tĩnh", labels.separateParts().get(0).subject());
    }
}

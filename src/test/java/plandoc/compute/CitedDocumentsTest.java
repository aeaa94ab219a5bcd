package plandoc.compute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Text;
import plandoc.resolved.Cited;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** s34-links: which typed citations name a document of the site, and the links and warnings made of them. */
class CitedDocumentsTest {
    private static DocumentInfo document(String slug, String kind, String number, LocalDate date) {
        return new DocumentInfo(slug, number, Optional.of(date), Optional.of(VietnameseDates.short_(date)), kind,
                "Tiêu đề", "UBND tỉnh Hà Tĩnh", number.replace('/', '-'), Funding.NONE);
    }

    private static final DocumentInfo KH_2026 = document("kh-2026", "Kế hoạch", "86/KH-UBND", LocalDate.of(2026, 3, 10));
    private static final DocumentInfo KH_2020 = document("kh-2020", "Kế hoạch", "86/KH-UBND", LocalDate.of(2020, 5, 4));
    private static final DocumentInfo QD = document("qd-4086", "Quyết định", "4086/QĐ-UBND", LocalDate.of(2012, 12, 28));

    @Test
    void aCitationLinksTheDocumentOfItsKindNumberAndDateEitherWayTheDateIsWritten() {
        CitedDocuments site = new CitedDocuments(List.of(KH_2026, KH_2020, QD));
        assertEquals("Theo [Kế hoạch số 86/KH-UBND ngày 10 tháng 3 năm 2026](../kh-2026/index.html) và "
                        + "[Quyết định số 4086/QĐ-UBND](../qd-4086/index.html) của UBND tỉnh.",
                site.linked("Theo Kế hoạch số 86/KH-UBND ngày 10 tháng 3 năm 2026 và Quyết định số 4086/QĐ-UBND của UBND tỉnh."));
        assertEquals("[Kế hoạch số 86/KH-UBND ngày 04/5/2020](../kh-2020/index.html).",
                site.linked("Kế hoạch số 86/KH-UBND ngày 04/5/2020."));
    }

    @Test
    void whatNamesNoSingleDocumentOfTheSiteStaysAsTyped() {
        CitedDocuments site = new CitedDocuments(List.of(KH_2026, KH_2020, QD));
        for (String typed : List.of("Kế hoạch số 86/KH-UBND của UBND tỉnh.", // two of that number: which one?
                "Kế hoạch số 86/KH-UBND ngày 11/3/2026.", // no document of that date
                "Quyết định số 86/KH-UBND.", // another kind
                "Nghị quyết số 52/NQ-CP ngày 22/4/2019.", // not on the site
                "Quyết định số 4086/QĐ-UBND-BIS.", // another number-symbol
                "[Quyết định số 4086/QĐ-UBND](https://vbpl.vn/4086)", // the author's own link
                "`Quyết định số 4086/QĐ-UBND`")) {
            assertEquals(typed, site.linked(typed), typed);
        }
    }

    @Test
    void aDateNoDocumentOfTheNumberHasAndAnUndatedCitationOfSeveralAreWarnedOfAtTheCitation() {
        CitedDocuments site = new CitedDocuments(List.of(KH_2026, KH_2020, QD));
        Problems problems = new Problems();
        String typed = "Thực hiện Quyết định số 4086/QĐ-UBND ngày 29/12/2012 và Kế hoạch số 86/KH-UBND.";
        // A plain scalar on one line ("text: Thực hiện …"): each offset is a column.
        site.check(List.of(new Text(List.of(new plandoc.model.TextPart.Literal(typed)),
                new SourcePosition("plan.yaml", 7, 13), new plandoc.model.TextLayout(false, 0, 0, false))), problems);
        assertEquals(List.of("plan.yaml:7:23 cited.date-differs", "plan.yaml:7:69 cited.undated-ambiguous"),
                problems.sorted().stream().map(p -> p.at().file() + ":" + p.at().line() + ":" + p.at().column() + " "
                        + p.message().key()).toList());
    }

    @Test
    void theLinksAreListedOnceInTheOrderTyped() {
        CitedDocuments site = new CitedDocuments(List.of(KH_2026, QD));
        assertEquals(new Cited(List.of(new Cited.Link("Quyết định số 4086/QĐ-UBND", "qd-4086"),
                        new Cited.Link("Kế hoạch số 86/KH-UBND", "kh-2026"))),
                site.cited(List.of("Quyết định số 4086/QĐ-UBND; Kế hoạch số 86/KH-UBND", "Quyết định số 4086/QĐ-UBND")));
    }
}

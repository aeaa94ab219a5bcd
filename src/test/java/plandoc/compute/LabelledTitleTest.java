package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;

/**
 * s32 tryout M4: a project typed with its own label, "Dự án số 5: Tuyên truyền …" (the s34 tryout's fixture,
 * fixtures/tuyen-quang-ky-so), was named twice in the agency view, "dự án số 5: Dự án số 5: Tuyên truyền …". The view
 * names it once; the document's table prints the title as typed.
 */
class LabelledTitleTest {

    @Test
    void aTitleOpeningWithItsOwnLabelIsNamedOnceInTheAgencyView() {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("src/test/resources/fixtures/tuyen-quang-ky-so"))
                .resolved().orElseThrow();
        List<String> rows = plan.agencyWork().stream().filter(w -> w.title().contains("Tuyên truyền về chữ ký số"))
                .map(w -> w.reference().orElse("") + ": " + w.title()).toList();
        assertEquals(List.of("dự án số 5: Tuyên truyền về chữ ký số trên báo, đài"), rows);
        // The other rows keep their titles whole.
        assertEquals("Trang bị chứng thư số cho cán bộ, công chức", plan.agencyWork().stream()
                .filter(w -> w.title().contains("chứng thư số")).findFirst()
                .map(AgencyWork::title).orElseThrow());
        List<String> printed = TestPlans.table(plan, "kinh-phi").rows().stream().map(RowView::cells)
                .map(c -> c.get(1).plain()).filter(t -> t.contains("Tuyên truyền về")).toList();
        assertEquals(List.of("Dự án số 5: Tuyên truyền về chữ ký số trên báo, đài"), printed);
    }

    @Test
    void onlyTheRowsOwnLabelIsLeftOut() {
        assertEquals("Đào tạo", LabelledTitle.of("Dự án 2. Đào tạo", "dự án số 2 Phụ lục"));
        assertEquals("Dự án số 21: Đào tạo", LabelledTitle.of("Dự án số 21: Đào tạo", "dự án số 2"));
        assertEquals("Dự án số 2", LabelledTitle.of("Dự án số 2", "dự án số 2"));
        assertEquals("Nhiệm vụ số 2: Đào tạo", LabelledTitle.of("Nhiệm vụ số 2: Đào tạo", "dự án số 2"));
    }
}

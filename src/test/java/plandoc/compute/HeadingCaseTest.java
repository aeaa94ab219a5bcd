package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.TestPlans.DECISION;
import static plandoc.TestPlans.messages;
import static plandoc.TestPlans.resolve;
import static plandoc.TestPlans.resolveClean;
import static plandoc.TestPlans.section;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.Span;
import plandoc.resolved.TocEntry;

/**
 * Heading case and the appendix label (Decree 30, format-standard.md §13 X1): phần and mục titles in
 * upper case, khoản and điểm as written, "Phụ lục I"; the plan may keep its source's case. The case is
 * in the resolved text itself, so every output prints, extracts and compares the same characters.
 */
class HeadingCaseTest {
    private static final String PARTS = """
            plan:
              numbering: [part, roman, arabic, letter]
              %s
              sections:
                - id: phan-mot
                  title: Sự cần thiết ban hành Đề án
                  sections:
                    - id: can-cu
                      title: Căn cứ pháp lý của đề án
                      sections:
                        - id: trung-uong
                          title: Văn bản Trung ương
                          sections:
                            - { id: diem-a, title: Luật đất đai }
                    - id: thuc-trang
                      title: Đánh giá thực trạng
                      case: as-written
                      sections:
                        - id: tieu-muc
                          title: Ứng dụng ở cấp xã
                          case: upper
                        - id: dan-chieu
                          title: "Theo {ref:can-cu}"
                          case: upper
            """;

    private static ResolvedPlan plan(Path dir, String headings) {
        return resolveClean(dir, DECISION + PARTS.formatted(headings));
    }

    @Test
    void partAndRomanTitlesPrintInUpperCaseByDefault(@TempDir Path dir) {
        ResolvedPlan plan = plan(dir, "");
        assertEquals("SỰ CẦN THIẾT BAN HÀNH ĐỀ ÁN", section(plan, "phan-mot").title().plain());
        assertEquals("CĂN CỨ PHÁP LÝ CỦA ĐỀ ÁN", section(plan, "can-cu").title().plain());
        assertEquals("Văn bản Trung ương", section(plan, "trung-uong").title().plain(), "khoản: as written");
        assertEquals("Luật đất đai", section(plan, "diem-a").title().plain(), "điểm: as written");
        // The outline (PDF bookmarks, HTML table of contents) carries the printed characters.
        List<String> toc = plan.toc().stream().map(TocEntry::label).toList();
        assertTrue(toc.contains("I. CĂN CỨ PHÁP LÝ CỦA ĐỀ ÁN"), toc.toString());
    }

    @Test
    void aSectionKeepsOrChangesItsOwnCase(@TempDir Path dir) {
        ResolvedPlan plan = plan(dir, "");
        assertEquals("Đánh giá thực trạng", section(plan, "thuc-trang").title().plain());
        assertEquals("ỨNG DỤNG Ở CẤP XÃ", section(plan, "tieu-muc").title().plain());
        // A link keeps its anchor; its text is upper-cased with the rest of the heading.
        assertEquals(List.of(Span.text("THEO "), Span.link("MỤC I PHẦN THỨ NHẤT", "can-cu")),
                section(plan, "dan-chieu").title().spans());
    }

    @Test
    void headingsSetTheCasePerLevel(@TempDir Path dir) {
        ResolvedPlan plan = plan(dir, "headings: [as-written, as-written, upper]");
        assertEquals("Sự cần thiết ban hành Đề án", section(plan, "phan-mot").title().plain());
        assertEquals("Căn cứ pháp lý của đề án", section(plan, "can-cu").title().plain());
        assertEquals("VĂN BẢN TRUNG ƯƠNG", section(plan, "trung-uong").title().plain());
        assertEquals("Luật đất đai", section(plan, "diem-a").title().plain(), "a level not listed follows Decree 30");
    }

    @Test
    void vietnameseUpperCase() {
        assertEquals("ĐƯỜNG ỐNG ỨNG DỤNG Ở XÃ Ỷ LA; ĐỀ ÁN “CHUYỂN ĐỔI SỐ” 2021-2025",
                HeadingText.upper("đường ống ứng dụng ở xã ỷ la; Đề án “chuyển đổi số” 2021-2025"));
    }

    private static final String APPENDICES = """
            plan:
              sections:
                - { id: tham-chieu, title: "Xem {ref:pl-a}, {ref:pl-b}" }
            appendices:
              %s
              items:
                - { id: pl-a, title: Danh mục hệ thống, text: Nội dung. }
                - { id: pl-b, title: Danh mục dự án, text: Nội dung. }
            """;

    @Test
    void appendicesDefaultToDecree30PhuLucWithRomanNumerals(@TempDir Path dir) {
        ResolvedPlan plan = resolveClean(dir, DECISION + APPENDICES.formatted(""));
        assertEquals(List.of("Phụ lục I", "Phụ lục II"), plan.appendices().stream().map(AppendixView::heading).toList());
        assertEquals("Xem Phụ lục I, Phụ lục II", section(plan, "tham-chieu").title().plain());
        assertEquals("DANH MỤC DỰ ÁN", plan.appendices().get(1).title().plain(), "the appendix title is upper case");
    }

    @Test
    void theUpperCaseLabelIsTheSourcesChoice(@TempDir Path dir) {
        ResolvedPlan plan = resolveClean(dir, DECISION + APPENDICES.formatted("numbering: arabic-2\n  label: PHỤ LỤC"));
        assertEquals(List.of("PHỤ LỤC 01", "PHỤ LỤC 02"), plan.appendices().stream().map(AppendixView::heading).toList());
        // References in running text stay in lower case.
        assertEquals("Phụ lục 02", plan.appendices().get(1).label());
    }

    @Test
    void aMistypedCaseIsAnErrorListingTheChoices(@TempDir Path dir) {
        List<String> out = messages(resolve(dir, DECISION + """
                plan:
                  headings: [hoa]
                  sections:
                    - { title: Mục tiêu, case: UPPER }
                appendices:
                  label: Phu luc
                  items:
                    - { id: pl-a, title: Danh mục, text: Nội dung. }
                """));
        assertTrue(out.stream().anyMatch(m -> m.contains("hoa") && m.contains("upper, as-written")), out.toString());
        assertTrue(out.stream().anyMatch(m -> m.contains("UPPER") && m.contains("upper, as-written")), out.toString());
        assertTrue(out.stream().anyMatch(m -> m.contains("Phu luc") && m.contains("Phụ lục, PHỤ LỤC")), out.toString());
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.ArticleView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TocEntry;
import plandoc.schema.PlanSchema;

/**
 * An article may have a {@code title:} (Decree 30 practice: "Điều 2. Tổ chức thực hiện" on a line of its own); an
 * untitled article is as before. The outline names a titled article by its title, not by its first sentence.
 */
public class ArticleTitleTest {
    /** A decision with an untitled, a titled and an untitled last article. */
    public static final String DECISION = """
            document:
              type: quyet-dinh
              issuer:
                name: Ủy ban nhân dân tỉnh Hà Tĩnh
                short: UBND tỉnh
                code: 000.00.00.H27
              number: 424
              symbol: QĐ-UBND
              place: Hà Tĩnh
              date: 2022-02-18
              title: Phê duyệt Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025
              signature:
                authority: [TM. Ủy ban nhân dân]
                title: Chủ tịch
                name: Võ Trọng Hải
              articles:
                - id: dieu-phe-duyet
                  text: Phê duyệt Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025.
                - id: dieu-to-chuc
                  title: Tổ chức thực hiện
                  text: |
                    Sở Thông tin và Truyền thông là cơ quan thường trực. Sở theo dõi, kiểm tra, đôn đốc việc thực hiện Đề án.

                    Các sở, ban, ngành cấp tỉnh căn cứ nhiệm vụ được giao để tổ chức thực hiện.
                - id: dieu-hieu-luc
                  text: Quyết định này có hiệu lực kể từ ngày ban hành.
              recipients: ["Như {ref:dieu-hieu-luc}", Văn phòng Chính phủ]
              archive: [VT]
            """;

    @Test
    void aTitledArticleCarriesItsTitleAndTheOutlineNamesItByIt(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, DECISION);
        List<ArticleView> articles = plan.articles();
        assertEquals("", articles.get(0).title().plain());
        assertEquals("Điều 1.", articles.get(0).heading());
        assertEquals("Tổ chức thực hiện", articles.get(1).title().plain());
        assertEquals("Điều 2. Tổ chức thực hiện", articles.get(1).heading());
        assertTrue(articles.get(1).text().source().startsWith("Sở Thông tin và Truyền thông là cơ quan thường trực."),
                articles.get(1).text().source());
        // Titled: its title, not its first sentence ("Sở Thông tin và Truyền thông là cơ quan thường trực").
        List<String> outline = plan.toc().stream().map(TocEntry::label).toList();
        assertEquals(List.of("Điều 1. Phê duyệt Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025.",
                "Điều 2. Tổ chức thực hiện", "Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành."), outline);
    }

    @Test
    void aTitleTypedWithItsNumberIsAnErrorAtTheTitle(@TempDir Path dir) {
        // plandoc gives the number: "Điều 2. Tổ chức thực hiện" in title: would print "Điều 2. Điều 2. …".
        String numbered = DECISION.replace("title: Tổ chức thực hiện", "title: Điều 2. Tổ chức thực hiện");
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, numbered));
        assertTrue(messages.contains("ke-hoach/plan.yaml:20:14: lỗi: tên điều \"Điều 2. Tổ chức thực hiện\" "
                + "không ghi số \"Điều …\": plandoc tự đánh số các Điều; chỉ ghi tên điều, ví dụ title: Hiệu lực thi hành"),
                messages.toString());
        assertTrue(TestPlans.messages(TestPlans.resolve(dir.resolve("en"), numbered), "en").stream()
                .anyMatch(m -> m.contains("error: the article title \"Điều 2. Tổ chức thực hiện\" must not carry")));
    }

    @Test
    void theBundledDecision424TitlesItsArticle2() {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        ArticleView second = plan.articles().get(1);
        assertEquals("Điều 2. Tổ chức thực hiện", second.heading());
        // Its text starts with its first point: the title is no longer typed as a paragraph of it.
        assertTrue(second.text().source().startsWith("1. Sở Thông tin và Truyền thông là cơ quan thường trực"),
                second.text().source());
        assertEquals("", plan.articles().get(0).title().plain(), "Điều 1 stays untitled");
    }

    @Test
    void theSchemaOffersTheTitleOfAnArticle() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new PlanSchema().bytes());
        JsonNode title = root.at("/definitions/article/properties/title");
        assertTrue(title.path("description").asText().startsWith("Tên điều"), title.toString());
        assertTrue(root.at("/definitions/article/required").toString().contains("text"));
        assertTrue(!root.at("/definitions/article/required").toString().contains("title"), "title is optional");
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.render.AgencyPages;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;

/**
 * s27: the agency view prints every row's money in triệu đồng, the unit of its totals; 4086 prints its budget in tỷ
 * đồng with two decimals, so the view's "2.700" for dự án số 1 is no figure of the PDF ("2,70" under "Đơn vị tính: tỷ
 * đồng"). Such a row also gives the figure as the document prints it; a row of 424, printed in triệu đồng, does not.
 */
class AgencyAsPrintedTest {

    @Test
    void aRowPrintedInAnotherUnitGivesTheDocumentsFigureBesideTheViews() throws Exception {
        Generator generator = new Generator(Path.of(""));
        ResolvedPlan flagship = generator.resolve(Path.of("content", "ha-tinh-4086-2012")).resolved().orElseThrow();
        ResolvedPlan plan424 = generator.resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        List<AgencyPage> pages = new AgencyDirectory().build(List.of(flagship, plan424));

        AgencyPage.Entry first = entry(pages, "Văn phòng Ủy ban nhân dân tỉnh", "4086/QĐ-UBND", "dự án số 1");
        assertEquals("2.700", first.amountText());
        assertEquals("2,70 tỷ đồng", first.asPrintedText(), "as the PDF's Phụ lục 3 prints it, decimals and unit");
        AgencyPage.Entry etep = entry(pages, "Sở Giáo dục và Đào tạo", "424/QĐ-UBND", "nhiệm vụ số 1 Phụ lục 01");
        assertEquals("17.200", etep.amountText());
        assertEquals("", etep.asPrintedText(), "424 prints triệu đồng: the view's figure is the document's");

        byte[] html = new AgencyPages().render(pages, new TemplateEngine(Path.of("templates"),
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        String office = pages.stream().filter(p -> p.name().equals("Văn phòng Ủy ban nhân dân tỉnh")).findFirst()
                .orElseThrow().id();
        Element row = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).getElementById(office).select("tr")
                .stream().filter(tr -> tr.text().contains("dự án số 1:")).findFirst().orElseThrow();
        String money = row.selectFirst("td.cell-money").text();
        assertTrue(money.contains("2.700") && money.contains("(văn bản ghi 2,70 tỷ đồng)"), money);
    }

    private static AgencyPage.Entry entry(List<AgencyPage> pages, String agency, String plan, String label) {
        return pages.stream().filter(p -> p.name().equals(agency)).findFirst().orElseThrow().entries().stream()
                .filter(e -> e.planNumberSymbol().equals(plan) && e.label().equals(label)).findFirst().orElseThrow();
    }
}

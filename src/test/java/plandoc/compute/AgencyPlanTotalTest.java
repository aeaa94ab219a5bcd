package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.AgencyPages;
import plandoc.render.html.RichHtml;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.ResolvedPlan;
import plandoc.render.html.TemplateEngine;

/**
 * s20 review 1: the agency view gave Sở TNMT 459.943 triệu đồng for QĐ 424, of which 229.943 lay in PHỤ LỤC 01
 * (projects already under way), which the decision's own total (PHỤ LỤC 07, adding PHỤ LỤC 02–06) leaves out; and
 * it counted "4 nguồn vốn" because PHỤ LỤC 01 names the same two sources in other words. An agency's total for a
 * plan now adds only the budgets the plan's total adds, and says beside it what it leaves out; the rows stay listed.
 */
class AgencyPlanTotalTest {

    @Test
    void rowsOfABudgetTheSummaryLeavesOutAreListedButNotCounted() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        List<AgencyPage> pages = new AgencyDirectory().build(List.of(plan));
        AgencyPage tnmt = pages.stream().filter(p -> p.name().equals("Sở Tài nguyên và Môi trường")).findFirst().orElseThrow();
        AgencyPage.PlanTotal total = tnmt.totals().get(0);
        assertEquals("230.000", total.totalText());
        assertEquals(Optional.of("229.943"), total.outside());
        assertEquals("2 nguồn vốn", total.mixes().get(0).words(), total.mixes().toString());
        assertEquals("Ngân sách Trung ương; Ngân sách địa phương", total.mixes().get(0).names());
        // The rows outside are still its work, with their money, marked so.
        List<AgencyPage.Entry> outside = tnmt.entries().stream()
                .filter(e -> e.work().role() == AgencyRole.LEAD && !e.work().inPlanTotal()).toList();
        assertEquals(List.of("181.253", "48.690"), outside.stream().map(AgencyPage.Entry::amountText).toList());

        byte[] html = new AgencyPages().render(pages, new TemplateEngine(Path.of("templates"),
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        Element section = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).getElementById(tnmt.id());
        String led = section.selectFirst("table.agency-totals tbody td.cell-money").text();
        assertTrue(led.contains("230.000") && led.contains("Không tính 229.943 triệu đồng của các dòng ngoài tổng kinh phí"
                + " của văn bản"), led);
        assertEquals(2, section.select("td.cell-money .outside-total").stream()
                .filter(e -> e.text().equals("(ngoài tổng kinh phí của văn bản)")).count(), section.text());
    }

    /**
     * s20 re-read 6 / tryout 6: Sở Ngoại vụ leads in 424 only a row of PHỤ LỤC 01, which the decision's total leaves
     * out. Its total was "0" above "Không tính 497 triệu đồng …", read as "leads nothing with money": now there is no
     * total, only the line saying what is left out (the card label and unit go with the figure).
     */
    @Test
    void anAgencyLeadingOnlyRowsOutsideTheTotalShowsNoZero() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        List<AgencyPage> pages = new AgencyDirectory().build(List.of(plan));
        AgencyPage ngoaiVu = pages.stream().filter(p -> p.name().equals("Sở Ngoại vụ")).findFirst().orElseThrow();
        AgencyPage.PlanTotal total = ngoaiVu.totals().get(0);
        assertEquals(Optional.empty(), total.total());
        assertEquals(Optional.of("497"), total.outside());
        // Every agency with a total of 0 printed had all its rows outside: none is left.
        assertEquals(List.of(), pages.stream().flatMap(p -> p.totals().stream()).filter(t -> t.totalText().equals("0"))
                .toList());

        byte[] html = new AgencyPages().render(pages, new TemplateEngine(Path.of("templates"),
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        Element section = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).getElementById(ngoaiVu.id());
        Element led = section.selectFirst("table.agency-totals tbody td.cell-money");
        assertEquals("Không tính 497 triệu đồng của các dòng ngoài tổng kinh phí của văn bản", led.text());
        assertEquals(0, led.select("br, .card-label").size(), led.html());
    }

    /**
     * s20 tryout 9: the agency view listed the collective entries in the JDK's collation ("Các sở, ban, ngành, UBND
     * cấp huyện, cấp xã" before "Các sở, ban, ngành cấp tỉnh"), the index's filter in the browser's (ICU's, the other
     * way), and the view's list gave them no heading. One order, compute's, and the filter's group name above them.
     */
    @Test
    void collectiveEntriesAreListedApartInTheOneVietnameseOrder() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        List<AgencyPage> pages = new AgencyDirectory().build(List.of(plan));
        List<String> collectives = pages.stream().filter(AgencyPage::group).map(AgencyPage::name).toList();
        int tinh = collectives.indexOf("Các sở, ban, ngành cấp tỉnh");
        int khac = collectives.indexOf("Các sở, ban, ngành, UBND cấp huyện, cấp xã");
        assertTrue(tinh >= 0 && khac > tinh, collectives.toString());
        assertEquals(collectives.stream().sorted(AgencyOrder.names()).toList(), collectives);

        byte[] html = new AgencyPages().render(pages, new TemplateEngine(Path.of("templates"),
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        org.jsoup.nodes.Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        assertEquals("Nhóm cơ quan, đơn vị (ghi chung)", page.selectFirst("nav.agency-list .agency-list-group").text());
        assertEquals(collectives, page.select("nav.agency-list ul[aria-labelledby=agency-list-collectives] li").eachText());
        assertEquals(pages.stream().filter(p -> !p.group()).map(AgencyPage::name).toList(),
                page.selectFirst("nav.agency-list ul").select("li").eachText());
        // The body too: the collectives' sections follow the group's own heading (s21 tryout 2).
        org.jsoup.nodes.Element heading = page.selectFirst("main > h2.agency-group-heading");
        assertEquals("Nhóm cơ quan, đơn vị (ghi chung)", heading.text());
        assertEquals(collectives.get(0), heading.nextElementSibling().selectFirst("h2").text());
        assertEquals(collectives.size(), heading.nextElementSiblings().select("section.agency").size());
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Axis;
import plandoc.model.Id;
import plandoc.model.Member;
import plandoc.render.AgencyPages;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.AgencyWork.Split;
import plandoc.resolved.AxisKind;
import plandoc.resolved.DocumentInfo;

/**
 * What an agency's total of one plan says it adds together: only the kinds of axis in which the rows it
 * leads hold money in more than one member, members in the budget's order, sources first; and the
 * agency view's note says what such a total is only when there is one.
 */
class AgencyMoneyMixesTest {
    private static final SourcePosition AT = SourcePosition.startOf("plan.yaml");

    @Test
    void anAxisIsKnownByWhatItsMembersAndNameSay() {
        assertEquals(AxisKind.PERIOD, AgencyWorkCollector.kind(axis("phase", "", "2012-2015", "Giai đoạn 2012-2015",
                "2016-2020", "Giai đoạn 2016-2020")));
        assertEquals(AxisKind.YEAR, AgencyWorkCollector.kind(axis("year", "", "2021", "Năm 2021", "2022", "Năm 2022")));
        assertEquals(AxisKind.SOURCE, AgencyWorkCollector.kind(axis("source", "", "tw", "NS TƯ", "dp", "NS địa phương")));
        // Its own words, not its id, when the id says nothing: "Ngân sách tỉnh", "Xã hội hóa".
        assertEquals(AxisKind.SOURCE, AgencyWorkCollector.kind(axis("cot", "", "tinh", "Ngân sách tỉnh", "xhh", "Xã hội hóa")));
        assertEquals(AxisKind.SOURCE, AgencyWorkCollector.kind(axis("nguon", "Nguồn vốn", "a", "A", "b", "B")));
        // Nothing that says source or years: named by its own label, never called a source.
        assertEquals(AxisKind.OTHER, AgencyWorkCollector.kind(axis("loai", "Loại công trình", "moi", "Xây mới", "cai-tao", "Cải tạo")));
    }

    @Test
    void aTotalSaysWhatItAddsOnlyWhereTheRowsMoneyLiesInSeveralMembers() throws Exception {
        // Row 1: phase 2016-2020 only, NS TƯ only. Row 2: both phases, NS TƯ and Vốn khác.
        AgencyWork first = led("du-an-1", "2,00", List.of(
                new Split(AxisKind.PERIOD, "phase", List.of("Giai đoạn 2016-2020")),
                new Split(AxisKind.SOURCE, "source", List.of("NS TƯ"))));
        AgencyWork second = led("du-an-2", "1,50", List.of(
                new Split(AxisKind.PERIOD, "phase", List.of("Giai đoạn 2012-2015", "Giai đoạn 2016-2020")),
                new Split(AxisKind.SOURCE, "source", List.of("NS TƯ", "Vốn khác"))));
        AgencyWork alone = led("du-an-3", "3,00", List.of(
                new Split(AxisKind.PERIOD, "phase", List.of("Giai đoạn 2012-2015")),
                new Split(AxisKind.SOURCE, "source", List.of("NS TƯ"))));
        List<AgencyPage> pages = new AgencyDirectory().gather(List.of(
                new AgencyDirectory.PlanWork(info("a"), List.of(first, second)),
                new AgencyDirectory.PlanWork(info("b"), List.of(alone))));
        AgencyPage page = pages.get(0);
        assertEquals(List.of(
                        new AgencyPage.Mix(AxisKind.SOURCE, Optional.empty(), "NS TƯ; Vốn khác", "2 nguồn vốn",
                                Optional.of("NS TƯ; Vốn khác")),
                        new AgencyPage.Mix(AxisKind.PERIOD, Optional.empty(), "Giai đoạn 2012-2015; Giai đoạn 2016-2020",
                                "2 giai đoạn: 2012-2015 và 2016-2020", Optional.empty())),
                page.totals().get(0).mixes());
        assertEquals(List.of(), page.totals().get(1).mixes(), "one phase, one source: nothing added together");
        // 2,00 + 1,50 tỷ đồng, in the view's one unit: rows and total alike.
        assertEquals("3.500", page.totals().get(0).totalText());
        assertEquals(List.of("2.000", "1.500", "3.000"), page.entries().stream().map(AgencyPage.Entry::amountText).toList());

        assertTrue(note(pages).contains("Kinh phí cộng gộp nhiều nguồn vốn"), note(pages));
        List<AgencyPage> single = new AgencyDirectory().gather(List.of(new AgencyDirectory.PlanWork(info("b"), List.of(alone))));
        assertFalse(note(single).contains("cộng gộp nhiều nguồn vốn"), note(single));
    }

    /**
     * Review s18, finding 9: a total's cell said "các năm: Năm 2022; Năm 2023; …", neither how many nor that it is
     * a sum. It says how many of what, years and periods by their numbers, in the chrome's language; the
     * documents' own labels (sources, another axis's members) apart, for the page to mark them Vietnamese.
     */
    @Test
    void aMixSaysHowManyOfWhatInTheChromesLanguage() {
        MixWords vi = new MixWords("vi");
        MixWords en = new MixWords("en");
        List<String> years = List.of("Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025");
        assertEquals(new AgencyPage.Mix(AxisKind.YEAR, Optional.empty(), "Năm 2022; Năm 2023; Năm 2024; Năm 2025",
                "4 năm, từ 2022 đến 2025", Optional.empty()), vi.mix(AxisKind.YEAR, "year", years));
        assertEquals("4 years, 2022 to 2025", en.mix(AxisKind.YEAR, "year", years).words());
        // Years with a gap are listed, not spanned.
        assertEquals("3 năm: 2021, 2023 và 2025", vi.mix(AxisKind.YEAR, "year", List.of("2021", "Năm 2023", "2025")).words());
        assertEquals("3 years: 2021, 2023 and 2025",
                en.mix(AxisKind.YEAR, "year", List.of("2021", "Năm 2023", "2025")).words());
        assertEquals("2 periods: 2012-2015 and 2016-2020", en.mix(AxisKind.PERIOD, "phase",
                List.of("Giai đoạn 2012-2015", "Giai đoạn 2016-2020")).words());
        AgencyPage.Mix sources = en.mix(AxisKind.SOURCE, "nguon", List.of("Ngân sách tỉnh", "Nguồn ODA, xã hội hóa"));
        assertEquals(List.of("2 sources of funds", "Ngân sách tỉnh; Nguồn ODA, xã hội hóa"),
                List.of(sources.words(), sources.names()));
        AgencyPage.Mix other = vi.mix(AxisKind.OTHER, "Loại công trình", List.of("Xây mới", "Cải tạo"));
        assertEquals(List.of("2 cột", "Loại công trình", "Xây mới; Cải tạo"),
                List.of(other.words(), other.axis(), other.names()));
        // A year member whose label names no year keeps its label.
        AgencyPage.Mix unnamed = vi.mix(AxisKind.YEAR, "year", List.of("Năm đầu", "Năm cuối"));
        assertEquals(List.of("2 năm", "Năm đầu; Năm cuối"), List.of(unnamed.words(), unnamed.names()));
    }

    private static String note(List<AgencyPage> pages) throws Exception {
        byte[] html = new AgencyPages().render(pages, new TemplateEngine(Path.of("templates"),
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst(".agency-note").text();
    }

    private static AgencyWork led(String anchor, String amount, List<Split> splits) {
        return new AgencyWork("so-tttt", "Sở Thông tin và Truyền thông", false, AgencyRole.LEAD, Optional.of("dự án " + anchor), "",
                Optional.of(anchor), Optional.of(new BigDecimal(amount.replace(',', '.'))), "tỷ đồng", Optional.of(amount + " tỷ đồng"), splits);
    }

    private static DocumentInfo info(String slug) {
        return new DocumentInfo(slug, slug + "/QĐ-UBND", Optional.empty(), Optional.empty(), "Quyết định", "", "", slug,
                plandoc.resolved.Funding.NONE, Optional.of("QĐ"), slug + "/QĐ-UBND");
    }

    private static Axis axis(String id, String label, String... members) {
        List<Member> list = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i += 2) {
            list.add(new Member(new Id(members[i], AT), members[i + 1], Optional.empty(), List.of(), true));
        }
        return new Axis(new Id(id, AT), label.isEmpty() ? Optional.empty() : Optional.of(label), list, AT);
    }
}

package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.DECISION;
import static plandoc.TestPlans.markdown;
import static plandoc.TestPlans.resolveClean;
import static plandoc.TestPlans.section;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.resolved.ResolvedPlan;

/** {@code {amount:}} and {@code {count:}} mentions, resolved through a small plan. */
class AmountMentionTest {
    /**
     * Groups: ud-cq 14,70 (items 2,70 and 12,00); co-che 3,00, all of it unallocated, and an item
     * without money; ha-tang 707,20. Total 724,90 = 2012-2015 304,70 + 2016-2020 420,20.
     */
    private static final String BUDGETS = """
            budgets:
              - id: du-an
                unit: tỷ đồng
                decimals: 2
                axes:
                  - id: phase
                    members:
                      - { id: 2012-2015, label: Giai đoạn 2012-2015 }
                      - { id: 2016-2020, label: Giai đoạn 2016-2020 }
                  - id: source
                    members:
                      - { id: tw, label: NS TƯ }
                      - { id: dp, label: NS địa phương }
                      - { id: khac, label: Vốn khác }
                groups:
                  - id: ud-cq
                    title: Ứng dụng công nghệ thông tin cơ quan Đảng và Nhà nước
                    items:
                      - id: thu-dien-tu
                        title: Nâng cấp hộp thư điện tử
                        amounts:
                          2012-2015: { tw: 0.35, dp: 1.35 }
                          2016-2020: { tw: 0.2, dp: 0.8 }
                      - id: giao-ban
                        title: Nâng cấp hệ thống giao ban điện tử
                        amounts:
                          2012-2015: { dp: 2.00 }
                          2016-2020: { dp: 10.00 }
                  - id: co-che
                    title: Xây dựng cơ chế chính sách
                    unallocated:
                      2012-2015: { dp: 1 }
                      2016-2020: { dp: 2 }
                    items:
                      - id: vbqppl
                        title: Xây dựng các VBQPPL
                  - id: ha-tang
                    title: Hạ tầng kỹ thuật
                    items:
                      - id: mang-4g
                        title: Mạng 4G
                        amounts:
                          2012-2015: { tw: 100, khac: 200 }
                          2016-2020: { dp: 407.2 }
              - id: kinh-phi
                unit: triệu đồng
                axes:
                  - id: year
                    members:
                      - { id: "2021", label: Năm 2021 }
                      - { id: "2022", label: Năm 2022 }
                items:
                  - id: so-hoa
                    title: Số hóa
                    amounts: { 2021: 1234, 2022: 385066 }
            objectives:
              - id: muc-tieu-2020
                groups:
                  - title: Ứng dụng
                    items:
                      - { id: van-ban-dien-tu, indicator: Văn bản điện tử, targets: { 2015: 90% } }
                      - { id: mot-cua, indicator: Một cửa điện tử, targets: { 2020: 100% } }
            tasks:
              - id: nhiem-vu
                items:
                  - { id: ke-hoach, title: Xây dựng kế hoạch }
                  - { id: tuyen-truyen, title: Tuyên truyền }
                  - { id: kiem-tra, title: Kiểm tra }
            """;

    /** Sections printing the tables, so that the plan checks clean (a table no part shows is warned). */
    private static final String SHOWN = """
                - id: bang-du-an
                  title: Danh mục dự án
                  show: du-an
                - id: bang-kinh-phi
                  title: Kinh phí theo năm
                  show: kinh-phi
                - id: bang-nhiem-vu
                  title: Nhiệm vụ
                  show: nhiem-vu
            """;

    private static ResolvedPlan plan(Path dir, String text) {
        String yaml = DECISION + """
                plan:
                  sections:
                    - id: kinh-phi-muc
                      title: Kinh phí
                      text: |
                """ + text.lines().map(l -> "        " + l + "\n").reduce("", String::concat) + SHOWN + BUDGETS;
        return resolveClean(dir, yaml);
    }

    private static String print(Path dir, String mention) {
        return markdown(section(plan(dir, mention), "kinh-phi-muc"));
    }

    @Test
    void theTotalInTheBudgetsUnit(@TempDir Path dir) {
        assertEquals("724,90 tỷ đồng", print(dir, "{amount:du-an}"));
    }

    @Test
    void exactConversionToSmallerUnits(@TempDir Path dir) {
        assertEquals("""
                724.900 triệu đồng
                724.900.000 nghìn đồng
                724.900.000.000 đồng
                14.700 triệu đồng""", print(dir, """
                {amount:du-an unit="triệu đồng"}
                {amount:du-an unit="nghìn đồng"}
                {amount:du-an unit=đồng}
                {amount:du-an group=ud-cq unit="triệu đồng"}"""));
    }

    /** The figure without its unit: show=number, or contract v2's bare; conversions and decimals as ever. */
    @Test
    void theFigureAloneWithShowNumberOrBare(@TempDir Path dir) {
        assertEquals("""
                724,90
                724,90
                724.900""", print(dir, """
                {amount:du-an show=number}
                {amount:du-an bare}
                {amount:du-an unit="triệu đồng" bare}"""));
    }

    /** Converting up keeps every digit: 2 decimals of triệu đồng are not enough for tỷ đồng. */
    @Test
    void exactConversionToALargerUnit(@TempDir Path dir) {
        assertEquals("""
                386.300 triệu đồng
                386,300 tỷ đồng
                1,234 tỷ đồng
                385.066.000 nghìn đồng""", print(dir, """
                {amount:kinh-phi}
                {amount:kinh-phi unit="tỷ đồng"}
                {amount:kinh-phi year=2021 unit="tỷ đồng"}
                {amount:kinh-phi year=2022 unit="nghìn đồng"}"""));
    }

    /** "Bằng chữ": ICU's Vietnamese spell-out with the official "bốn" after "mươi" and commas between scales. */
    @Test
    void amountsInWords(@TempDir Path dir) {
        assertEquals("""
                Bảy trăm hai mươi bốn tỷ, chín trăm triệu đồng
                Ba trăm tám mươi sáu tỷ, ba trăm triệu đồng
                Một tỷ, hai trăm ba mươi bốn triệu đồng
                Hai tỷ đồng""", print(dir, """
                {amount:du-an words}
                {amount:kinh-phi words}
                {amount:kinh-phi year=2021 words}
                {amount:du-an item=giao-ban group=ud-cq words decimals=2 phase=2012-2015}"""));
    }

    @Test
    void largeAmountsKeepNghinInsideTheTyGroup() {
        assertEquals("Một nghìn bốn trăm mười tỷ, bốn trăm chín mươi tám triệu đồng",
                AmountInWords.dong(new java.math.BigDecimal("1410498000000")));
        assertEquals("Hai mươi tám tỷ, ba trăm triệu đồng", AmountInWords.dong(new java.math.BigDecimal("28300000000")));
        assertEquals("Một triệu lẻ năm đồng", AmountInWords.dong(new java.math.BigDecimal("1000005")));
    }

    @Test
    void decimalsForOneMention(@TempDir Path dir) {
        assertEquals("""
                724,900 tỷ đồng
                725 tỷ đồng
                724,9 tỷ đồng
                2,7000 tỷ đồng""", print(dir, """
                {amount:du-an decimals=3}
                {amount:du-an decimals=0}
                {amount:du-an decimals=1}
                {amount:du-an item=thu-dien-tu decimals=4}"""));
    }

    @Test
    void phaseAndSourceFilters(@TempDir Path dir) {
        assertEquals("""
                2012-2015: 304,70 tỷ đồng
                2016-2020: 420,20 tỷ đồng
                tw: 100,55 tỷ đồng
                dp: 424,35 tỷ đồng
                khac: 200,00 tỷ đồng
                2012-2015 tw: 100,35 tỷ đồng
                2016-2020 khac: 0,00 tỷ đồng""", print(dir, """
                2012-2015: {amount:du-an phase=2012-2015}
                2016-2020: {amount:du-an phase=2016-2020}
                tw: {amount:du-an source=tw}
                dp: {amount:du-an source=dp}
                khac: {amount:du-an source=khac}
                2012-2015 tw: {amount:du-an phase=2012-2015 source=tw}
                2016-2020 khac: {amount:du-an phase=2016-2020 source=khac}"""));
    }

    @Test
    void groupAndItemFilters(@TempDir Path dir) {
        assertEquals("""
                ud-cq: 14,70 tỷ đồng
                ud-cq dp: 14,15 tỷ đồng
                co-che: 3,00 tỷ đồng
                co-che 2016-2020: 2,00 tỷ đồng
                thu-dien-tu: 2,70 tỷ đồng
                thu-dien-tu 2012-2015: 1,70 tỷ đồng
                thu-dien-tu 2016-2020 tw: 0,20 tỷ đồng
                vbqppl: 0,00 tỷ đồng""", print(dir, """
                ud-cq: {amount:du-an group=ud-cq}
                ud-cq dp: {amount:du-an group=ud-cq source=dp}
                co-che: {amount:du-an group=co-che}
                co-che 2016-2020: {amount:du-an group=co-che phase=2016-2020}
                thu-dien-tu: {amount:du-an item=thu-dien-tu}
                thu-dien-tu 2012-2015: {amount:du-an item=thu-dien-tu phase=2012-2015}
                thu-dien-tu 2016-2020 tw: {amount:du-an item=thu-dien-tu phase=2016-2020 source=tw}
                vbqppl: {amount:du-an item=vbqppl}"""));
    }

    /** Items only: a group's unallocated money is not an item. Objectives and tasks count their items. */
    @Test
    void counts(@TempDir Path dir) {
        assertEquals("""
                du-an: 4
                ud-cq: 2
                co-che: 1
                ha-tang: 1
                kinh-phi: 1
                muc-tieu-2020: 2
                nhiem-vu: 3""", print(dir, """
                du-an: {count:du-an}
                ud-cq: {count:du-an group=ud-cq}
                co-che: {count:du-an group=co-che}
                ha-tang: {count:du-an group=ha-tang}
                kinh-phi: {count:kinh-phi}
                muc-tieu-2020: {count:muc-tieu-2020}
                nhiem-vu: {count:nhiem-vu}"""));
    }

    @Test
    void mentionsInATitleAreResolvedToo(@TempDir Path dir) {
        String yaml = DECISION + """
                plan:
                  sections:
                    - id: du-an-phe-duyet
                      title: "Phê duyệt {count:du-an} dự án, tổng {amount:du-an unit=\\"triệu đồng\\"}"
                """ + SHOWN + BUDGETS;
        ResolvedPlan plan = resolveClean(dir, yaml);
        assertEquals("Phê duyệt 4 dự án, tổng 724.900 triệu đồng", section(plan, "du-an-phe-duyet").title().plain());
    }

    /** The site index shows the first budget's total (no budget is shown in an appendix here). */
    @Test
    void documentInfoCarriesTheFundingTotal(@TempDir Path dir) {
        ResolvedPlan plan = plan(dir, "x");
        assertEquals("724,90 tỷ đồng", plan.info().funding().text().orElse(""));
        assertEquals(java.util.Optional.of(new java.math.BigDecimal("724.90")), plan.info().funding().amount());
        assertEquals(java.util.Optional.of("tỷ đồng"), plan.info().funding().unit());
        assertEquals(java.util.Optional.of(new java.math.BigDecimal("724900000000.00")), plan.info().funding().dong(),
                "the total in đồng, which the site compares plans kept in different units by");
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agency view as a finance officer reads it: an agency's money is given plan by plan, never added
 * across plans; a row led jointly is counted whole for each lead and marked as such; and the page
 * says how its totals are counted. Two plans of one register (fixtures/quang-nam-2026, and a copy of
 * it with another number and year in which one row is led jointly), built by the CLI, the page read back.
 */
class AgencyTotalsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");

    @TempDir
    Path dir;

    @Test
    void moneyIsGivenPlanByPlanAndAJointLeadIsSaidToBeCountedWhole() throws IOException {
        Path content = dir.resolve("content");
        copy(FIXTURE, content.resolve("qn-stttt-2026"));
        Path second = content.resolve("qn-stttt-2027");
        copy(FIXTURE, second);
        Path plan = second.resolve("plan.yaml");
        String text = Files.readString(plan, StandardCharsets.UTF_8);
        text = replace(text, "  number: 215\n", "  number: 17\n");
        // Issued late in 2026 for 2027: a build refuses an issue date after today (s35).
        text = replace(text, "  date: 2026-03-12\n", "  date: 2026-11-20\n");
        text = replace(text, "năm 2026", "năm 2027");
        // The data centre: led by the Sở TT&TT and the Sở Nội vụ together.
        text = replace(text, "        title: Nâng cấp Trung tâm dữ liệu tỉnh\n        lead: Sở Thông tin và Truyền thông\n",
                "        title: Nâng cấp Trung tâm dữ liệu tỉnh\n        lead: Sở TT&TT, Sở Nội vụ\n");
        Files.writeString(plan, text, StandardCharsets.UTF_8);

        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        Document page = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8");

        String note = page.selectFirst(".agency-note").text();
        assertTrue(note.contains("riêng cho từng văn bản") && note.contains("Không cộng gộp giữa các văn bản"), note);
        assertTrue(note.contains("cùng chủ trì") && note.contains("được tính đủ, không chia"), note);
        // No total across plans anywhere: the list of agencies names them only.
        assertEquals(List.of(), page.select(".agency-list li").stream().map(Element::text)
                .filter(t -> t.contains("triệu đồng")).toList());

        Element tttt = page.getElementById("so-tttt");
        assertNotNull(tttt, page.select("section.agency").eachAttr("id").toString());
        // 2026: 4.500 + 1.200 + 800, led alone; 2027 the same rows, the data centre's 4.500 jointly. The
        // network's 800 is xã hội hóa money, the rest the province's: the total says it adds both sources.
        assertEquals(List.of("Văn bản", "Kinh phí chủ trì (triệu đồng)",
                "Trong đó: dự án, nhiệm vụ cùng chủ trì với cơ quan khác (triệu đồng, mỗi cơ quan tính đủ, không chia)", "Kinh phí chủ trì là tổng của"),
                tttt.select("table.agency-totals thead th").eachText());
        assertEquals(List.of(
                List.of("215/KH-STTTT ngày 12/03/2026", "6.500", "", "2 nguồn vốn: Ngân sách tỉnh; Xã hội hóa"),
                List.of("17/KH-STTTT ngày 20/11/2026", "6.500", "4.500", "2 nguồn vốn: Ngân sách tỉnh; Xã hội hóa")),
                rows(tttt.selectFirst("table.agency-totals")));
        Element noiVu = page.getElementById("so-noi-vu");
        // The Sở Nội vụ's rows hold the province's money only: no total is said to add sources together.
        assertEquals(List.of("Văn bản", "Kinh phí chủ trì (triệu đồng)",
                "Trong đó: dự án, nhiệm vụ cùng chủ trì với cơ quan khác (triệu đồng, mỗi cơ quan tính đủ, không chia)"),
                noiVu.select("table.agency-totals thead th").eachText());
        assertEquals(List.of(
                List.of("215/KH-STTTT ngày 12/03/2026", "350", ""),
                List.of("17/KH-STTTT ngày 20/11/2026", "4.850", "4.500")),
                rows(noiVu.selectFirst("table.agency-totals")));
        // The joint row says with whom, in each lead's list; a row led alone says "chủ trì".
        List<String> roles = tttt.select("table.index-table:not(.agency-totals) tbody tr").stream()
                .map(tr -> tr.select("td").get(0).text() + " | " + tr.select("td").get(1).text()).toList();
        assertTrue(roles.contains("17/KH-STTTT | cùng chủ trì với Sở Nội vụ"), roles.toString());
        assertTrue(roles.contains("215/KH-STTTT | chủ trì"), roles.toString());
        assertTrue(noiVu.text().contains("cùng chủ trì với Sở Thông tin và Truyền thông"), noiVu.text());
    }

    @Test
    void anAgencyWithoutJointRowsHasNoColumnForThem() throws IOException {
        Path content = dir.resolve("content");
        copy(FIXTURE, content.resolve("qn-stttt-2026"));
        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        Element totals = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8")
                .getElementById("so-tttt").selectFirst("table.agency-totals");
        assertEquals(List.of("Văn bản", "Kinh phí chủ trì (triệu đồng)", "Kinh phí chủ trì là tổng của"),
                totals.select("thead th").eachText());
        assertEquals(List.of(List.of("215/KH-STTTT ngày 12/03/2026", "6.500", "2 nguồn vốn: Ngân sách tỉnh; Xã hội hóa")),
                rows(totals));
    }

    /**
     * The flagship (content/ha-tinh-4086-2012) keeps its budget in tỷ đồng with two decimals: the view gives its
     * rows in triệu đồng like its totals, so each agency's rows add up, as printed, to the total beside them;
     * and a total whose rows hold money of several phases and sources says it adds them together.
     */
    @Test
    void aPlanInTyDongHasItsRowsInTheUnitOfItsTotals() throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content/ha-tinh-4086-2012"), content.resolve("ha-tinh-4086-2012"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        Document page = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8");
        // Each row with money also gives the figure as the document prints it, in tỷ đồng with two decimals (s27);
        // the view's own figures are read without it.
        List<String> asPrinted = page.select(".table-scroll td.cell-money .as-printed").eachText();
        assertTrue(!asPrinted.isEmpty() && asPrinted.stream().allMatch(t -> t.matches("\\(văn bản ghi \\d+,\\d{2} tỷ đồng\\)")),
                asPrinted.toString());
        page.select(".as-printed").remove();

        int checked = 0;
        for (Element agency : page.select("section.agency")) {
            Element rowsTable = agency.selectFirst(".table-scroll table");
            assertEquals("Kinh phí (triệu đồng)", rowsTable.select("thead th").last().text());
            Element totals = agency.selectFirst("table.agency-totals");
            if (totals == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<String> row : rows(rowsTable)) {
                if (!row.get(3).isEmpty()) {
                    sum = sum.add(vietnamese(row.get(3)));
                }
            }
            assertEquals(0, vietnamese(rows(totals).get(0).get(1)).compareTo(sum), agency.id());
            checked++;
        }
        assertTrue(checked > 5, "agencies with money: " + checked);

        Element tttt = page.getElementById("so-tttt");
        // Dự án số 2 is printed "4,00" tỷ đồng in the document.
        assertTrue(rows(tttt.selectFirst(".table-scroll table")).contains(List.of("4086/QĐ-UBND", "chủ trì",
                "dự án số 2: Hoàn thiện hệ thống quản lý VB, điều hành tác nghiệp trực tuyến và ứng dụng đến cấp xã",
                "4.000")), tttt.text());
        assertEquals(List.of(List.of("4086/QĐ-UBND ngày 28/12/2012", "439.200",
                        "3 nguồn vốn: NS TƯ; NS địa phương; Vốn khác 2 giai đoạn: 2012-2015 và 2016-2020")),
                rows(tttt.selectFirst("table.agency-totals")));
        String note = page.selectFirst(".agency-note").text();
        assertTrue(note.contains("tính bằng triệu đồng") && note.contains("cộng gộp các nguồn vốn, các giai đoạn"), note);
    }

    /** A figure as the Vietnamese chrome prints it: "." groups thousands, "," marks decimals. */
    private static BigDecimal vietnamese(String figure) {
        assertTrue(figure.matches("\\d{1,3}(\\.\\d{3})*(,\\d+)?"), "a figure in triệu đồng, Vietnamese form: " + figure);
        return new BigDecimal(figure.replace(".", "").replace(',', '.'));
    }

    /** Each body row's cells as the page shows them on a wide screen (the phone's card labels aside). */
    private static List<List<String>> rows(Element table) {
        table.select(".card-label").remove();
        return table.select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

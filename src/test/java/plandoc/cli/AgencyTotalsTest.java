package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        text = replace(text, "  date: 2026-03-12\n", "  date: 2027-01-20\n");
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
        assertTrue(note.contains("cùng chủ trì") && note.contains("cả dòng"), note);
        // No total across plans anywhere: the list of agencies names them only.
        assertEquals(List.of(), page.select(".agency-list li").stream().map(Element::text)
                .filter(t -> t.contains("triệu đồng")).toList());

        Element tttt = page.getElementById("so-tttt");
        assertNotNull(tttt, page.select("section.agency").eachAttr("id").toString());
        // 2026: 4.500 + 1.200 + 800, led alone; 2027 the same rows, the data centre's 4.500 jointly.
        assertEquals(List.of(
                List.of("215/KH-STTTT ngày 12/03/2026", "6.500 triệu đồng", ""),
                List.of("17/KH-STTTT ngày 20/01/2027", "6.500 triệu đồng", "4.500 triệu đồng")),
                rows(tttt.selectFirst("table.agency-totals")));
        Element noiVu = page.getElementById("so-noi-vu");
        assertEquals(List.of(
                List.of("215/KH-STTTT ngày 12/03/2026", "350 triệu đồng", ""),
                List.of("17/KH-STTTT ngày 20/01/2027", "4.850 triệu đồng", "4.500 triệu đồng")),
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
        assertEquals(List.of("Văn bản", "Kinh phí chủ trì"), totals.select("thead th").eachText());
        assertEquals(List.of(List.of("215/KH-STTTT ngày 12/03/2026", "6.500 triệu đồng")), rows(totals));
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

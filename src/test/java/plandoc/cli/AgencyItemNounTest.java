package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user review (session 12): the agency view called one plan's items "dự án số n" and "nhiệm vụ số
 * n" (Quyết định 424/2022: Phụ lục 01 without {@code labels.item}, beside tables of "nhiệm vụ"). A table
 * that does not name its items takes the noun the plan's other tables agree on — in the agency view and
 * in the document's own references alike. The fixture plan (fixtures/quang-nam-2026) with one of its two
 * budgets naming its items "nhiệm vụ", built by the CLI in both languages, the pages read back.
 */
class AgencyItemNounTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");

    @TempDir
    Path dir;

    @Test
    void aTableWithoutItsOwnNounTakesThePlansInTheAgencyViewAndTheDocument() throws IOException {
        Path plan = dir.resolve("content").resolve("qn-stttt-2026");
        Files.createDirectories(plan);
        for (String file : List.of("plan.yaml", "agencies.yaml")) {
            Files.copy(FIXTURE.resolve(file), plan.resolve(file));
        }
        String text = Files.readString(plan.resolve("plan.yaml"), StandardCharsets.UTF_8);
        String named = text.replace("  - id: kinh-phi-dao-tao\n    unit: triệu đồng\n    axes: [nguon]\n    columns: [lead]\n",
                "  - id: kinh-phi-dao-tao\n    unit: triệu đồng\n    axes: [nguon]\n    columns: [lead]\n"
                        + "    labels: { item: nhiệm vụ }\n")
                .replace("(xem {ref:nv-ha-tang})", "(xem {ref:nv-ha-tang}, {ref:tt-du-lieu})");
        assertTrue(!named.equals(text) && named.contains("{ref:tt-du-lieu}"), "the fixture changed under the test");
        Files.writeString(plan.resolve("plan.yaml"), named, StandardCharsets.UTF_8);

        for (String lang : List.of("vi", "en")) {
            Path site = dir.resolve("site-" + lang);
            Cli.Result build = Cli.run("--lang", lang, "build", "--content", dir.resolve("content").toString(),
                    "--out", site.toString(), "-j", "1");
            assertEquals(0, build.exit(), build.errText());
            Document agencies = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8");
            // Each row's link: "<label>: <title>"; the budget rows are the ones linking to an item's id.
            List<String> items = agencies.select("a[href*=#tt-du-lieu], a[href*=#mang-csd], a[href*=#tap-huan-cbcc], "
                    + "a[href*=#tap-huan-xa]").eachText();
            assertTrue(items.size() >= 4, lang + ": " + items);
            // Both budgets number their rows from 1, so the one in the appendix is named with it (AgencyRowPlaceTest);
            // an English page says the noun in English (s20).
            String label = lang.equals("vi") ? "nhiệm vụ số \\d+( Phụ lục)?" : "task \\d+( \\(Appendix\\))?";
            assertEquals(List.of(), items.stream().filter(item -> !item.matches(label))
                    .toList(), lang + ": every item of the plan is a nhiệm vụ");
            Document page = Jsoup.parse(site.resolve("qn-stttt-2026/index.html").toFile(), "UTF-8");
            assertTrue(page.text().matches("(?s).*\\(xem [^)]*nhiệm vụ số 1[^)]*\\).*"),
                    "the document's reference names it the same way");
            assertTrue(!page.text().contains("dự án số"), lang);
        }
    }
}

package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/**
 * The search box's example comes from the province's own site: a second province's portal suggested searching
 * for Hà Tĩnh's "424/QĐ-UBND" and "Sở Tài chính", documents it does not have (review, session 13).
 */
class SearchExampleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("id=\"search-query\"[^>]*? placeholder=\"([^\"]*)\"");

    @Test
    void theExampleIsThePlansNumberAndItsBusiestAgency(@TempDir Path temp) throws IOException {
        SampleSite site = new SampleSite(temp).withAgencyRegister().plan("ke-hoach-a", "ke-hoach");
        Path out = temp.resolve("site");
        List<PlanSource> sources = site.sources();
        BuildReport report = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()), ToolVersion.of("test"), 1)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, true, BuildProgress.SILENT);
        assertTrue(report.ok(), report.problems().toString());

        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(index);
        assertTrue(m.find(), "the search box has an example");
        String example = m.group(1);
        assertTrue(example.startsWith("Ví dụ: 01/KH-UBND, "), example);
        assertFalse(example.contains("424/QĐ-UBND") || example.contains("chuyển đổi số"), example);
        String agency = example.substring("Ví dụ: 01/KH-UBND, ".length());
        assertTrue(index.contains(">" + agency + "<") || Files.readString(out.resolve("co-quan/index.html"),
                StandardCharsets.UTF_8).contains(agency), "the example's agency is one the site lists: " + agency);
        // s36 review L2: a phone's box shows the number alone, which fits at 390 px (portal.js swaps it in).
        assertEquals("Ví dụ: 01/KH-UBND", org.jsoup.Jsoup.parse(index).getElementById("search-query")
                .attr("data-narrow-placeholder"));
    }

    @Test
    void theExampleIsTheNewestPlanWhicheverFolderComesFirst(@TempDir Path temp) throws IOException {
        // "a-…" sorts first but was issued earlier: the index lists "b-…" first, and so does the example.
        SampleSite site = new SampleSite(temp).withAgencyRegister().plan("a-ke-hoach", "ke-hoach");
        SampleSite.write(site.content.resolve("b-quyet-dinh").resolve("plan.yaml"),
                SampleSite.starter("quyet-dinh").replace("2026-01-05", "2026-02-01"));
        Path out = temp.resolve("site");
        List<PlanSource> sources = site.sources();
        BuildReport report = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()), ToolVersion.of("test"), 1)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, true, BuildProgress.SILENT);
        assertTrue(report.ok(), report.problems().toString());
        Matcher m = PLACEHOLDER.matcher(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(m.find());
        assertTrue(m.group(1).startsWith("Ví dụ: 01/QĐ-UBND"), m.group(1));
    }

    @Test
    void aSiteWithNoPublishedPlanSuggestsNothing() {
        assertEquals("", SitePages.searchExample(List.of()));
    }
}

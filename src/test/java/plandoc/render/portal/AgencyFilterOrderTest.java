package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.compute.AgencyDirectory;
import plandoc.render.SiteLinks;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;

/**
 * s20 tryout 9: the index's agency filter and the agency view listed the collective entries in two orders (the
 * browser's collation and the JDK's: "Các sở, ban, ngành cấp tỉnh" first in one, after "Các sở, ban, ngành, đoàn
 * thể khác" in the other). The search data now carries the names in the agency view's order, which the filter keeps.
 */
class AgencyFilterOrderTest {
    @Test
    void theFilterListsAgenciesAndCollectivesInTheAgencyViewsOrder() throws Exception {
        List<PlanSummary> plans = new ArrayList<>();
        List<ResolvedPlan> resolved = new ArrayList<>();
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            ResolvedPlan plan = outcome.resolved().orElseThrow();
            resolved.add(plan);
            plans.add(PlanSummaries.of(plan, SiteLinks.of(plan), List.of(), plandoc.build.PortalWording.WORDS));
        }
        String script = new String(new SearchData().write(plans).get(SearchData.FIRST_PAGE), StandardCharsets.UTF_8);
        JsonNode facets = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))
                .get("facets");
        List<String> collectives = new ArrayList<>();
        facets.get("ag").forEach(n -> collectives.add(n.asText()));
        List<String> agencies = new ArrayList<>();
        facets.get("a").forEach(n -> {
            if (!collectives.contains(n.asText())) {
                agencies.add(n.asText());
            }
        });

        List<AgencyPage> pages = new AgencyDirectory().build(resolved);
        assertEquals(pages.stream().filter(AgencyPage::group).map(AgencyPage::name).toList(), collectives);
        assertEquals(pages.stream().filter(p -> !p.group()).map(AgencyPage::name).distinct().toList(), agencies);
        assertTrue(collectives.indexOf("Các sở, ban, ngành cấp tỉnh") < collectives.indexOf("Các sở, ban, ngành, đoàn thể khác"),
                collectives.toString());
    }
}

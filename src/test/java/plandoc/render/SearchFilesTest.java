package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.render.portal.SearchData;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/** Issue 16: the site's search files are exactly those its index names, build after build. */
class SearchFilesTest {
    private static final String INDEX = "search/index.js";

    @TempDir
    Path temp;

    @Test
    void aChunkNoPlanNeedsAnyMoreLeavesTheSite() throws Exception {
        ResolvedPlan plan = FixturePlans.standalonePlan();
        DocumentInfo info = plan.info();
        // "Zalo": the only word under z, in a chunk of its own. (Another slug: in-memory plans are keyed by folder.)
        ResolvedPlan withZ = FixturePlans.printed(new DocumentInfo(info.slug() + "-zalo", info.numberSymbol(), info.date(), info.shortDate(),
                info.kindName(), info.title() + " qua Zalo", info.issuer(), info.fileStem(), info.funding()), plan.header(), plan.bases(), plan.proposalLine(), plan.enactingLine(),
                plan.articles(), plan.body(), plan.signature(), plan.recipients(), plan.appendices(), plan.toc(),
                plan.tables());
        Path site = temp.resolve("site");
        BuildReport first = Publishing.publish(List.of(withZ), TestRenderers.TEMPLATES, site);
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(named(site), files(site));
        assertTrue(files(site).contains("search/terms/z.js"), files(site).toString());

        BuildReport second = Publishing.publish(List.of(plan), TestRenderers.TEMPLATES, site);
        assertTrue(second.ok(), second.problems().toString());
        assertEquals(named(site), files(site), "no chunk left behind, none missing");
        assertFalse(Files.exists(site.resolve("search/terms/z.js")), "no plan says Zalo any more");
    }

    /** The chunk files the index names, and the index's own files. */
    private static Set<String> named(Path site) throws Exception {
        String script = Files.readString(site.resolve(INDEX), StandardCharsets.UTF_8);
        JsonNode index = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        Set<String> files = new TreeSet<>(Set.of(INDEX, SearchData.CATALOGUE, SearchData.FIRST_PAGE));
        index.get("chunks").forEach(path -> files.add(path.asText()));
        return files;
    }

    private static Set<String> files(Path site) throws Exception {
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

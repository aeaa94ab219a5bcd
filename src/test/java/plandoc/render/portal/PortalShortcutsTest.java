package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.render.SiteLinks;
import plandoc.resolved.ResolvedPlan;

/**
 * The site-wide files' shortcuts (issue 17) write what the general code wrote: the catalogue joined
 * row by row is the whole tree split at each row, a plain term is the string Jackson writes, and the
 * feed's ids are {@link UUID#nameUUIDFromBytes}'s.
 */
class PortalShortcutsTest {
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void theCatalogueIsTheWholeTreeSplitAtEachPlan() throws Exception {
        List<PlanSummary> plans = new ArrayList<>();
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            ResolvedPlan plan = outcome.resolved().orElseThrow();
            plans.add(PlanSummaries.of(plan, SiteLinks.of(plan), List.of(), plandoc.build.PortalWording.WORDS));
        }
        plans.addAll(plans); // more than one row a line apart, twice each
        String script = new String(new SearchData().write(plans).get(SearchData.CATALOGUE), StandardCharsets.UTF_8);
        String prefix = "window.PLANDOC_PLANS = ";
        String json = script.substring(prefix.length(), script.length() - ";\n".length());
        // As the catalogue was written before: the tree at once, then a line break before each plan.
        String whole = EXACT.writeValueAsString(EXACT.readTree(json)).replace("},{\"id\"", "},\n{\"id\"");
        assertEquals(prefix + SearchIndex.safe(whole) + ";\n", script);
        assertEquals(plans.size(), json.lines().count());
    }

    @Test
    void aTermIsWrittenAsJacksonWritesIt() throws Exception {
        SearchIndex index = new SearchIndex();
        for (String term : List.of("", "chuyen", "đổi", "a\"b", "a\\b", "tab\there", "x<y", "\u0001", "\u007f",
                "\u2028", "😀", "mũ")) {
            assertEquals(SearchIndex.safe(new ObjectMapper().writeValueAsString(term)), index.string(term), term);
        }
    }

    /** The feed's bytes are taken as the StAX writer made them: valid UTF-8, even from a lone surrogate. */
    @Test
    void theFeedIsValidUtf8AsWritten() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolveAll(Path.of("content")).get(0).resolved().orElseThrow();
        PlanSummary s = PlanSummaries.of(plan, SiteLinks.of(plan), List.of(), plandoc.build.PortalWording.WORDS);
        for (String title : List.of("Chuyển đổi số \uD83D\uDE00", "lẻ \uD800 giữa", "lẻ \uDC00", "cuối \uD800")) {
            PlanSummary odd = new PlanSummary(s.slug(), s.numberSymbol(), s.date(), s.shortDate(), s.kind(), title,
                    s.issuer(), s.agencies(), s.totalDong(), s.fundingLine(), s.links(), s.words(), s.changes(), s.tables(), plandoc.build.PortalWording.WORDS);
            byte[] feed = new AtomFeed().write(List.of(odd, s), java.util.Optional.empty());
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(feed)); // throws if not
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    new String(feed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), feed, title);
        }
    }

    @Test
    void feedIdsAreNameBasedUuids() {
        for (String name : List.of("", "plandoc:site", "plandoc:ha-tinh-4086-2012", "plandoc:kế-hoạch-042")) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            assertEquals(UUID.nameUUIDFromBytes(bytes), AtomFeed.nameUuid(bytes), name);
        }
    }
}

package plandoc.render.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.FixtureAccess;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanJsonTest {

    @TempDir
    Path images;

    private JsonNode json(ResolvedPlan plan) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return mapper.readTree(new PlanJson().write(plan));
    }

    @Test
    void writesFiguresAsExactJsonNumbers() throws IOException {
        JsonNode root = json(FixtureAccess.decision(images));
        assertTrue(root.path("document").path("fundingTotal").isNumber());
        assertEquals(0, new BigDecimal("724.90").compareTo(root.path("document").path("fundingTotal").decimalValue()));
        JsonNode budget = root.path("tables").get(0);
        assertEquals("kinh-phi", budget.path("id").asText());
        JsonNode groupRow = budget.path("rows").get(0);
        assertEquals("group", groupRow.path("kind").asText());
        assertTrue(groupRow.path("computed").asBoolean());
        JsonNode total = groupRow.path("cells").get(2);
        assertTrue(total.path("value").isNumber(), total.toString());
        assertEquals(0, new BigDecimal("412.50").compareTo(total.path("value").decimalValue()));
        assertTrue(total.path("computed").asBoolean());
        assertEquals("412,50", total.path("text").asText());
        JsonNode item = budget.path("rows").get(1);
        assertFalse(item.path("computed").asBoolean());
        assertTrue(item.path("cells").get(1).path("value").isNull());
    }

    @Test
    void keepsTrailingZerosOfTheExactValue() throws IOException {
        String text = new String(new PlanJson().write(FixtureAccess.decision(images)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"fundingTotal\" : 724.90,"), text.substring(0, 600));
    }

    @Test
    void keepsTheWholeDocumentWithTablesReferencedById() throws IOException {
        JsonNode root = json(FixtureAccess.decision(images));
        assertEquals(PlanJson.FORMAT, root.path("format").asText());
        assertEquals("4086/QĐ-UBND", root.path("document").path("numberSymbol").asText());
        assertEquals("2012-12-28", root.path("document").path("date").asText());
        assertEquals(2, root.path("articles").size());
        assertEquals(2, root.path("appendices").size());
        JsonNode appendixTable = root.path("appendices").get(1).path("blocks").get(0);
        assertEquals("table", appendixTable.path("kind").asText());
        assertEquals("du-an", appendixTable.path("table").asText());
        assertTrue(root.path("body").path("sections").get(1).path("blocks").get(0).path("markdown").asText().contains("[Phụ lục I](#pl-he-thong)"));
    }

    @Test
    void isTheSameBytesEveryTime() throws IOException {
        ResolvedPlan plan = FixtureAccess.decision(images);
        assertArrayEquals(new PlanJson().write(plan), new PlanJson().write(plan));
    }
}

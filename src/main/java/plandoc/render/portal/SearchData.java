package plandoc.render.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plandoc.render.html.DataFile;

/**
 * {@code search-data.js}: every published plan as the index's search reads it. A script that assigns
 * a global rather than a JSON file, because a page opened from {@code file://} may load scripts but
 * not fetch files; the same file serves the portal unchanged. Keys are short: the file grows with the
 * number of plans and is loaded by every visit to the index.
 *
 * <pre>
 * window.PLANDOC_SEARCH = {"format":"plandoc.search/1","plans":[{
 *   "id": slug, "n": number and symbol, "d": ISO date or "", "dt": printed date, "y": year or 0,
 *   "k": kind, "t": title, "i": issuer, "a": [agency names], "ai": [agency ids],
 *   "v": total in đồng as a number (sorting only) or null, "f": printed total,
 *   "u": page, "p": PDF, "j": JSON, "c": [[download href, label], …] (Word, Excel, CSVs), "x": the plan's distinct words
 * }, …]};
 * </pre>
 */
public final class SearchData {
    public static final String FILE = "search-data.js";
    public static final String FORMAT = "plandoc.search/1";
    static final String GLOBAL = "PLANDOC_SEARCH";

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public byte[] write(List<PlanSummary> plans) {
        ObjectNode root = nodes.objectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("plans");
        for (PlanSummary plan : plans) {
            ObjectNode node = list.addObject()
                    .put("id", plan.slug())
                    .put("n", plan.numberSymbol())
                    .put("d", plan.date().map(Object::toString).orElse(""))
                    .put("dt", plan.dateText())
                    .put("y", plan.date().map(d -> d.getYear()).orElse(0))
                    .put("k", plan.kind())
                    .put("t", plan.title())
                    .put("i", plan.issuer());
            ArrayNode names = node.putArray("a");
            ArrayNode ids = node.putArray("ai");
            for (PlanSummary.AgencyName agency : plan.agencies()) {
                names.add(agency.name());
                ids.add(agency.id());
            }
            if (plan.totalDong().isPresent()) {
                node.put("v", plan.totalDong().get().stripTrailingZeros());
            } else {
                node.putNull("v");
            }
            node.put("f", plan.fundingText())
                    .put("u", plan.links().page())
                    .put("p", plan.links().pdf())
                    .put("j", plan.links().json());
            ArrayNode csv = node.putArray("c");
            for (DataFile file : plan.links().csv()) {
                csv.addArray().add(file.href()).add(file.label());
            }
            node.put("x", plan.words());
        }
        try {
            // One plan a line: a diff between two builds shows which plans changed.
            // "<" only ever occurs inside JSON strings: as \u003c, no "</script>" in a title can end a script
            // element should the data ever be inlined in a page.
            String json = mapper.writeValueAsString(root).replace("},{\"id\"", "},\n{\"id\"")
                    .replace("<", "\\u003c");
            return ("window." + GLOBAL + " = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }
}

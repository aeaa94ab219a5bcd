package plandoc.render.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The full-text index of every published plan, built at build time in MiniSearch 7.2.0's own
 * serialised form (what {@code MiniSearch.loadJS} reads), so the browser never indexes 10,000 plans
 * itself. The terms are split into chunks by their first letters: a search loads only the chunks its
 * words need, on the first keystroke, never with the page.
 *
 * <pre>
 * search/index.js:      window.PLANDOC_INDEX = {"format": "plandoc.index/1", "fields": ["n","t","i","a","x"],
 *                         "documentCount": …, "fieldLength": [[per field, per plan in catalogue order]…],
 *                         "averageFieldLength": […], "chunks": {"ch": "search/terms/ch.js", …}};
 * search/terms/ch.js:   (window.PLANDOC_TERMS = window.PLANDOC_TERMS || {})["ch"] = [
 *                         [term, fieldId, [plan numbers as gaps], [counts] or 0 when all 1, fieldId, …], …];
 * </pre>
 * Plans are numbered in the catalogue's order ({@code search/plans.js}), MiniSearch's short ids. A
 * term's chunk is its first letter, or its first two when the letter's chunk would be large; a term of
 * one letter stays in the one-letter chunk.
 */
final class SearchIndex {
    static final String FILE = "search/index.js";
    static final String FORMAT = "plandoc.index/1";
    /** Number, title, issuer, agencies, full text: the fields' ids are their positions. */
    static final List<String> FIELDS = List.of("n", "t", "i", "a", "x");
    /** Postings above which a first letter's terms are split by their first two letters. */
    private static final int SPLIT_POSTINGS = 40_000;

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** @param plans in the catalogue's order */
    Map<String, byte[]> write(List<PlanSummary> plans) {
        int[][] fieldLength = new int[plans.size()][FIELDS.size()];
        double[] average = new double[FIELDS.size()];
        Map<String, Postings> postings = new HashMap<>();
        Map<String, String> folded = new HashMap<>(); // the same words recur in every plan: fold each once
        for (int doc = 0; doc < plans.size(); doc++) {
            List<String> values = values(plans.get(doc));
            for (int field = 0; field < FIELDS.size(); field++) {
                String[] tokens = SearchText.tokens(values.get(field));
                Set<String> unique = new HashSet<>(List.of(tokens));
                fieldLength[doc][field] = unique.size();
                // MiniSearch's running mean, the same operations in the same order: the same doubles.
                average[field] = (average[field] * doc + unique.size()) / (doc + 1);
                for (String token : tokens) {
                    String term = folded.computeIfAbsent(token, SearchText::fold);
                    if (!term.isEmpty()) {
                        postings.computeIfAbsent(term, t -> new Postings()).add(field, doc);
                    }
                }
            }
        }
        // Sorted, so the files are the same from build to build.
        TreeMap<String, Postings> sorted = new TreeMap<>(postings);
        Map<String, List<String>> chunks = chunks(sorted);
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode root = nodes.objectNode().put("format", FORMAT);
        ArrayNode fields = root.putArray("fields");
        FIELDS.forEach(fields::add);
        root.put("documentCount", plans.size());
        ArrayNode lengths = root.putArray("fieldLength");
        for (int[] doc : fieldLength) {
            ArrayNode row = lengths.addArray();
            for (int length : doc) {
                row.add(length);
            }
        }
        ArrayNode averages = root.putArray("averageFieldLength");
        for (double mean : average) {
            averages.add(mean);
        }
        ObjectNode manifest = root.putObject("chunks");
        for (Map.Entry<String, List<String>> chunk : chunks.entrySet()) {
            String path = "search/terms/" + fileName(chunk.getKey()) + ".js";
            manifest.put(chunk.getKey(), path);
            files.put(path, chunk(chunk.getKey(), chunk.getValue(), sorted));
        }
        files.put(FILE, script("window.PLANDOC_INDEX = ", root));
        return files;
    }

    /** One term's plans, field by field, in plan order (plans are indexed in order, so appending keeps it). */
    private static final class Postings {
        private final int[][] docs = new int[FIELDS.size()][];
        private final int[][] counts = new int[FIELDS.size()][];
        private final int[] size = new int[FIELDS.size()];

        void add(int field, int doc) {
            int n = size[field];
            if (n > 0 && docs[field][n - 1] == doc) {
                counts[field][n - 1]++;
                return;
            }
            if (docs[field] == null) {
                docs[field] = new int[4];
                counts[field] = new int[4];
            } else if (n == docs[field].length) {
                docs[field] = Arrays.copyOf(docs[field], n * 2);
                counts[field] = Arrays.copyOf(counts[field], n * 2);
            }
            docs[field][n] = doc;
            counts[field][n] = 1;
            size[field] = n + 1;
        }

        int total() {
            return Arrays.stream(size).sum();
        }
    }

    /** What MiniSearch indexes of a plan, field by field, as {@code portal.js} hands plans to it. */
    static List<String> values(PlanSummary plan) {
        List<String> agencies = plan.agencies().stream().map(PlanSummary.AgencyName::name).toList();
        return List.of(plan.numberSymbol(), plan.title(), plan.issuer(), String.join(" ", agencies), plan.words());
    }

    /** Chunk key -> its terms, in order. */
    private static Map<String, List<String>> chunks(TreeMap<String, Postings> postings) {
        Map<String, List<String>> byLetter = new TreeMap<>();
        Map<String, Integer> size = new TreeMap<>();
        for (Map.Entry<String, Postings> term : postings.entrySet()) {
            String letter = prefix(term.getKey(), 1);
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(term.getKey());
            size.merge(letter, term.getValue().total(), Integer::sum);
        }
        Map<String, List<String>> chunks = new TreeMap<>();
        for (Map.Entry<String, List<String>> letter : byLetter.entrySet()) {
            boolean split = size.get(letter.getKey()) > SPLIT_POSTINGS;
            for (String term : letter.getValue()) {
                chunks.computeIfAbsent(split ? prefix(term, 2) : letter.getKey(), k -> new ArrayList<>()).add(term);
            }
        }
        return chunks;
    }

    private static String prefix(String term, int letters) {
        int end = term.offsetByCodePoints(0, Math.min(letters, term.codePointCount(0, term.length())));
        return term.substring(0, end);
    }

    /** "ch" → "ch"; anything but a–z and 0–9 as its code point ("_1ea1"), so every name is safe on every disk. */
    static String fileName(String key) {
        StringBuilder name = new StringBuilder();
        key.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.appendCodePoint(c);
            } else {
                name.append('_').append(Integer.toHexString(c));
            }
        });
        return name.toString();
    }

    /** Written by hand rather than as a tree: a chunk holds up to millions of numbers. */
    private byte[] chunk(String key, List<String> terms, Map<String, Postings> postings) {
        StringBuilder js = new StringBuilder(1 << 16).append("(window.PLANDOC_TERMS = window.PLANDOC_TERMS || {})[")
                .append(string(key)).append("] = [");
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            Postings entry = postings.get(term);
            js.append(t == 0 ? "\n[" : ",\n[").append(string(term));
            for (int field = 0; field < FIELDS.size(); field++) {
                int n = entry.size[field];
                if (n == 0) {
                    continue;
                }
                js.append(',').append(field).append(",[");
                boolean allOnes = true;
                int previous = 0;
                for (int i = 0; i < n; i++) {
                    js.append(i == 0 ? "" : ",").append(entry.docs[field][i] - previous);
                    previous = entry.docs[field][i];
                    allOnes &= entry.counts[field][i] == 1;
                }
                js.append("],");
                if (allOnes) {
                    js.append('0');
                } else {
                    js.append('[');
                    for (int i = 0; i < n; i++) {
                        js.append(i == 0 ? "" : ",").append(entry.counts[field][i]);
                    }
                    js.append(']');
                }
            }
            js.append(']');
        }
        return js.append("];\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string, safe inside a script element. */
    String string(String text) {
        if (plain(text)) {
            return '"' + text + '"'; // what Jackson writes for it, without a generator per term (issue 17)
        }
        try {
            return safe(mapper.writeValueAsString(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a string always serialises
        }
    }

    private byte[] script(String assignment, ObjectNode root) {
        try {
            return (assignment + safe(mapper.writeValueAsString(root)) + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text JSON writes as it is between quotes: no control character, quote, backslash or "<". */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<') {
                return false;
            }
        }
        return true;
    }

    /** "<" only ever occurs inside JSON strings: as \u003c, nothing in a plan's text can end a script element. */
    static String safe(String json) {
        return json.replace("<", "\\u003c");
    }
}

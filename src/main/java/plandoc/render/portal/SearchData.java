package plandoc.render.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import plandoc.compute.AgencyOrder;
import plandoc.render.html.DataFile;

/**
 * The index's search data, in three layers so the index page stays small however many plans the
 * site holds (issue 16: 10,000 plans, first page ≤ 200 KB):
 * <ul>
 * <li>{@code search/first-page.js}, loaded with the page: the plan count, the filters' values and
 *     the first page of the list;</li>
 * <li>{@code search/plans.js}, the catalogue, loaded on the first search, filter or page turn: every
 *     plan's row, newest first (the list's order without a search);</li>
 * <li>{@code search/index.js} and {@code search/terms/*.js}, the full-text index ({@link SearchIndex}),
 *     loaded on the first search, and of the terms only the chunks a search needs.</li>
 * </ul>
 * Scripts that assign globals rather than JSON files, because a page opened from {@code file://}
 * may load scripts but not fetch files; the same files serve the portal unchanged. A plan's row:
 * <pre>
 * {"id": slug, "n": number and symbol, "d": ISO date or "", "dt": printed date, "y": year or 0,
 *  "k": kind, "t": title, "i": issuer, "a": [agency names, as the filter lists them], "ai": [agency ids],
 *  "v": total in đồng as a number (sorting only) or null, "f": printed total,
 *  "u": page, "p": PDF, "j": JSON, "c": [[download href, label(, table name)], …] (Word, Excel, CSVs),
 *  "st": a replaced or expired document's mark ("Đã bị thay thế"), absent for one in force,
 *  "ss": its status for the index's filter ("replaced", "expired"), absent for one in force,
 *  "rl": [[relation, page, citation(, day)], …] the document replacing it, those it replaces, the documents it amends or
 *        corrects and those amending or correcting it (page "" for a replaced document not on this site; relation
 *        "to-be-replaced-by", or "to-replace" on the replacing side, and the printed day it takes over for a
 *        replacement still to come)
 *        ("amended-by", "qd-sua-doi/index.html", "Quyết định số 1520/QĐ-UBND ngày 15/06/2026"), absent without any,
 *  "xf": the printed day an expiry still to come takes effect, absent without one}
 * </pre>
 */
public final class SearchData {
    public static final String FIRST_PAGE = "search/first-page.js";
    public static final String CATALOGUE = "search/plans.js";
    public static final String FORMAT = "plandoc.search/2";
    /** Rows on a page of the list; {@code index.ftlh} prints as many. */
    public static final int PAGE_SIZE = plandoc.render.html.IndexPage.PAGE_ROWS;

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    /**
     * The rows' printed totals ("f") by plan slug, as compute made them for the index page (in the chrome's
     * language); a plan not in it prints none.
     */
    private final Map<String, String> fundingMillions;
    /** The signed marks of plans whose PDF is digitally signed, by slug, in the chrome's language (compute's words). */
    private final Map<String, plandoc.resolved.SignedMark> signed;
    /** The marks of replaced or expired documents, by slug: the row says so, the document stays listed. */
    private final Map<String, plandoc.resolved.StandingMark> standings;
    /**
     * The agencies' names as the filter lists them, by register id (compute's {@code AgencyLabels}: a name two
     * registers share comes with its plans' issuers); an agency not in it by its register's name.
     */
    private final Map<String, String> agencyLabels;

    /** Search data whose rows print no totals (their sortable amounts "v" stay). */
    public SearchData() {
        this(Map.of());
    }

    public SearchData(Map<String, String> fundingMillions) {
        this(fundingMillions, Map.of());
    }

    /** @param signed the rows' signed marks ("sp": the PDF's link, "sn": who signed and when), by plan slug */
    public SearchData(Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed) {
        this(fundingMillions, signed, Map.of());
    }

    /** @param agencyLabels the agencies' names in the filter and the rows, by id (compute's words) */
    public SearchData(Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed,
                      Map<String, String> agencyLabels) {
        this(fundingMillions, signed, agencyLabels, Map.of());
    }

    /** @param standings the marks of replaced or expired documents ("st": the index's mark), by slug */
    public SearchData(Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed,
                      Map<String, String> agencyLabels, Map<String, plandoc.resolved.StandingMark> standings) {
        this.standings = Map.copyOf(standings);
        this.signed = Map.copyOf(signed);
        this.fundingMillions = Map.copyOf(fundingMillions);
        this.agencyLabels = Map.copyOf(agencyLabels);
    }

    /**
     * The agency's entry in the filter, which a row names it by: two provinces' "Sở Nội vụ" are two entries, and
     * choosing one finds that province's plans only (s24-province: one entry found both).
     */
    private String label(PlanSummary.AgencyName agency) {
        return agencyLabels.getOrDefault(agency.id(), agency.name());
    }

    /** Every search file by its path from the site root. */
    public Map<String, byte[]> write(List<PlanSummary> plans) {
        Map<String, byte[]> files = listing(plans);
        files.putAll(index(plans));
        return files;
    }

    /** The first page and the catalogue: the rows, which print each download's size (F8). */
    public Map<String, byte[]> listing(List<PlanSummary> plans) {
        List<PlanSummary> ordered = newestFirst(plans);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FIRST_PAGE, firstPage(ordered));
        files.put(CATALOGUE, catalogue(ordered));
        return files;
    }

    /** The word index's chunks: the plans' words, not their files' sizes. */
    public static Map<String, byte[]> index(List<PlanSummary> plans) {
        return new SearchIndex().write(newestFirst(plans));
    }

    /**
     * The list's order without a search: newest first, then by number; plans without a date last.
     * The browser keeps this order for ties, so the first page is the same before and after the
     * catalogue arrives.
     */
    public static List<PlanSummary> newestFirst(List<PlanSummary> plans) {
        return plans.stream().sorted(NEWEST_FIRST).toList();
    }

    /** {@link #newestFirst}'s order, for the index page, which prints the same first rows without JavaScript. */
    public static final Comparator<PlanSummary> NEWEST_FIRST = newestFirstOrder();

    private static Comparator<PlanSummary> newestFirstOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<PlanSummary> byDate = Comparator.comparing(p -> p.date().map(Object::toString).orElse(""));
        return byDate.reversed().thenComparing(PlanSummary::numberSymbol, collator).thenComparing(PlanSummary::slug);
    }

    private byte[] firstPage(List<PlanSummary> ordered) {
        ObjectNode root = nodes.objectNode().put("format", FORMAT).put("count", ordered.size()).put("pageSize", PAGE_SIZE);
        ObjectNode facets = root.putObject("facets");
        Set<Integer> years = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> issuers = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        Set<String> collectives = new LinkedHashSet<>();
        for (PlanSummary plan : ordered) {
            plan.date().ifPresent(d -> years.add(d.getYear()));
            kinds.add(plan.kind());
            issuers.add(plan.issuer());
            plan.agencies().forEach(a -> agencies.add(label(a)));
            plan.agencies().stream().filter(PlanSummary.AgencyName::group).forEach(a -> collectives.add(label(a)));
        }
        // The browser sorts years, kinds and issuers by its own Vietnamese collation.
        years.forEach(facets.putArray("y")::add);
        kinds.forEach(facets.putArray("k")::add);
        issuers.forEach(facets.putArray("i")::add);
        // Agencies come in the agency view's order (compute's AgencyOrder), which the filter keeps: one order on both.
        agencies.stream().sorted(AgencyOrder.names()).forEach(facets.putArray("a")::add);
        // Of those, the register's collective entries ("Các cơ quan liên quan"): listed after the agencies, apart.
        collectives.stream().sorted(AgencyOrder.names()).forEach(facets.putArray("ag")::add);
        ArrayNode rows = root.putArray("plans");
        ordered.stream().limit(PAGE_SIZE).forEach(plan -> rows.add(row(plan)));
        return script("PLANDOC_FIRST", root);
    }

    private ObjectNode row(PlanSummary plan) {
        ObjectNode node = nodes.objectNode()
                .put("id", plan.slug())
                .put("n", plandoc.compute.ListedNumber.of(plan.numberSymbol(), plan.kind()))
                .put("d", plan.date().map(Object::toString).orElse(""))
                .put("dt", plan.dateText())
                .put("y", plan.date().map(d -> d.getYear()).orElse(0))
                .put("k", plan.kind())
                .put("t", plan.title())
                .put("i", plan.issuer());
        ArrayNode names = node.putArray("a");
        ArrayNode ids = node.putArray("ai");
        for (PlanSummary.AgencyName agency : plan.agencies()) {
            names.add(label(agency));
            ids.add(agency.id());
        }
        if (plan.totalDong().isPresent()) {
            node.put("v", plan.totalDong().get().stripTrailingZeros());
        } else {
            node.putNull("v");
        }
        node.put("f", fundingMillions.getOrDefault(plan.slug(), ""))
                .put("u", plan.links().page())
                .put("p", plan.links().pdf())
                .put("j", plan.links().json());
        java.util.Optional.ofNullable(signed.get(plan.slug())).ifPresent(mark -> node.put("sp", mark.pdfLabel())
                .put("sn", mark.note()));
        java.util.Optional.ofNullable(standings.get(plan.slug())).ifPresent(mark -> standing(node, mark));
        // Each document and data file's size as the page prints it after its link (F8), by href; none before known.
        com.fasterxml.jackson.databind.node.ObjectNode sizes = nodes.objectNode();
        java.util.List<String> sized = new java.util.ArrayList<>(List.of(plan.links().pdf(), plan.links().json()));
        plan.links().csv().stream().filter(f -> !f.isTable()).forEach(f -> sized.add(f.href()));
        sized.forEach(href -> {
            String size = plan.links().sizeOf(href);
            if (!size.isEmpty()) {
                sizes.put(href, size);
            }
        });
        if (!sizes.isEmpty()) {
            node.set("z", sizes);
        }
        ArrayNode csv = node.putArray("c");
        for (DataFile file : plan.links().csv()) {
            // The table's name (third) lets the portal's script group the tables' files as the page does.
            ArrayNode link = csv.addArray().add(file.href()).add(file.label());
            if (file.isTable()) {
                link.add(file.table());
            }
        }
        return node;
    }

    /** A row's status mark and its links to the documents it amends or corrects, or that amend or correct it. */
    private static void standing(ObjectNode node, plandoc.resolved.StandingMark mark) {
        if (!mark.shortNote().isEmpty()) {
            node.put("st", mark.shortNote()).put("ss", mark.standing().status());
        }
        plandoc.resolved.Standing standing = mark.standing();
        // An expiry to come (in force till then): its day, said under the title as index.ftlh says it (s35).
        standing.expiredFrom().ifPresent(d -> node.put("xf", d.text()));
        if (!mark.related().isEmpty() || standing.replacedBy().isPresent() || !standing.replaces().isEmpty()) {
            // The replacing and replaced documents first, as index.ftlh lists them; "" for one not on this site.
            ArrayNode links = node.putArray("rl");
            // A replacement to come: its kind says so and its day comes fourth, as index.ftlh prints it.
            standing.replacedBy().ifPresent(c -> standing.replacedFrom().ifPresentOrElse(
                    d -> links.addArray().add("to-be-replaced-by").add(page(c)).add(c.citation()).add(d.text()),
                    () -> withDay(links.addArray().add("replaced-by").add(page(c)).add(c.citation()), standing.replacedSince())));
            // A replacement to come on the replacing side too: "will replace", its day fourth (s35).
            standing.replaces().forEach(c -> c.from().ifPresentOrElse(
                    d -> links.addArray().add("to-replace").add(page(c.document())).add(c.citation()).add(d.text()),
                    () -> withDay(links.addArray().add("replaces").add(page(c.document())).add(c.citation()), c.since())));
            mark.related().documents().forEach(d -> links.addArray().add(d.kind()).add(d.page()).add(d.citation()));
        }
    }

    /** A replacement that has come keeps the day replaced_from: wrote, fourth, as index.ftlh prints it (s35 H1). */
    private static void withDay(ArrayNode link, java.util.Optional<plandoc.resolved.Standing.Day> day) {
        day.ifPresent(d -> link.add(d.text()));
    }

    private static String page(plandoc.resolved.Standing.Cited cited) {
        return cited.slug().map(slug -> slug + "/index.html").orElse("");
    }

    /**
     * {@code {"format":…,"plans":[row,\nrow,…]}}: one plan a line, so a diff between two builds shows which
     * plans changed. The rows are written one by one and joined, rather than the whole tree written and
     * split again at each row's start (a pass over the whole catalogue, issue 17): the same bytes.
     */
    private byte[] catalogue(List<PlanSummary> ordered) {
        StringBuilder json = new StringBuilder(ordered.size() * 1024);
        json.append("{\"format\":").append(json(nodes.textNode(FORMAT))).append(",\"plans\":[");
        for (int i = 0; i < ordered.size(); i++) {
            json.append(i == 0 ? "" : ",\n").append(json(row(ordered.get(i))));
        }
        json.append("]}");
        return script("PLANDOC_PLANS", json.toString());
    }

    private byte[] script(String global, ObjectNode root) {
        return script(global, json(root));
    }

    private static byte[] script(String global, String json) {
        return ("window." + global + " = " + SearchIndex.safe(json) + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    private String json(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }
}

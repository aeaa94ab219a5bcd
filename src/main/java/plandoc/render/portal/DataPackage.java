package plandoc.render.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Folding;
import plandoc.model.DataLicence;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.OpenDataLabels;
import plandoc.resolved.Standing;

/**
 * {@code datapackage.json}: the site's open data as a Frictionless Data Package (v1). One tabular data
 * resource per tidy budget CSV of every published plan, each with its Table Schema (field types,
 * decimal point, the unit of its amounts), its source document (the plan's PDF), the licence and the
 * publishers (the plans' issuers); and each dated plan's e-document record ({@code <stem>.xml}) as a resource
 * with its media type. A validator or CKAN reads the CSVs typed from it.
 */
public final class DataPackage {
    public static final String FILE = "datapackage.json";
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer;
    private final OpenDataLabels labels;
    /** province.yaml's {@code data_licence:}: a grant of rights the province makes, never plandoc's default (s24 L2). */
    private Optional<DataLicence> licence = Optional.empty();

    /** @param labels the package's words and its columns' descriptions, as compute words them */
    public DataPackage(OpenDataLabels labels) {
        this.labels = labels;
        ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    /** This package under the licence the province chose; without one it names none. */
    public DataPackage licensed(Optional<DataLicence> chosen) {
        this.licence = chosen;
        return this;
    }

    public byte[] write(List<PlanSummary> plans) {
        return write(plans, Optional.empty());
    }

    /**
     * @param portal the portal's name ({@code content/province.yaml}): then it is the package's publisher
     *               and the plans' issuers its authors; without it the issuers are listed as publishers
     */
    public byte[] write(List<PlanSummary> plans, Optional<String> portal) {
        return write(plans, portal, java.util.Map.of());
    }

    /**
     * @param standings replaced or expired documents' marks, by slug: the plan's source says its {@code "status"}
     *                  ("replaced", "expired"), what replaced it and from which day it is not in force
     */
    public byte[] write(List<PlanSummary> plans, Optional<String> portal,
                        java.util.Map<String, plandoc.resolved.StandingMark> standings) {
        // "data-package", not "tabular-data-package": the e-document records (XML) are resources that are not tables.
        ObjectNode root = nodes.objectNode()
                .put("profile", "data-package")
                .put("name", "plandoc-open-data")
                .put("title", labels.title() + portal.map(p -> " — " + p).orElse(""))
                .put("description", labels.description());
        licence.ifPresent(l -> {
            ObjectNode entry = root.putArray("licenses").addObject();
            l.name().ifPresent(name -> entry.put("name", name));
            entry.put("path", l.path().toString());
            l.title().ifPresent(title -> entry.put("title", title));
        });
        Set<String> publishers = new LinkedHashSet<>();
        plans.forEach(plan -> publishers.add(plan.issuer()));
        ArrayNode contributors = root.putArray("contributors");
        portal.ifPresent(name -> contributors.addObject().put("title", name).put("role", "publisher"));
        String issuerRole = portal.isPresent() ? "author" : "publisher";
        publishers.forEach(name -> contributors.addObject().put("title", name).put("role", issuerRole));
        ArrayNode sources = root.putArray("sources");
        for (PlanSummary plan : plans) {
            // A document without tables is listed too when it stands with others (replaced, amending …): the links.
            if (!plan.tables().isEmpty() || standings.containsKey(plan.slug())) {
                sources.add(source(plan, standings));
            }
        }
        ArrayNode resources = root.putArray("resources");
        for (PlanSummary plan : plans) {
            for (PlanSummary.DataTable table : plan.tables()) {
                ObjectNode resource = resources.addObject()
                        .put("name", name(table.path()))
                        .put("path", table.path())
                        .put("profile", "tabular-data-resource")
                        .put("title", plan.labels().tableTitle(table.budget()))
                        .put("format", "csv")
                        .put("mediatype", "text/csv")
                        .put("encoding", "utf-8");
                resource.putObject("dialect").put("delimiter", ",").put("doubleQuote", true).put("lineTerminator", "\r\n")
                        .put("header", true);
                resource.putArray("sources").add(source(plan, standings));
                resource.set("schema", schema(table));
            }
            plan.links().record().ifPresent(record -> resources.addObject()
                    .put("name", name(record.href()))
                    .put("path", record.href())
                    .put("title", plan.labels().recordTitle())
                    .put("format", "xml")
                    .put("mediatype", "application/xml")
                    .put("encoding", "utf-8")
                    .set("sources", nodes.arrayNode().add(source(plan, standings))));
        }
        try {
            byte[] json = writer.writeValueAsBytes(root);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }

    /**
     * The plan's PDF as a source; when it is digitally signed, {@code "signatures"} names each signer as the
     * certificate does and the signing time (a legal reviewer's "is this the signed original?").
     */
    private ObjectNode source(PlanSummary plan, java.util.Map<String, plandoc.resolved.StandingMark> standings) {
        ObjectNode source = nodes.objectNode().put("title", plan.labels().source())
                .put("path", plan.links().pdf());
        if (!plan.signatures().isEmpty()) {
            ArrayNode signed = source.putArray("signatures");
            plan.signatures().forEach(s -> signed.addObject().put("signer", s.signer())
                    .put("signed", s.at().toOffsetDateTime().toString()));
        }
        Optional.ofNullable(standings.get(plan.slug())).ifPresent(mark -> {
            Standing s = mark.standing();
            if (!s.status().isEmpty()) {
                source.put("status", s.status());
            }
            s.replacedBy().ifPresent(c -> source.put("replacedBy", c.citation()));
            // The replacement's day: in force till then, or replaced since then when replaced_from: wrote it (s35 H1).
            s.replacementDay().ifPresent(d -> source.put("replacedFrom", d.iso()));
            s.expired().ifPresent(d -> source.put("expired", d.iso()));
            s.expiredFrom().ifPresent(d -> source.put("expiredFrom", d.iso())); // in force till then
            // The other documents of this site it stands with: what each is to it, its identity and its page.
            if (!mark.links().isEmpty()) {
                ArrayNode related = source.putArray("related");
                mark.links().forEach(l -> {
                    ObjectNode link = related.addObject().put("relation", l.relation()).put("citation", l.citation())
                            .put("path", l.page());
                    // The replacement's day on both sides, to come or written (s35 review M3): "from".
                    Optional<Standing.Day> day = switch (l.relation()) {
                        case "replaces" -> s.replaces().stream().filter(r -> r.slug().equals(Optional.of(l.slug())))
                                .findFirst().flatMap(Standing.Replaced::day);
                        case "replaced-by" -> s.replacementDay();
                        default -> Optional.empty();
                    };
                    day.ifPresent(d -> link.put("from", d.iso()));
                });
            }
        });
        return source;
    }

    /** The Table Schema of a tidy budget CSV ({@link TidyBudgetCsv#COLUMNS}). */
    private ObjectNode schema(PlanSummary.DataTable table) {
        ObjectNode schema = nodes.objectNode();
        ArrayNode fields = schema.putArray("fields");
        text(fields, "plan");
        text(fields, "budget");
        text(fields, "group_id");
        text(fields, "group_label");
        ObjectNode kind = text(fields, "row_kind");
        kind.putObject("constraints").putArray("enum").add("item").add("unallocated");
        text(fields, "item_id");
        text(fields, "item_title");
        text(fields, "lead_agency_ids");
        text(fields, "breakdown");
        text(fields, "member_ids");
        text(fields, "member_labels");
        ObjectNode amount = fields.addObject().put("name", "amount").put("type", "number")
                .put("description", labels.field("amount")).put("decimalChar", ".").put("groupChar", "")
                .put("unit", table.unit());
        amount.putObject("constraints").put("required", true);
        text(fields, "unit");
        bool(fields, "in_total");
        bool(fields, "computed");
        fields.addObject().put("name", "declared_total").put("type", "number").put("decimalChar", ".")
                .put("groupChar", "").put("unit", table.unit())
                .put("description", labels.field("declared_total"));
        bool(fields, "in_plan_total");
        schema.putArray("missingValues").add("");
        table.total().ifPresent(total -> schema.put("total", total));
        return schema;
    }

    private ObjectNode text(ArrayNode fields, String name) {
        return fields.addObject().put("name", name).put("type", "string").put("description", labels.field(name));
    }

    private void bool(ArrayNode fields, String name) {
        ObjectNode field = fields.addObject().put("name", name).put("type", "boolean").put("description", labels.field(name));
        field.putArray("trueValues").add("true");
        field.putArray("falseValues").add("false");
    }

    /** A resource name as the Data Package allows it: lower-case ASCII letters, digits, "-", "_", ".", "/". */
    static String name(String path) {
        return Folding.folded(path).replace(TidyBudgetCsv.SUFFIX, "").replaceAll("[^a-z0-9._/-]+", "-");
    }
}

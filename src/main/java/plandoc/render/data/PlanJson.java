package plandoc.render.data;

import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.edoc.ElectronicRecordXml;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.AppendixView;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ArticleView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.Block;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.HeaderView;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.InlineText;
import plandoc.resolved.NoteBlock;
import plandoc.resolved.ObjectiveData;
import plandoc.resolved.Period;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableView;
import plandoc.resolved.TextBlock;
import plandoc.resolved.TocEntry;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * {@code plan.json}: the computed document as open data. Keys follow the resolved records' component
 * names. Figures are JSON numbers carrying the exact decimal value compute produced (never the
 * rounded printed text), and every row and cell says whether it is a computed total. Text fields
 * hold plain text; Markdown fields keep their Markdown source. Tables appear once, under
 * {@code tables}; the blocks that print them refer to them by {@code id}.
 */
public final class PlanJson {

    /** Bumped when the shape changes incompatibly, so consumers can check what they read. */
    public static final String FORMAT = "plandoc.plan/2";
    /** Where the site publishes the JSON Schema of this file (see docs/format.md, "Dữ liệu mở"). */
    public static final String SCHEMA_PATH = "schema/plan-data.schema.json";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer;

    public PlanJson() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // "\n" everywhere, whatever the platform: the file must be byte-identical between builds.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    public byte[] write(ResolvedPlan plan) throws IOException {
        ObjectNode root = nodes.objectNode();
        root.put("format", FORMAT);
        root.put("$schema", "../" + SCHEMA_PATH);
        root.set("document", document(plan));
        root.set("header", header(plan.header()));
        root.set("bases", strings(plan.bases()));
        root.put("proposal", plan.proposal());
        root.put("enacting", plan.enacting());
        ArrayNode articles = root.putArray("articles");
        for (ArticleView article : plan.articles()) {
            ObjectNode node = articles.addObject()
                    .put("anchor", article.anchor())
                    .put("label", article.label());
            if (!article.title().isEmpty()) {
                node.put("title", article.title().plain());
            }
            node.put("markdown", article.text().source())
                    .put("includesPlan", article.includesPlan());
        }
        root.set("body", body(plan.body()));
        ObjectNode signature = root.putObject("signature");
        signature.set("authority", strings(plan.signature().authority()));
        signature.put("title", plan.signature().title());
        signature.put("name", plan.signature().name());
        root.set("recipients", texts(plan.recipients().lines()));
        ArrayNode appendices = root.putArray("appendices");
        plan.appendices().forEach(appendix -> appendices.add(appendix(appendix)));
        ArrayNode toc = root.putArray("toc");
        for (TocEntry entry : plan.toc()) {
            toc.addObject().put("level", entry.level()).put("label", entry.label()).put("anchor", entry.anchor());
        }
        ArrayNode tables = root.putArray("tables");
        plan.tables().forEach(table -> tables.add(table(table)));
        root.set("agencies", agencies(plan));
        ArrayNode budgets = root.putArray("budgets");
        plan.budgets().forEach(budget -> budgets.add(budget(budget)));
        ArrayNode objectives = root.putArray("objectives");
        plan.objectives().forEach(objective -> objectives.add(objective(objective)));
        byte[] json = writer.writeValueAsBytes(root);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    private ObjectNode document(ResolvedPlan plan) {
        DocumentInfo info = plan.info();
        ObjectNode node = nodes.objectNode()
                .put("slug", info.slug())
                .put("numberSymbol", info.numberSymbol())
                .put("date", info.date().map(Object::toString).orElse(null))
                .put("dateText", info.dateText())
                .put("kind", info.kindName())
                .put("title", info.title())
                .put("issuer", info.issuer())
                .put("fileStem", info.fileStem())
                // The e-document record published beside the PDF, so a reader of the data finds it.
                .put("record", ElectronicRecord.written(plan) ? ElectronicRecordXml.fileName(info.fileStem()) : null);
        // plan.json's format predates Funding: "" for a text or unit that is absent.
        node.set("fundingTotal", number(info.funding().amount().orElse(null)));
        node.put("fundingUnit", info.funding().unit().orElse(""));
        node.put("fundingText", info.funding().text().orElse(""));
        return node;
    }

    private ObjectNode header(HeaderView header) {
        return nodes.objectNode()
                .put("parentIssuer", header.parentIssuer())
                .put("issuer", header.issuer())
                .put("numberLine", header.numberLine())
                .put("placeDate", header.placeDate())
                .put("kind", header.kindHeading())
                .put("title", header.title());
    }

    private ObjectNode body(AttachedPlanView body) {
        ObjectNode node = nodes.objectNode()
                .put("attached", body.attached())
                .put("kind", body.kindHeading())
                .put("title", body.title().plain())
                .put("caption", body.caption());
        ArrayNode sections = node.putArray("sections");
        body.sections().forEach(section -> sections.add(section(section)));
        node.set("closing", blocks(body.closing()));
        return node;
    }

    private ObjectNode section(SectionView section) {
        ObjectNode node = nodes.objectNode()
                .put("anchor", section.anchor())
                .put("number", section.number())
                .put("style", section.style())
                .put("level", section.level())
                .put("title", section.title().plain());
        node.set("agencies", strings(section.agencies()));
        node.set("blocks", blocks(section.blocks()));
        return node;
    }

    private ObjectNode appendix(AppendixView appendix) {
        ObjectNode node = nodes.objectNode()
                .put("anchor", appendix.anchor())
                .put("heading", appendix.heading())
                .put("label", appendix.label())
                .put("title", appendix.title().plain())
                .put("caption", appendix.caption())
                .put("landscape", appendix.landscape());
        node.set("blocks", blocks(appendix.blocks()));
        return node;
    }

    private ArrayNode blocks(List<Block> blocks) {
        ArrayNode array = nodes.arrayNode();
        for (Block block : blocks) {
            ObjectNode node = array.addObject().put("kind", block.kind());
            if (block instanceof TextBlock text) {
                node.put("markdown", text.text().source());
            } else if (block instanceof TableBlock table) {
                node.put("table", table.table().id());
            } else if (block instanceof SectionBlock section) {
                node.set("section", section(section.section()));
            } else if (block instanceof ImageBlock image) {
                node.put("href", image.href()).put("alt", image.alt());
            } else if (block instanceof NoteBlock note) {
                node.put("text", note.text().plain()).put("role", note.role().id());
            }
        }
        return array;
    }

    private ObjectNode table(TableView table) {
        ObjectNode node = nodes.objectNode()
                .put("id", table.id())
                .put("kind", table.kind().id())
                .put("unitLine", table.unitLine())
                .put("wide", table.wide());
        ArrayNode columns = node.putArray("columns");
        for (ColumnView column : table.columns()) {
            columns.addObject().put("key", column.key()).put("role", column.role().id()).put("label", column.label());
        }
        ArrayNode header = node.putArray("header");
        for (List<HeaderCell> row : table.header()) {
            ArrayNode cells = header.addArray();
            for (HeaderCell cell : row) {
                cells.addObject().put("text", cell.text()).put("colspan", cell.colspan()).put("rowspan", cell.rowspan());
            }
        }
        ArrayNode rows = node.putArray("rows");
        java.util.Set<plandoc.resolved.CellRef> declared = new java.util.HashSet<>(table.sums().open().declared());
        for (int r = 0; r < table.rows().size(); r++) {
            RowView row = table.rows().get(r);
            ObjectNode rowNode = rows.addObject()
                    .put("kind", row.kind().id())
                    .put("anchor", row.anchor())
                    .put("computed", row.computed());
            ArrayNode cells = rowNode.putArray("cells");
            int column = 0;
            for (CellView cell : row.cells()) {
                ObjectNode cellNode = cells.addObject()
                        .put("role", cell.role().id())
                        .put("text", cell.plain());
                cellNode.set("value", number(cell.value().orElse(null))); // JSON null for text cells
                cellNode.put("computed", cell.computed()).put("colspan", cell.colspan());
                if (declared.contains(new plandoc.resolved.CellRef(r, column))) {
                    cellNode.put("declared", true); // the original's figure for a cell the items leave open
                }
                column += cell.colspan();
            }
        }
        node.set("notes", texts(table.notes()));
        return node;
    }

    /** The work the plan gives registered agencies, by register id (plandoc.plan/2). */
    private ArrayNode agencies(ResolvedPlan plan) {
        ArrayNode out = nodes.arrayNode();
        for (AgencyWork work : plan.agencyWork()) {
            ObjectNode node = out.addObject()
                    .put("agencyId", work.agencyId())
                    .put("agencyName", work.agencyName())
                    .put("role", work.role().id())
                    .put("label", work.label())
                    .put("title", work.title())
                    .put("anchor", work.anchor());
            node.set("amount", number(work.amount().orElse(null)));
            node.put("unit", work.unit());
        }
        return out;
    }

    /**
     * A budget as open data (plandoc.plan/2): ids, exact figures, the computed total next to the one the
     * published document printed, and each crossed cell with its status — never a bare null.
     */
    private ObjectNode budget(BudgetData budget) {
        ObjectNode node = nodes.objectNode()
                .put("id", budget.id())
                .put("unit", budget.unit())
                .put("summary", budget.summary());
        node.set("total", number(budget.total().orElse(null)));
        node.set("declaredTotal", number(budget.declared().orElse(null)));
        ArrayNode axes = node.putArray("axes");
        for (BudgetData.AxisData axis : budget.axes()) {
            ObjectNode a = axes.addObject().put("id", axis.id()).put("label", axis.label().orElse(""));
            ArrayNode members = a.putArray("members");
            axis.members().forEach(m -> members.addObject().put("id", m.id()).put("label", m.label())
                    .put("parent", m.parent().orElse("")).put("leaf", m.leaf()).set("period", period(m.period())));
        }
        ArrayNode rows = node.putArray("rows");
        for (BudgetData.Row row : budget.rows()) {
            ObjectNode r = rows.addObject()
                    .put("kind", row.kind().id())
                    .put("groupId", row.groupId().orElse(""))
                    .put("groupLabel", row.groupLabel().orElse(""))
                    .put("itemId", row.itemId().orElse(""))
                    .put("itemTitle", row.itemTitle().orElse(""));
            r.set("leadAgencyIds", strings(row.lead()));
            r.put("given", row.crossed() ? "cells" : "per-axis");
            r.set("total", number(row.total().orElse(null)));
            r.set("declaredTotal", number(row.declared().orElse(null)));
            ArrayNode cells = r.putArray("cells");
            for (BudgetData.Cell cell : row.cells()) {
                ObjectNode c = cells.addObject();
                c.set("members", strings(cell.members()));
                c.put("status", cell.status());
                if (cell.value().isPresent()) {
                    c.set("value", number(cell.value().get()));
                } else if (!cell.range().isEmpty()) {
                    ArrayNode range = c.putArray("range");
                    cell.range().forEach(bound -> range.add(number(bound)));
                }
            }
            ArrayNode shares = r.putArray("shares");
            row.shares().forEach(share -> shares.addObject().put("axis", share.axis()).put("member", share.member())
                    .set("value", number(share.value())));
        }
        return node;
    }

    /**
     * An indicator with its targets (issue 16): each target's milestone as typed and as years, its text
     * as printed, and the typed figure when there is one.
     */
    private ObjectNode objective(ObjectiveData objective) {
        ObjectNode node = nodes.objectNode()
                .put("table", objective.table())
                .put("group", objective.group().orElse(""))
                .put("id", objective.id())
                .put("indicator", objective.indicator())
                .put("note", objective.note().orElse(null));
        ArrayNode targets = node.putArray("targets");
        for (ObjectiveData.TargetData target : objective.targets()) {
            ObjectNode t = targets.addObject().put("year", target.year());
            t.set("period", period(target.period()));
            t.put("text", target.text());
            if (target.figure().isPresent()) {
                ObjectiveData.Figure figure = target.figure().get();
                ObjectNode f = t.putObject("target").put("comparator", figure.comparator());
                f.set("value", number(figure.value()));
                f.put("unit", figure.unit().orElse(null)).put("source", figure.declared() ? "declared" : "text");
            } else {
                t.putNull("target");
            }
        }
        return node;
    }

    private JsonNode period(java.util.Optional<Period> period) {
        return period.<JsonNode>map(p -> nodes.objectNode().put("from", p.from()).put("to", p.to()))
                .orElse(nodes.nullNode());
    }

    /** The exact decimal, trailing zeros kept ("724.90"), or null. */
    private JsonNode number(BigDecimal value) {
        return value == null ? nodes.nullNode() : DecimalNode.valueOf(value);
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private ArrayNode texts(List<InlineText> values) {
        ArrayNode array = nodes.arrayNode();
        values.forEach(value -> array.add(value.plain()));
        return array;
    }
}

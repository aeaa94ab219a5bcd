package plandoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.compute.AgencyDirectory;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableKind;

/**
 * What a province's edited template reads keeps reading as docs/format.md ("Templates") says, whatever Java type
 * holds it now: plan.info's funding fields (now read from its Funding) and a row's kind (now a RowKind) as text;
 * a table's kind, a column's and a cell's role, an agency's role and a note's role (enums since s19) likewise.
 */
class TemplateFieldsTest {
    @Test
    void typedFieldsReadAsTheTextTemplatesKnew() throws Exception {
        ResolvedPlan plan = flagship();
        Configuration cfg = templates();
        Template template = new Template("t", new StringReader("${info.fundingText}|${info.fundingUnit}|"
                + "${info.fundingTotal.get()?c}|<#list rows as row>${row.kind}<#if row.kind == \"grand\">!</#if> </#list>"), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("info", plan.info(), "rows", plan.tables().get(0).rows().subList(0, 1)), out);
        String first = plan.tables().get(0).rows().get(0).kind().id();
        assertEquals("724,90 tỷ đồng|tỷ đồng|724.9|" + first + " ", out.toString());

        StringWriter last = new StringWriter();
        var rows = plan.tables().stream().filter(t -> t.kind() == TableKind.BUDGET).findFirst().orElseThrow().rows();
        new Template("g", new StringReader("<#list rows as row><#if row.kind == \"grand\">row-${row.kind}</#if></#list>"), cfg)
                .process(Map.of("rows", rows), last);
        assertEquals("row-grand", last.toString(), "a kind compares with its word in a template");
    }

    @Test
    void rolesAndKindsReadAsTheirWords() throws Exception {
        ResolvedPlan plan = flagship();
        Configuration cfg = templates();
        // As partials/document.ftlh and agencies.ftlh write them: CSS classes, comparisons, a message key.
        Template template = new Template("t", new StringReader("table-${t.kind}|<#list t.columns as c>col-${c.role} </#list>|"
                + "<#list t.rows[0].cells as cell><#if cell.role == \"title\">T</#if>cell-${cell.role} </#list>|"
                + "${text[\"agencies.role.\" + work.role]}|note-${note.role}"), cfg);
        StringWriter out = new StringWriter();
        var table = plan.tables().stream().filter(t -> t.kind() == TableKind.BUDGET).findFirst().orElseThrow();
        var lead = plan.agencyWork().stream().filter(w -> w.role() == plandoc.resolved.AgencyRole.LEAD).findFirst()
                .orElseThrow();
        template.process(Map.of("t", table, "work", lead, "text", Map.of("agencies.role.chủ trì", "leads"),
                "note", new plandoc.resolved.NoteBlock(plandoc.resolved.InlineText.of("./."), plandoc.resolved.NoteRole.END)),
                out);
        String columns = table.columns().stream().map(c -> "col-" + c.role().id() + " ").reduce("", String::concat);
        String cells = table.rows().get(0).cells().stream()
                .map(c -> (c.role() == plandoc.resolved.CellRole.TITLE ? "T" : "") + "cell-" + c.role().id() + " ")
                .reduce("", String::concat);
        assertEquals("table-budget|" + columns + "|" + cells + "|leads|note-end", out.toString());
        assertTrue(columns.contains("col-money") && cells.contains("Tcell-title"), columns + cells);
    }

    /**
     * s20 made the document's absent texts Optional and named its printed kinds as labels (kindName, kindHeading):
     * the template fields of the old names read as before, "" when absent, so an edited template's
     * {@code ?has_content} and {@code ${plan.header.kind}} keep working.
     */
    @Test
    void absentTextsAndKindNamesReadAsTheTextTemplatesKnew() throws Exception {
        Generator generator = new Generator(Path.of("content"));
        ResolvedPlan issued = generator.resolve(Path.of("content", "ha-tinh-4086-2012")).resolved().orElseThrow();
        ResolvedPlan attached = generator.resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        Configuration cfg = templates();
        Template template = new Template("t", new StringReader("${p.info.kind}|${p.info.dateText}|${p.header.kind}|"
                + "[${p.header.draftMark}]|[${p.header.parentIssuer}]|${p.body.kind}|[${p.body.caption}]|"
                + "[${p.body.fileCaption}]|${p.body.caption?has_content?c}"), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("p", issued), out);
        assertEquals("Quyết định|28/12/2012|QUYẾT ĐỊNH|[]|[]|" + issued.body().kindHeading() + "|[]|[]|false",
                out.toString());
        StringWriter withPlan = new StringWriter();
        new Template("b", new StringReader("${p.body.kind}|${p.body.caption}|${p.body.caption?has_content?c}"), cfg)
                .process(Map.of("p", attached), withPlan);
        assertEquals("ĐỀ ÁN|" + attached.body().captionLine().orElseThrow() + "|true", withPlan.toString());

        // agencies.ftlh's fields: a lead alone has no co-leads; a task no amount; a plan no joint rows.
        List<AgencyPage> pages = new AgencyDirectory().build(List.of(issued));
        AgencyPage.Entry task = pages.stream().flatMap(p -> p.entries().stream())
                .filter(e -> e.amount().isEmpty() && e.coLeadNames().isEmpty()).findFirst().orElseThrow();
        AgencyPage.PlanTotal total = pages.stream().flatMap(p -> p.totals().stream())
                .filter(t -> t.joint().isEmpty() && !t.mixes().isEmpty()).findFirst().orElseThrow();
        AgencyPage.Mix mix = total.mixes().get(0);
        StringWriter agency = new StringWriter();
        new Template("a", new StringReader("[${e.coLeads}]${e.coLeads?has_content?c}[${e.amountText}]|"
                + "${t.planDateText}[${t.jointText}]${t.jointText?has_content?c}|[${m.axis}][${m.names}]"), cfg)
                .process(Map.of("e", task, "t", total, "m", mix), agency);
        assertEquals("[]false[]|28/12/2012[]false|[" + mix.axisName().orElse("") + "][" + mix.memberNames().orElse("")
                + "]", agency.toString());
    }

    /**
     * s21 made the last absent texts Optional (a row's id, a table's unit line, a section's number, the proposal
     * and enacting lines, the agency work's anchor, label and amount): their template fields read as before, ""
     * when absent, and {@code ?has_content} tells the two apart.
     */
    @Test
    void rowIdsUnitLinesAndNumbersReadAsTheTextTemplatesKnew() throws Exception {
        ResolvedPlan plan = flagship();
        Configuration cfg = templates();
        var rows = plan.tables().stream().flatMap(t -> t.rows().stream()).toList();
        var item = rows.stream().filter(r -> r.sourceId().isPresent()).findFirst().orElseThrow();
        var total = rows.stream().filter(r -> r.sourceId().isEmpty()).findFirst().orElseThrow();
        var budget = plan.tables().stream().filter(t -> t.printedUnit().isPresent()).findFirst().orElseThrow();
        var noUnit = plan.tables().stream().filter(t -> t.printedUnit().isEmpty()).findFirst().orElseThrow();
        var sections = sections(plan.body().sections());
        var numbered = sections.stream().filter(x -> x.printedNumber().isPresent()).findFirst().orElseThrow();
        var unnumbered = sections.stream().filter(x -> x.printedNumber().isEmpty()).findFirst().orElseThrow();
        var task = plan.agencyWork().stream().filter(w -> w.printedAmount().isEmpty()).findFirst().orElseThrow();
        var money = plan.agencyWork().stream().filter(w -> w.printedAmount().isPresent()).findFirst().orElseThrow();
        StringWriter out = new StringWriter();
        new Template("t", new StringReader("[${a.anchor}]${a.anchor?has_content?c}[${b.anchor}]${b.anchor?has_content?c}|"
                + "[${u.unitLine}][${v.unitLine}]${v.unitLine?has_content?c}|[${s.number}][${n.number}]"
                + "${n.number?has_content?c}|${p.enacting}|${p.proposal?has_content?c}|[${w.amountText}]"
                + "${w.amountText?has_content?c}[${m.amountText}][${m.anchor}][${m.label}]"), cfg)
                .process(Map.ofEntries(Map.entry("a", item), Map.entry("b", total), Map.entry("u", budget),
                        Map.entry("v", noUnit), Map.entry("s", numbered), Map.entry("n", unnumbered), Map.entry("p", plan),
                        Map.entry("w", task), Map.entry("m", money)), out);
        assertEquals("[" + item.sourceId().get() + "]true[]false|[" + budget.printedUnit().get() + "][]false|["
                + numbered.printedNumber().get() + "][]false|QUYẾT ĐỊNH:|true|[]false[" + money.printedAmount().get()
                + "][" + money.pageAnchor().get() + "][" + money.reference().get() + "]", out.toString());
    }

    private static List<plandoc.resolved.SectionView> sections(List<plandoc.resolved.SectionView> top) {
        List<plandoc.resolved.SectionView> out = new java.util.ArrayList<>();
        for (var section : top) {
            out.add(section);
            section.blocks().stream().filter(b -> b instanceof plandoc.resolved.SectionBlock)
                    .forEach(b -> out.addAll(sections(List.of(((plandoc.resolved.SectionBlock) b).section()))));
        }
        return out;
    }

    private static ResolvedPlan flagship() {
        return new Generator(Path.of("content")).resolve(Path.of("content", "ha-tinh-4086-2012")).resolved().orElseThrow();
    }

    /** Templates read the resolved records as the site's renderer wraps them. */
    private static Configuration templates() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(new RichObjectWrapper(Configuration.VERSION_2_3_35,
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
        return cfg;
    }
}

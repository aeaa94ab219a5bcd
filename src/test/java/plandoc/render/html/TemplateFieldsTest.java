package plandoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
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
        ResolvedPlan plan = new Generator(Path.of("content")).resolve(Path.of("content", "ha-tinh-4086-2012"))
                .resolved().orElseThrow();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(new RichObjectWrapper(Configuration.VERSION_2_3_35,
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
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
        ResolvedPlan plan = new Generator(Path.of("content")).resolve(Path.of("content", "ha-tinh-4086-2012"))
                .resolved().orElseThrow();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(new RichObjectWrapper(Configuration.VERSION_2_3_35,
                new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()))));
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
}

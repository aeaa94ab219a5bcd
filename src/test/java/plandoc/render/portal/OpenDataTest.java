package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.render.SiteLinks;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ResolvedPlan;

/**
 * The open data of the bundled plans: every tidy budget CSV read back with a CSV parser adds up to the
 * computed total; the site's datapackage.json validates against the Frictionless Tabular Data Package
 * profile; and Python's csv module, with no locale set, sums the CSVs to the same totals.
 */
class OpenDataTest {
    private static List<ResolvedPlan> plans;

    @TempDir
    Path site;

    @BeforeAll
    static void resolve() throws Exception {
        plans = new ArrayList<>();
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            plans.add(outcome.resolved().orElseThrow());
        }
    }

    /**
     * s28 review L6: each budget's amounts at one scale, its decimals: (4086's tỷ đồng with 2: "0.20" and "10.00" beside
     * "0.35", not "0.2" as the YAML was typed; 424's triệu đồng with none: "1000"), as the workbook and the as-printed
     * CSV print them.
     */
    @Test
    void eachBudgetsAmountsAreWrittenAtItsOwnScale() throws Exception {
        Map<String, String> scales = Map.of("ha-tinh-4086-2012", "\\d+\\.\\d{2}", "ha-tinh-424-2022", "\\d+");
        int checked = 0;
        for (ResolvedPlan plan : plans) {
            for (BudgetData budget : plan.budgets()) {
                for (Map<String, String> row : read(new TidyBudgetCsv().write(plan.info().slug(), budget))) {
                    assertTrue(row.get("amount").matches(scales.get(plan.info().slug())), budget.id() + ": " + row);
                    assertTrue(row.get("declared_total").isEmpty() || row.get("declared_total")
                            .matches(scales.get(plan.info().slug())), budget.id() + ": " + row);
                    checked++;
                }
            }
        }
        assertTrue(checked > 700, "rows " + checked);
        List<String> first = read(new TidyBudgetCsv().write("ha-tinh-4086-2012", plans.get(0).budgets().get(0))).stream()
                .filter(r -> r.get("item_id").equals("thu-dien-tu")).map(r -> r.get("amount")).toList();
        assertEquals(List.of("0.35", "1.35", "0.20", "0.80"), first.subList(0, 4));
    }

    @Test
    void tidyCsvsAddUpToTheComputedTotals() throws Exception {
        int budgets = 0;
        for (ResolvedPlan plan : plans) {
            for (BudgetData budget : plan.budgets()) {
                List<Map<String, String>> rows = read(new TidyBudgetCsv().write(plan.info().slug(), budget));
                assertFalse(rows.isEmpty(), budget.id());
                BigDecimal sum = BigDecimal.ZERO;
                for (Map<String, String> row : rows) {
                    assertEquals(TidyBudgetCsv.COLUMNS, List.copyOf(row.keySet()));
                    assertTrue(row.get("amount").matches("-?\\d+(\\.\\d+)?"), "a plain decimal: " + row);
                    assertTrue(row.get("declared_total").matches("(-?\\d+(\\.\\d+)?)?"), row.toString());
                    assertEquals(budget.unit(), row.get("unit"));
                    if (row.get("in_total").equals("true")) {
                        sum = sum.add(new BigDecimal(row.get("amount")));
                    }
                }
                assertEquals(0, sum.compareTo(budget.total().orElseThrow()),
                        plan.info().slug() + "/" + budget.id() + ": " + sum + " vs " + budget.total());
                budgets++;
            }
        }
        assertEquals(8, budgets, "4086 Phụ lục 3 and 424 PHỤ LỤC 01-07");
        // 4086 Phụ lục 3 is 724,90 tỷ đồng as the site index prints it.
        ResolvedPlan handbook = plans.get(0);
        assertEquals(0, handbook.info().funding().amount().orElseThrow().compareTo(handbook.budgets().get(0).total().orElseThrow()));
    }

    /**
     * s26 review H1: a summary in tỷ đồng over a budget in triệu đồng gave its rows the source item's declared total as
     * typed, 1.535,3, beside the row's total of 1,5353 in a file whose unit is tỷ đồng. A summary's rows declare
     * nothing (the figure is the source budget's, whose rows carry it in their unit), in plan.json and the tidy CSV.
     */
    @Test
    void aSummarysRowsCarryNoDeclaredTotalOfAnotherUnit() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("src/test/resources/fixtures/summary-over-split"))
                .resolved().orElseThrow();
        BudgetData source = plan.budgets().stream().filter(b -> b.id().equals("kp-chinh")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1535.3").compareTo(source.rows().get(0).declared().orElseThrow()),
                "the source budget's row keeps its own");
        BudgetData summary = plan.budgets().stream().filter(BudgetData::summary).findFirst().orElseThrow();
        assertEquals("tỷ đồng", summary.unit());
        assertEquals(0, new BigDecimal("1.5353").compareTo(summary.rows().get(0).total().orElseThrow()));
        for (BudgetData.Row row : summary.rows()) {
            assertTrue(row.declared().isEmpty(), row.toString());
        }
        for (Map<String, String> row : read(new TidyBudgetCsv().write(plan.info().slug(), summary))) {
            assertEquals("", row.get("declared_total"), row.toString());
        }
        JsonNode json = new ObjectMapper().readTree(new plandoc.render.data.PlanJson().write(plan));
        for (JsonNode budget : json.get("budgets")) {
            if (budget.get("id").asText().equals("tong-hop")) {
                for (JsonNode row : budget.get("rows")) {
                    assertTrue(row.get("declaredTotal").isNull(), row.toString());
                }
            }
        }
    }

    /**
     * s24 review M2: the index prints 424's total as 1.438.798 triệu đồng, its Đề án's summary; the rows of every file
     * marked in_total add up to 3.159.836 (Phụ lục 01, work already under way, and the summary itself counted too).
     * The rows marked in_plan_total, over all of a plan's files, give the index's figure.
     */
    @Test
    void rowsInThePlansTotalAddUpOverItsFilesToTheFigureTheIndexPrints() throws Exception {
        for (ResolvedPlan plan : plans) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BudgetData budget : plan.budgets()) {
                for (Map<String, String> row : read(new TidyBudgetCsv().write(plan.info().slug(), budget))) {
                    if (row.get("in_plan_total").equals("true")) {
                        assertEquals("true", row.get("in_total"), row.toString());
                        sum = sum.add(new BigDecimal(row.get("amount")));
                    }
                }
            }
            assertEquals(0, sum.compareTo(plan.info().funding().amount().orElseThrow()),
                    plan.info().slug() + ": " + sum + " vs " + plan.info().funding().amount());
        }
        assertEquals(0, new BigDecimal("1438798").compareTo(plans.get(1).info().funding().amount().orElseThrow()));
    }

    @Test
    void aRowGivenPerAxisIsListedPerAxisAndCountedOnce() throws Exception {
        ResolvedPlan digital = plans.get(1);
        boolean perAxis = false;
        for (BudgetData budget : digital.budgets()) {
            for (Map<String, String> row : read(new TidyBudgetCsv().write("x", budget))) {
                if (!row.get("breakdown").equals("cell")) {
                    perAxis = true;
                    boolean first = row.get("breakdown").equals(budget.axes().get(0).id());
                    assertEquals(Boolean.toString(first), row.get("in_total"), row.toString());
                }
            }
        }
        assertTrue(perAxis, "424 gives some projects by source and by year separately");
    }

    /**
     * s30 tryout F2: a replaced document's data stays in the package, its source saying it is replaced, by what and
     * from when it is no longer in force; a document in force says nothing of it.
     */
    @Test
    void aReplacedDocumentsSourceSaysSo() throws Exception {
        List<PlanSummary> summaries = new ArrayList<>();
        for (ResolvedPlan plan : plans) {
            summaries.add(PlanSummaries.of(plan, SiteLinks.of(plan), List.of(), plandoc.build.PortalWording.WORDS));
        }
        plandoc.resolved.Standing replaced = new plandoc.resolved.Standing(java.util.Optional.of(
                new plandoc.resolved.Standing.Cited(java.util.Optional.of("ha-tinh-424-2022"), "Quyết định số 424/QĐ-UBND ngày 18/02/2022")),
                java.util.Optional.of(new plandoc.resolved.Standing.Day("2022-02-18", "18/02/2022")), List.of());
        byte[] json = new DataPackage(plandoc.compute.PortalLabelling.openData()).write(summaries, java.util.Optional.empty(),
                java.util.Map.of("ha-tinh-4086-2012", plandoc.compute.StandingWording.of(replaced, "vi").orElseThrow()));
        JsonNode sources = new ObjectMapper().readTree(json).get("sources");
        JsonNode old = null;
        JsonNode current = null;
        for (JsonNode source : sources) {
            if (source.get("path").asText().startsWith("ha-tinh-4086-2012/")) {
                old = source;
            } else if (source.get("path").asText().startsWith("ha-tinh-424-2022/")) {
                current = source;
            }
        }
        assertEquals("replaced", old.get("status").asText());
        assertEquals("Quyết định số 424/QĐ-UBND ngày 18/02/2022", old.get("replacedBy").asText());
        assertEquals("2022-02-18", old.get("expired").asText());
        assertEquals(null, current.get("status"));
    }

    @Test
    void dataPackageValidatesAndPythonSumsItsCsvs() throws Exception {
        List<PlanSummary> summaries = new ArrayList<>();
        for (ResolvedPlan plan : plans) {
            summaries.add(PlanSummaries.of(plan, SiteLinks.of(plan), List.of(), plandoc.build.PortalWording.WORDS));
            for (BudgetData budget : plan.budgets()) {
                Path csv = site.resolve(plan.info().slug()).resolve(budget.id() + TidyBudgetCsv.SUFFIX);
                Files.createDirectories(csv.getParent());
                Files.write(csv, new TidyBudgetCsv().write(plan.info().slug(), budget));
            }
        }
        byte[] json = new DataPackage(plandoc.compute.PortalLabelling.openData()).write(summaries);
        Files.write(site.resolve(DataPackage.FILE), json);
        JsonNode dataPackage = new ObjectMapper().readTree(json);
        JsonSchema profile;
        try (InputStream in = getClass().getResourceAsStream("/schemas/frictionless/tabular-data-package.json")) {
            profile = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(new ObjectMapper().readTree(in));
        }
        // A Data Package whose tables are Tabular Data Resources, beside the e-document records (XML), which are
        // not tables: its tables alone, under the tabular profile, validate.
        assertEquals("data-package", dataPackage.get("profile").asText());
        com.fasterxml.jackson.databind.node.ObjectNode tabular = dataPackage.deepCopy();
        tabular.put("profile", "tabular-data-package");
        com.fasterxml.jackson.databind.node.ArrayNode tables = tabular.putArray("resources");
        List<String> records = new ArrayList<>();
        for (JsonNode resource : dataPackage.get("resources")) {
            if (resource.path("profile").asText().equals("tabular-data-resource")) {
                tables.add(resource);
            } else {
                assertEquals("application/xml", resource.get("mediatype").asText(), resource.toString());
                records.add(resource.get("path").asText());
            }
        }
        assertEquals(Set.of(), profile.validate(tabular));
        // The profile is strict enough to fail: a resource without a schema is not tabular.
        JsonNode broken = tabular.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("resources").get(0)).remove("schema");
        Set<ValidationMessage> problems = profile.validate(broken);
        assertFalse(problems.isEmpty());
        assertEquals(8, tables.size());
        assertEquals(List.of("ha-tinh-4086-2012/4086-QD-UBND.xml", "ha-tinh-424-2022/424-QD-UBND.xml"),
                records.stream().sorted().toList());
        for (JsonNode resource : tables) {
            assertTrue(Files.isRegularFile(site.resolve(resource.get("path").asText())), resource.toString());
        }

        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 is not installed here");
        String script = String.join("\n",
                "import csv, json, sys",
                "from decimal import Decimal",
                "package = json.load(open('datapackage.json', encoding='utf-8'))",
                "for resource in [r for r in package['resources'] if r.get('profile') == 'tabular-data-resource']:",
                "    with open(resource['path'], encoding='utf-8', newline='') as f:",
                "        total = sum(Decimal(r['amount']) for r in csv.DictReader(f) if r['in_total'] == 'true')",
                "    expected = Decimal(str(resource['schema']['total']))",
                "    print(resource['name'], total, 'ok' if total == expected else 'MISMATCH ' + str(expected))");
        ProcessBuilder run = new ProcessBuilder(python.toString(), "-c", script).directory(site.toFile())
                .redirectErrorStream(true);
        run.environment().keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANG") || key.equals("LANGUAGE"));
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(8, lines.size(), output);
        assertTrue(lines.stream().allMatch(l -> l.endsWith(" ok")), output);
        assertTrue(lines.contains("ha-tinh-4086-2012/du-an 724.90 ok"), output);
    }

    @Test
    void planJsonValidatesAgainstItsPublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/plandoc/plan-data.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in));
        }
        int undetermined = 0;
        for (ResolvedPlan plan : plans) {
            JsonNode json = new ObjectMapper().readTree(new plandoc.render.data.PlanJson().write(plan));
            assertEquals(Set.of(), schema.validate(json), plan.info().slug());
            for (JsonNode budget : json.get("budgets")) {
                for (JsonNode row : budget.get("rows")) {
                    for (JsonNode cell : row.get("cells")) {
                        if (cell.get("status").asText().equals("undetermined")) {
                            undetermined++;
                            assertEquals("per-axis", row.get("given").asText(), row.toString());
                        }
                    }
                }
            }
        }
        assertTrue(undetermined > 0, "424 gives projects by source and by year separately: crossed cells are open");
        // The schema holds the line: a crossed cell that is a bare null is refused.
        JsonNode json = new ObjectMapper().readTree(new plandoc.render.data.PlanJson().write(plans.get(0)));
        com.fasterxml.jackson.databind.node.ArrayNode cells = (com.fasterxml.jackson.databind.node.ArrayNode)
                json.get("budgets").get(0).get("rows").get(0).get("cells");
        cells.addNull();
        assertFalse(schema.validate(json).isEmpty());
        JsonNode lead = new ObjectMapper().readTree(new plandoc.render.data.PlanJson().write(plans.get(0)))
                .get("budgets").get(0).get("rows").get(0).get("leadAgencyIds");
        assertTrue(lead.size() >= 1 && !lead.get(0).asText().contains(" "), "register ids, not printed names: " + lead);
    }

    /** Issue 16: objectives with periods parsed and typed targets, the printed text kept; period axes' years. */
    @Test
    void planJsonTypesObjectiveTargetsAndPeriods() throws Exception {
        Map<String, JsonNode> targets = new java.util.HashMap<>();
        JsonNode phases = null;
        for (ResolvedPlan plan : plans) {
            JsonNode json = new ObjectMapper().readTree(new plandoc.render.data.PlanJson().write(plan));
            for (JsonNode objective : json.get("objectives")) {
                for (JsonNode target : objective.get("targets")) {
                    targets.put(objective.get("id").asText() + "@" + target.get("year").asText(), target);
                }
            }
            for (JsonNode budget : json.get("budgets")) {
                for (JsonNode axis : budget.get("axes")) {
                    if (axis.get("id").asText().equals("phase")) {
                        phases = axis.get("members");
                    }
                }
            }
        }
        // Declared by the source (value: 50, unit: "%"), comparator read from "tối thiểu", text kept.
        JsonNode fiveG = targets.get("mt-5g@2025");
        assertEquals("Phấn đấu đạt tối thiểu 50% địa bàn dân cư toàn tỉnh", fiveG.get("text").asText());
        assertEquals("{\"from\":2025,\"to\":2025}", fiveG.get("period").toString());
        assertEquals("{\"comparator\":\"gte\",\"value\":50,\"unit\":\"%\",\"source\":\"declared\"}",
                fiveG.get("target").toString());
        // Read from the text alone.
        JsonNode documents = targets.get("van-ban-dien-tu@2020");
        assertEquals("100% văn bản các cấp", documents.get("text").asText());
        assertEquals("{\"comparator\":\"eq\",\"value\":100,\"unit\":\"%\",\"source\":\"text\"}",
                documents.get("target").toString());
        // Two figures in one text, or none: no typed target, the text stays.
        assertTrue(targets.get("van-ban-dien-tu@2015").get("target").isNull());
        assertTrue(targets.get("mt-hoi-nghi-truc-tuyen@2025").get("target").isNull());
        assertTrue(phases != null, "4086's budget has a phase axis");
        assertEquals("{\"from\":2012,\"to\":2015}", phases.get(0).get("period").toString());
        assertEquals("{\"from\":2016,\"to\":2020}", phases.get(1).get("period").toString());
    }

    private static List<Map<String, String>> read(byte[] csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(csv)) {
            return rows.readAll();
        }
    }
}

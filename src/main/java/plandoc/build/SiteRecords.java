package plandoc.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.render.html.DataFile;
import plandoc.render.html.PlanLinks;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.DocumentInfo;

/**
 * Writes and reads {@link SiteRecord}s as JSON. Lossless on purpose: amounts keep their scale (written
 * as text), dates and commit times their zone, so a record read back equals the one written and the
 * pages assembled from it are byte for byte those assembled from the plan. A missing, unreadable or
 * foreign record reads as empty: the plan is then checked and rendered again.
 */
public final class SiteRecords {
    /** The records' folder, from the site root. */
    public static final String FOLDER = ".plandoc/records";
    static final String FORMAT = "plandoc.record/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SiteRecords() {
    }

    /** The record of {@code slug} in the site {@code outDir}, if there is a readable one. */
    public static Optional<SiteRecord> read(Path outDir, String slug) {
        Path file = outDir.resolve(SiteRecord.path(slug));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readAllBytes(file)).filter(r -> r.slug().equals(slug));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Optional<SiteRecord> parse(byte[] bytes) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (!FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            return Optional.of(record(root));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static byte[] bytes(SiteRecord record) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("slug", record.slug());
        root.put("key", record.key());
        root.put("folder", record.folder());
        info(root.putObject("info"), record.info());
        summary(root.putObject("summary"), record.summary());
        ArrayNode work = root.putArray("agencyWork");
        record.agencyWork().forEach(w -> work(work.addObject(), w));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : record.problems()) {
            ObjectNode node = problems.addObject();
            node.put("severity", p.severity().name());
            node.put("file", p.at().file());
            node.put("line", p.at().line());
            node.put("column", p.at().column());
            node.put("key", p.message().key());
            ArrayNode args = node.putArray("args");
            p.message().args().forEach(args::add);
        }
        ArrayNode files = root.putArray("files");
        record.files().forEach(f -> files.addObject().put("name", f.name()).put("size", f.size()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    // Writing

    private static void info(ObjectNode node, DocumentInfo info) {
        node.put("slug", info.slug());
        node.put("numberSymbol", info.numberSymbol());
        node.put("date", info.date().map(LocalDate::toString).orElse(null));
        node.put("dateText", info.dateText());
        node.put("kind", info.kind());
        node.put("title", info.title());
        node.put("issuer", info.issuer());
        node.put("fileStem", info.fileStem());
        node.put("fundingTotal", decimal(info.fundingTotal().orElse(null)));
        node.put("fundingUnit", info.fundingUnit());
        node.put("fundingText", info.fundingText());
        node.put("issuerCode", info.issuerCode());
    }

    private static void summary(ObjectNode node, PlanSummary s) {
        node.put("slug", s.slug());
        node.put("numberSymbol", s.numberSymbol());
        node.put("date", s.date().map(LocalDate::toString).orElse(null));
        node.put("dateText", s.dateText());
        node.put("kind", s.kind());
        node.put("title", s.title());
        node.put("issuer", s.issuer());
        ArrayNode agencies = node.putArray("agencies");
        s.agencies().forEach(a -> agencies.addObject().put("id", a.id()).put("name", a.name()));
        node.put("totalDong", s.totalDong().map(BigDecimal::toString).orElse(null));
        node.put("fundingText", s.fundingText());
        links(node.putObject("links"), s.links());
        node.put("words", s.words());
        ArrayNode changes = node.putArray("changes");
        s.changes().forEach(c -> changes.addObject().put("commit", c.commit()).put("when", c.when().toString())
                .put("message", c.message()));
        ArrayNode tables = node.putArray("tables");
        s.tables().forEach(t -> tables.addObject().put("path", t.path()).put("budget", t.budget())
                .put("title", t.title()).put("unit", t.unit()).put("total", t.total().map(BigDecimal::toString).orElse(null)));
    }

    private static void links(ObjectNode node, PlanLinks links) {
        node.put("page", links.page());
        node.put("pdf", links.pdf());
        node.put("json", links.json());
        ArrayNode csv = node.putArray("csv");
        links.csv().forEach(f -> csv.addObject().put("href", f.href()).put("label", f.label()).put("table", f.table()));
    }

    private static void work(ObjectNode node, AgencyWork w) {
        node.put("agencyId", w.agencyId());
        node.put("agencyName", w.agencyName());
        node.put("group", w.group());
        node.put("role", w.role());
        node.put("label", w.label());
        node.put("title", w.title());
        node.put("anchor", w.anchor());
        node.put("amount", decimal(w.amount().orElse(null)));
        node.put("unit", w.unit());
        node.put("amountText", w.amountText());
    }

    /** Text, not a JSON number: the scale (12.50 against 12.5) is part of the value. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    // Reading

    private static SiteRecord record(JsonNode root) {
        List<AgencyWork> work = list(root.path("agencyWork"), SiteRecords::work);
        List<Problem> problems = list(root.path("problems"), p -> new Problem(Severity.valueOf(p.path("severity").asText()),
                new SourcePosition(text(p, "file"), p.path("line").asInt(), p.path("column").asInt()),
                new Message(text(p, "key"), list(p.path("args"), JsonNode::asText))));
        List<BuildCache.OutputFile> files = list(root.path("files"),
                f -> new BuildCache.OutputFile(text(f, "name"), f.path("size").asLong(-1)));
        return new SiteRecord(text(root, "slug"), text(root, "key"), text(root, "folder"), info(root.path("info")),
                summary(root.path("summary")), work, problems, files);
    }

    private static DocumentInfo info(JsonNode n) {
        return new DocumentInfo(text(n, "slug"), text(n, "numberSymbol"),
                Optional.ofNullable(text(n, "date")).map(LocalDate::parse), text(n, "dateText"),
                text(n, "kind"), text(n, "title"), text(n, "issuer"), text(n, "fileStem"),
                Optional.ofNullable(text(n, "fundingTotal")).map(BigDecimal::new), text(n, "fundingUnit"),
                text(n, "fundingText"), text(n, "issuerCode"));
    }

    private static PlanSummary summary(JsonNode n) {
        JsonNode l = n.path("links");
        PlanLinks links = new PlanLinks(text(l, "page"), text(l, "pdf"), text(l, "json"),
                list(l.path("csv"), f -> new DataFile(text(f, "href"), text(f, "label"), f.path("table").asText(""))));
        return new PlanSummary(text(n, "slug"), text(n, "numberSymbol"),
                Optional.ofNullable(text(n, "date")).map(LocalDate::parse), text(n, "dateText"), text(n, "kind"),
                text(n, "title"), text(n, "issuer"),
                list(n.path("agencies"), a -> new PlanSummary.AgencyName(text(a, "id"), text(a, "name"))),
                Optional.ofNullable(text(n, "totalDong")).map(BigDecimal::new), text(n, "fundingText"), links,
                text(n, "words"),
                list(n.path("changes"), c -> new PlanSummary.Change(text(c, "commit"),
                        ZonedDateTime.parse(text(c, "when")), text(c, "message"))),
                list(n.path("tables"), t -> new PlanSummary.DataTable(text(t, "path"), text(t, "budget"),
                        text(t, "title"), text(t, "unit"), Optional.ofNullable(text(t, "total")).map(BigDecimal::new))));
    }

    private static AgencyWork work(JsonNode n) {
        return new AgencyWork(text(n, "agencyId"), text(n, "agencyName"), n.path("group").asBoolean(),
                text(n, "role"), text(n, "label"), text(n, "title"), text(n, "anchor"),
                Optional.ofNullable(text(n, "amount")).map(BigDecimal::new), text(n, "unit"),
                text(n, "amountText"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field); // a foreign record: read as none
        }
        return value.isNull() ? null : value.asText();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(n -> items.add(item.apply(n)));
        return items;
    }
}

package plandoc.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.compute.FundingTotals;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.history.SourceVersion;
import plandoc.history.TimeText;
import plandoc.model.Unit;
import plandoc.publish.StateFolder;
import plandoc.render.html.DataFile;
import plandoc.render.html.PlanLinks;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.AgencyRole;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.AxisKind;
import plandoc.resolved.Citation;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Standing;
import plandoc.resolved.Funding;

/**
 * Writes and reads {@link SiteRecord}s as JSON. Lossless on purpose: amounts keep their scale (written
 * as text), dates and commit times their zone, so a record read back equals the one written and the
 * pages assembled from it are byte for byte those assembled from the plan. A missing, unreadable or
 * foreign record reads as empty: the plan is then checked and rendered again.
 */
public final class SiteRecords {
    /** The records' folder, from the site root. */
    public static final String FOLDER = StateFolder.PREFIX + "records";
    /**
     * The format this plandoc writes, a number in {@code "plandoc.record/N"}. Raised whenever a record made from the
     * same sources would hold something else: a field added, or a figure the site pages show (a total, an agency's
     * work) computed otherwise. A record of a lower number says what an older plandoc computed
     * ({@link SiteRecord#current()}); README, "After an upgrade of plandoc", lists the formats.
     */
    static final int CURRENT = 4;
    static final String FORMAT = name(CURRENT);
    /**
     * The oldest format read. Older records are read, not dropped: a site's records hold the old file names it keeps
     * (dropping them would break published links), and a one-plan build lists the other plans from them (a plan
     * without one would be taken out of the site). Formats 1 and 2 have no total in đồng, worked out from the unit
     * they name; format 1 no split of an agency's money by source or year (read as none).
     */
    private static final int OLDEST = 1;
    private static final String PREFIX = "plandoc.record/";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SiteRecords() {
    }

    /** The record of {@code slug} in the site {@code outDir}, if there is a readable one. */
    public static Optional<SiteRecord> read(Path outDir, String slug) {
        Path file = StateFolder.resolve(outDir, SiteRecord.path(slug));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readAllBytes(file)).filter(r -> r.slug().equals(slug));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The number of an issued document the site {@code outDir} publishes, if it publishes one: a drafts folder never
     * holds one (a draft build takes issued documents off it), so such a folder is a portal's site, whatever its name
     * (s33 review H1: {@code build --draft --out} a published site took its issued decision off and deleted the
     * versions it had replaced).
     */
    public static Optional<String> issuedIn(Path outDir) {
        if (!Files.isRegularFile(StateFolder.resolve(outDir, BuildCache.FILE))) {
            return Optional.empty();
        }
        return BuildCache.read(outDir).planSlugs().stream().sorted()
                .flatMap(slug -> read(outDir, slug).stream())
                .map(SiteRecord::info)
                .filter(info -> info.date().isPresent() && !info.fileStem().startsWith("du-thao-"))
                .map(plandoc.resolved.DocumentInfo::numberSymbol).findFirst();
    }

    public static Optional<SiteRecord> parse(byte[] bytes) {
        try (JsonParser parser = JsonFields.open(bytes)) {
            return record(parser);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static byte[] bytes(SiteRecord record) {
        ObjectNode root = MAPPER.createObjectNode();
        // An older record written again (its old names dropped, signed sizes taken) still says what computed it.
        root.put("format", name(record.format()));
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
        record.version().ifPresent(v -> root.putObject("version").put("commit", v.commitId()).put("dirty", v.dirty()));
        if (!record.aliases().isEmpty()) {
            ArrayNode aliases = root.putArray("aliases");
            record.aliases().forEach((name, of) -> aliases.addObject().put("name", name).put("of", of));
        }
        if (!record.archived().isEmpty()) {
            ArrayNode archived = root.putArray("archived");
            record.archived().forEach(a -> archived.addObject().put("path", a.path())
                    .put("replaced", a.replaced().toString()).put("why", a.why().key()));
        }
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
        node.put("kind", info.kindName());
        node.put("title", info.title());
        node.put("issuer", info.issuer());
        node.put("fileStem", info.fileStem());
        node.put("fundingTotal", decimal(info.funding().amount().orElse(null)));
        node.put("fundingUnit", info.funding().unit().orElse(""));
        node.put("fundingText", info.funding().text().orElse(""));
        node.put("fundingDong", decimal(info.funding().dong().orElse(null)));
        node.put("issuerCode", info.issuerCode());
        if (!info.standing().isEmpty()) {
            standing(node.putObject("standing"), info.standing());
        }
        if (!info.related().isEmpty()) {
            ArrayNode related = node.putArray("related");
            info.related().documents().forEach(d -> related.addObject().put("relation", d.relation().key())
                    .put("slug", d.slug()).put("citation", d.citation()));
        }
        if (!info.cited().isEmpty()) {
            ArrayNode cited = node.putArray("cited");
            info.cited().links().forEach(l -> cited.addObject().put("citation", l.citation()).put("slug", l.slug()));
        }
    }

    private static void standing(ObjectNode node, Standing standing) {
        standing.replacedBy().ifPresent(c -> node.putObject("replacedBy").put("slug", c.folder())
                .put("citation", c.citation()));
        standing.replacedFrom().ifPresent(d -> node.putObject("replacedFrom").put("iso", d.iso()).put("text", d.text()));
        standing.replacedSince().ifPresent(d -> node.putObject("replacedSince").put("iso", d.iso()).put("text", d.text()));
        standing.expired().ifPresent(d -> node.putObject("expired").put("iso", d.iso()).put("text", d.text()));
        standing.expiredFrom().ifPresent(d -> node.putObject("expiredFrom").put("iso", d.iso()).put("text", d.text()));
        ArrayNode replaces = node.putArray("replaces");
        standing.replaces().forEach(c -> {
            ObjectNode replaced = replaces.addObject().put("slug", c.folder()).put("citation", c.citation());
            c.from().ifPresent(d -> replaced.putObject("from").put("iso", d.iso()).put("text", d.text()));
            c.since().ifPresent(d -> replaced.putObject("since").put("iso", d.iso()).put("text", d.text()));
        });
    }

    private static Standing standing(JsonParser parser) throws IOException {
        Standing[] read = {Standing.NONE};
        JsonFields.texts(parser, List.of(), (name, p) -> {
            Standing s = read[0];
            switch (name) {
                case "replacedBy" -> {
                    String[] c = JsonFields.texts(p, CITED);
                    read[0] = new Standing(Optional.of(new Standing.Cited(Optional.ofNullable(c[0]).filter(f -> !f.isEmpty()), c[1])), s.replacedFrom(), s.expired(), s.expiredFrom(), s.replaces(), s.replacedSince());
                }
                case "expired" -> {
                    String[] d = JsonFields.texts(p, List.of("iso", "text"));
                    read[0] = new Standing(s.replacedBy(), s.replacedFrom(), Optional.of(new Standing.Day(d[0], d[1])), s.expiredFrom(), s.replaces(), s.replacedSince());
                }
                case "replacedFrom" -> {
                    String[] d = JsonFields.texts(p, List.of("iso", "text"));
                    read[0] = new Standing(s.replacedBy(), Optional.of(new Standing.Day(d[0], d[1])), s.expired(), s.expiredFrom(), s.replaces(), s.replacedSince());
                }
                case "expiredFrom" -> {
                    String[] d = JsonFields.texts(p, List.of("iso", "text"));
                    read[0] = new Standing(s.replacedBy(), s.replacedFrom(), s.expired(), Optional.of(new Standing.Day(d[0], d[1])), s.replaces(), s.replacedSince());
                }
                case "replaces" -> read[0] = new Standing(s.replacedBy(), s.replacedFrom(), s.expired(), s.expiredFrom(),
                        JsonFields.list(p, SiteRecords::replaced), s.replacedSince());
                case "replacedSince" -> {
                    String[] d = JsonFields.texts(p, List.of("iso", "text"));
                    read[0] = s.since(Optional.of(new Standing.Day(d[0], d[1])));
                }
                default -> p.skipChildren();
            }
        });
        return read[0];
    }

    private static final List<String> CITED = List.of("slug", "citation");

    /** A document the plan replaces, with the day it does when that was still to come. */
    private static Standing.Replaced replaced(JsonParser parser) throws IOException {
        Optional<Standing.Day>[] from = new Optional[]{Optional.empty(), Optional.empty()};
        String[] c = JsonFields.texts(parser, CITED, (name, p) -> {
            if (name.equals("from") || name.equals("since")) {
                String[] d = JsonFields.texts(p, List.of("iso", "text"));
                from[name.equals("from") ? 0 : 1] = Optional.of(new Standing.Day(d[0], d[1]));
            } else {
                p.skipChildren();
            }
        });
        return new Standing.Replaced(new Standing.Cited(Optional.ofNullable(c[0]).filter(f -> !f.isEmpty()), c[1]), from[0], from[1]);
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
        s.agencies().forEach(a -> {
            ObjectNode agency = agencies.addObject().put("id", a.id()).put("name", a.name());
            if (a.group()) {
                agency.put("group", true);
            }
        });
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
        s.edited().ifPresent(at -> node.put("edited", at.toString()));
        if (!s.signatures().isEmpty()) {
            ArrayNode signed = node.putArray("signatures");
            s.signatures().forEach(g -> signed.addObject().put("signer", g.signer()).put("at", g.at().toString()));
        }
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
        node.put("role", w.role().id());
        node.put("label", w.label());
        node.put("title", w.title());
        node.put("anchor", w.anchor());
        node.put("amount", decimal(w.amount().orElse(null)));
        node.put("unit", w.unit());
        node.put("amountText", w.amountText());
        if (!w.splits().isEmpty()) {
            ArrayNode splits = node.putArray("splits");
            for (AgencyWork.Split split : w.splits()) {
                ObjectNode n = splits.addObject().put("kind", split.kind().id()).put("axis", split.axis());
                split.members().forEach(n.putArray("members")::add);
            }
        }
        if (!w.inPlanTotal()) {
            node.put("inPlanTotal", false);
        }
        if (!w.cite().isEmpty()) {
            steps(node.putArray("cite"), w.cite().steps());
            steps(node.putArray("citePlace"), w.cite().place());
        }
    }

    private static void steps(ArrayNode into, List<Citation.Step> steps) {
        // "" for an absent number or noun, as the record wrote them before the Optionals.
        steps.forEach(s -> into.addObject().put("part", s.part().id()).put("number", s.number().orElse(""))
                .put("noun", s.noun().orElse("")));
    }

    private static String name(int format) {
        return PREFIX + format;
    }

    /** The format number of {@code name}, or 0 when it is not one this plandoc reads. */
    private static int number(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return 0;
        }
        for (int n = OLDEST; n <= CURRENT; n++) {
            if (name.equals(name(n))) {
                return n;
            }
        }
        return 0;
    }

    /** Text, not a JSON number: the scale (12.50 against 12.5) is part of the value. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    // Reading: token by token, no tree (JsonFields; issue 17)

    private static final List<String> RECORD = List.of("format", "slug", "key", "folder");
    private static final List<String> INFO = List.of("slug", "numberSymbol", "date", "dateText", "kind", "title",
            "issuer", "fileStem", "fundingTotal", "fundingUnit", "fundingText", "issuerCode");
    private static final List<String> SUMMARY = List.of("slug", "numberSymbol", "date", "dateText", "kind", "title",
            "issuer", "totalDong", "fundingText", "words");
    private static final List<String> LINKS = List.of("page", "pdf", "json");
    private static final List<String> DOWNLOAD = List.of("href", "label");
    private static final List<String> AGENCY = List.of("id", "name");
    private static final List<String> CHANGE = List.of("commit", "when", "message");
    private static final List<String> SIGNATURE = List.of("signer", "at");
    private static final List<String> TABLE = List.of("path", "budget", "title", "unit", "total");
    private static final List<String> WORK = List.of("agencyId", "agencyName", "role", "label", "title", "anchor",
            "amount", "unit", "amountText");
    private static final List<String> SPLIT = List.of("kind", "axis");
    private static final List<String> STEP = List.of("part", "number", "noun");
    private static final List<String> VERSION = List.of("commit");
    private static final List<String> PROBLEM = List.of("severity", "file", "key");

    /** The record, or empty when it is of another format; throws when it is not a whole one. */
    private static Optional<SiteRecord> record(JsonParser parser) throws IOException {
        DocumentInfo[] info = new DocumentInfo[1];
        PlanSummary[] summary = new PlanSummary[1];
        List<AgencyWork> work = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<BuildCache.OutputFile> files = new ArrayList<>();
        List<SourceVersion> version = new ArrayList<>();
        java.util.SortedMap<String, String> aliases = new java.util.TreeMap<>();
        List<ArchivedVersion> archived = new ArrayList<>();
        String[] v = JsonFields.texts(parser, RECORD, (name, p) -> {
            switch (name) {
                case "version" -> version.add(version(p));
                case "info" -> info[0] = info(p);
                case "summary" -> summary[0] = summary(p);
                case "agencyWork" -> work.addAll(JsonFields.list(p, SiteRecords::work));
                case "problems" -> problems.addAll(JsonFields.list(p, SiteRecords::problem));
                case "files" -> files.addAll(JsonFields.list(p, BuildCache::file));
                case "aliases" -> JsonFields.list(p, SiteRecords::alias).forEach(a -> aliases.put(a[0], a[1]));
                case "archived" -> archived.addAll(JsonFields.list(p, SiteRecords::archived));
                default -> p.skipChildren();
            }
        });
        int format = number(v[0]);
        if (format == 0) {
            return Optional.empty();
        }
        if (info[0] == null || summary[0] == null) {
            throw new IOException("no info or summary"); // a foreign record: read as none
        }
        return Optional.of(new SiteRecord(v[1], v[2], v[3], info[0], summary[0], work, problems, files,
                version.stream().findFirst(), aliases, archived, format));
    }

    private static final List<String> ARCHIVED = List.of("path", "replaced", "why");

    private static ArchivedVersion archived(JsonParser parser) throws IOException {
        String[] a = JsonFields.texts(parser, ARCHIVED);
        return new ArchivedVersion(a[0], LocalDate.parse(a[1]), ArchivedVersion.Why.of(a[2]));
    }

    private static final List<String> ALIAS = List.of("name", "of");

    private static String[] alias(JsonParser parser) throws IOException {
        return JsonFields.texts(parser, ALIAS);
    }

    private static SourceVersion version(JsonParser parser) throws IOException {
        boolean[] dirty = {false};
        String[] v = JsonFields.texts(parser, VERSION, (name, p) -> {
            if (name.equals("dirty")) {
                dirty[0] = p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
            } else {
                p.skipChildren();
            }
        });
        if (v[0] == null) {
            throw new IOException("a version without its commit"); // a foreign record: read as none
        }
        return new SourceVersion(v[0], dirty[0]);
    }

    private static DocumentInfo info(JsonParser parser) throws IOException {
        String[] dong = new String[1]; // absent from format 2
        Standing[] standing = {Standing.NONE};
        List<plandoc.resolved.Related.Document> related = new java.util.ArrayList<>();
        List<plandoc.resolved.Cited.Link> cited = new java.util.ArrayList<>(); // absent before s34: none linked
        String[] v = JsonFields.texts(parser, INFO, (name, p) -> {
            if (name.equals("fundingDong")) {
                dong[0] = JsonFields.text(p);
            } else if (name.equals("standing")) {
                standing[0] = standing(p);
            } else if (name.equals("related")) {
                for (String[] r : JsonFields.list(p, q -> JsonFields.texts(q, RELATED))) {
                    related.add(new plandoc.resolved.Related.Document(plandoc.resolved.Related.Relation.of(r[0])
                            .orElseThrow(() -> new IOException("an unknown relation")), r[1], r[2]));
                }
            } else if (name.equals("cited")) {
                for (String[] c : JsonFields.list(p, q -> JsonFields.texts(q, LINKED))) {
                    cited.add(new plandoc.resolved.Cited.Link(c[0], c[1]));
                }
            } else {
                p.skipChildren();
            }
        });
        return new DocumentInfo(v[0], v[1], Optional.ofNullable(v[2]).map(TimeText::date),
                Optional.ofNullable(v[3]).filter(date -> !date.isEmpty()), v[4], v[5], v[6],
                v[7], funding(v[8], v[9], v[10], dong[0]), Optional.ofNullable(v[11]).filter(code -> !code.isEmpty()),
                plandoc.compute.FileLabelling.subject(v[1], v[4], v[5]), standing[0],
                new plandoc.resolved.Related(related), new plandoc.resolved.Cited(cited));
    }

    private static final List<String> RELATED = List.of("relation", "slug", "citation");
    private static final List<String> LINKED = List.of("citation", "slug");

    private static Funding funding(String total, String unit, String text, String dong) throws IOException {
        if (total == null) {
            return new Funding(Optional.ofNullable(unit).filter(u -> !u.isEmpty()), Optional.empty());
        }
        BigDecimal amount = new BigDecimal(total);
        Funding.Total read = dong != null ? new Funding.Total(amount, text, new BigDecimal(dong))
                : Unit.byLabel(unit).map(u -> FundingTotals.of(amount, text, u)) // format 2: from the unit it names
                        .orElseThrow(() -> new IOException("a total without its unit")); // foreign: read as none
        return new Funding(Optional.ofNullable(unit).filter(u -> !u.isEmpty()), Optional.of(read));
    }

    private static PlanSummary summary(JsonParser parser) throws IOException {
        PlanLinks[] links = new PlanLinks[1];
        List<PlanSummary.AgencyName> agencies = new ArrayList<>();
        List<PlanSummary.Change> changes = new ArrayList<>();
        List<PlanSummary.DataTable> tables = new ArrayList<>();
        List<plandoc.resolved.DigitalSignature> signatures = new ArrayList<>();
        String[] edited = new String[1]; // written only when a plan was edited with no commit to date it
        String[] v = JsonFields.texts(parser, SUMMARY, (name, p) -> {
            switch (name) {
                case "links" -> links[0] = links(p);
                case "agencies" -> agencies.addAll(JsonFields.list(p, a -> {
                    boolean[] group = {false};
                    String[] n = JsonFields.texts(a, AGENCY, (field, g) -> {
                        if (field.equals("group")) {
                            group[0] = g.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
                        } else {
                            g.skipChildren();
                        }
                    });
                    return new PlanSummary.AgencyName(n[0], n[1], group[0]);
                }));
                case "changes" -> changes.addAll(JsonFields.list(p, c -> {
                    String[] n = JsonFields.texts(c, CHANGE);
                    return new PlanSummary.Change(n[0], TimeText.time(n[1]), n[2]);
                }));
                case "tables" -> tables.addAll(JsonFields.list(p, t -> {
                    String[] n = JsonFields.texts(t, TABLE);
                    return new PlanSummary.DataTable(n[0], n[1], n[2], n[3], Optional.ofNullable(n[4]).map(BigDecimal::new));
                }));
                case "edited" -> edited[0] = JsonFields.text(p);
                case "signatures" -> signatures.addAll(JsonFields.list(p, g -> {
                    String[] n = JsonFields.texts(g, SIGNATURE);
                    return new plandoc.resolved.DigitalSignature(n[0], TimeText.time(n[1]));
                }));
                default -> p.skipChildren();
            }
        });
        if (links[0] == null) {
            throw new IOException("no links"); // a foreign record: read as none
        }
        PlanSummary summary = new PlanSummary(v[0], v[1], Optional.ofNullable(v[2]).map(TimeText::date), written(v[3]),
                v[4], v[5], v[6], agencies, Optional.ofNullable(v[7]).map(BigDecimal::new), written(v[8]), links[0], v[9], changes, tables,
                PortalWording.WORDS).withEdited(Optional.ofNullable(edited[0]).map(TimeText::time));
        return signatures.isEmpty() ? summary : summary.withSignatures(signatures, PortalWording.WORDS);
    }

    /** A plan's links as a record or the build cache writes them. */
    static PlanLinks links(JsonParser parser) throws IOException {
        List<DataFile> csv = new ArrayList<>();
        String[] v = JsonFields.texts(parser, LINKS, JsonFields.listInto("csv", csv, SiteRecords::download));
        return new PlanLinks(v[0], v[1], v[2], csv);
    }

    /** A download link; its table's name is "" when absent or null. */
    static DataFile download(JsonParser parser) throws IOException {
        String[] table = {""};
        String[] v = JsonFields.texts(parser, DOWNLOAD, (name, p) -> {
            if (name.equals("table")) {
                table[0] = Optional.ofNullable(JsonFields.text(p)).orElse("");
            } else {
                p.skipChildren();
            }
        });
        return new DataFile(v[0], v[1], table[0]);
    }

    private static AgencyWork work(JsonParser parser) throws IOException {
        boolean[] group = {false};
        boolean[] inPlanTotal = {true};
        List<AgencyWork.Split> splits = new ArrayList<>();
        List<Citation.Step> cite = new ArrayList<>();
        List<Citation.Step> place = new ArrayList<>();
        String[] v = JsonFields.texts(parser, WORK, (name, p) -> {
            switch (name) {
                case "group" -> group[0] = p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
                case "inPlanTotal" -> inPlanTotal[0] = p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
                case "splits" -> splits.addAll(JsonFields.list(p, SiteRecords::split));
                case "cite" -> cite.addAll(JsonFields.list(p, SiteRecords::step));
                case "citePlace" -> place.addAll(JsonFields.list(p, SiteRecords::step));
                default -> p.skipChildren();
            }
        });
        AgencyRole role = AgencyRole.byId(v[2]).orElseThrow(() -> new IOException("a role no work has: " + v[2]));
        return new AgencyWork(v[0], v[1], group[0], role, written(v[3]), v[4], written(v[5]),
                Optional.ofNullable(v[6]).map(BigDecimal::new), v[7], written(v[8]), splits, inPlanTotal[0],
                new Citation(cite, place));
    }

    private static Citation.Step step(JsonParser parser) throws IOException {
        String[] v = JsonFields.texts(parser, STEP);
        Citation.Part part = Citation.Part.byId(v[0]).orElseThrow(() -> new IOException("a part no citation has: " + v[0]));
        return new Citation.Step(part, written(v[1]), written(v[2]));
    }

    /** A text the record writes as "" (or leaves out) when absent. */
    private static Optional<String> written(String value) {
        return Optional.ofNullable(value).filter(t -> !t.isEmpty());
    }

    private static AgencyWork.Split split(JsonParser parser) throws IOException {
        List<String> members = new ArrayList<>();
        String[] v = JsonFields.texts(parser, SPLIT, JsonFields.listInto("members", members, JsonFields::text));
        AxisKind kind = AxisKind.byId(v[0]).orElseThrow(() -> new IOException("an axis kind no split has: " + v[0]));
        return new AgencyWork.Split(kind, v[1], members);
    }

    private static Problem problem(JsonParser parser) throws IOException {
        int[] at = {0, 0};
        List<String> args = new ArrayList<>();
        String[] v = JsonFields.texts(parser, PROBLEM, (name, p) -> {
            switch (name) {
                case "line" -> at[0] = p.getValueAsInt(0);
                case "column" -> at[1] = p.getValueAsInt(0);
                case "args" -> args.addAll(JsonFields.list(p, a -> Optional.ofNullable(JsonFields.text(a)).orElse("null")));
                default -> p.skipChildren();
            }
        });
        return new Problem(Severity.valueOf(v[0]), new SourcePosition(v[1], at[0], at[1]), new Message(v[2], args));
    }
}

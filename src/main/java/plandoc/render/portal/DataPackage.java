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
import plandoc.render.data.TidyBudgetCsv;

/**
 * {@code datapackage.json}: the site's open data as a Frictionless Data Package (v1). One tabular data
 * resource per tidy budget CSV of every published plan, each with its Table Schema (field types,
 * decimal point, the unit of its amounts), its source document (the plan's PDF), the licence and the
 * publishers (the plans' issuers); and each dated plan's e-document record ({@code <stem>.xml}) as a resource
 * with its media type. A validator or CKAN reads the CSVs typed from it.
 */
public final class DataPackage {
    public static final String FILE = "datapackage.json";
    /** The licence the open data is published under; a province publishing otherwise changes it here. */
    static final String LICENSE = "CC-BY-4.0";
    /** What a plan's e-document record is, as a resource's title (its schema: docs/edoc-record.xsd). */
    static final String RECORD_TITLE = "Dữ liệu văn bản điện tử (Phụ lục VI Nghị định 30/2020/NĐ-CP)";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer;

    public DataPackage() {
        ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    public byte[] write(List<PlanSummary> plans) {
        return write(plans, Optional.empty());
    }

    /**
     * @param portal the portal's name ({@code content/province.yaml}): then it is the package's publisher
     *               and the plans' issuers its authors; without it the issuers are listed as publishers
     */
    public byte[] write(List<PlanSummary> plans, Optional<String> portal) {
        // "data-package", not "tabular-data-package": the e-document records (XML) are resources that are not tables.
        ObjectNode root = nodes.objectNode()
                .put("profile", "data-package")
                .put("name", "plandoc-open-data")
                .put("title", "Kinh phí các kế hoạch, quyết định đã ban hành" + portal.map(p -> " — " + p).orElse(""))
                .put("description", "Mỗi tệp là một bảng kinh phí của một văn bản, mỗi dòng một khoản tiền. "
                        + "Cộng cột amount của các dòng có in_total = true được tổng kinh phí của bảng.");
        root.putArray("licenses").addObject().put("name", LICENSE)
                .put("path", "https://creativecommons.org/licenses/by/4.0/")
                .put("title", "Creative Commons Attribution 4.0");
        Set<String> publishers = new LinkedHashSet<>();
        plans.forEach(plan -> publishers.add(plan.issuer()));
        ArrayNode contributors = root.putArray("contributors");
        portal.ifPresent(name -> contributors.addObject().put("title", name).put("role", "publisher"));
        String issuerRole = portal.isPresent() ? "author" : "publisher";
        publishers.forEach(name -> contributors.addObject().put("title", name).put("role", issuerRole));
        ArrayNode sources = root.putArray("sources");
        for (PlanSummary plan : plans) {
            if (!plan.tables().isEmpty()) {
                sources.add(source(plan));
            }
        }
        ArrayNode resources = root.putArray("resources");
        for (PlanSummary plan : plans) {
            for (PlanSummary.DataTable table : plan.tables()) {
                ObjectNode resource = resources.addObject()
                        .put("name", name(table.path()))
                        .put("path", table.path())
                        .put("profile", "tabular-data-resource")
                        .put("title", plan.numberSymbol() + " — " + table.title())
                        .put("format", "csv")
                        .put("mediatype", "text/csv")
                        .put("encoding", "utf-8");
                resource.putObject("dialect").put("delimiter", ",").put("doubleQuote", true).put("lineTerminator", "\r\n")
                        .put("header", true);
                resource.putArray("sources").add(source(plan));
                resource.set("schema", schema(table));
            }
            plan.links().record().ifPresent(record -> resources.addObject()
                    .put("name", name(record.href()))
                    .put("path", record.href())
                    .put("title", plan.numberSymbol() + " — " + RECORD_TITLE)
                    .put("format", "xml")
                    .put("mediatype", "application/xml")
                    .put("encoding", "utf-8")
                    .set("sources", nodes.arrayNode().add(source(plan))));
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

    private ObjectNode source(PlanSummary plan) {
        return nodes.objectNode().put("title", plan.kind() + " " + plan.numberSymbol() + " của " + plan.issuer())
                .put("path", plan.links().pdf());
    }

    /** The Table Schema of a tidy budget CSV ({@link TidyBudgetCsv#COLUMNS}). */
    private ObjectNode schema(PlanSummary.DataTable table) {
        ObjectNode schema = nodes.objectNode();
        ArrayNode fields = schema.putArray("fields");
        text(fields, "plan", "Thư mục (mã) văn bản trên trang");
        text(fields, "budget", "Mã bảng kinh phí trong văn bản");
        text(fields, "group_id", "Mã nhóm (rỗng nếu nhóm không có mã)");
        text(fields, "group_label", "Tên nhóm");
        ObjectNode kind = text(fields, "row_kind", "item: một dự án/nhiệm vụ; unallocated: kinh phí nhóm chưa phân bổ");
        kind.putObject("constraints").putArray("enum").add("item").add("unallocated");
        text(fields, "item_id", "Mã dự án/nhiệm vụ (rỗng với kinh phí chưa phân bổ)");
        text(fields, "item_title", "Tên dự án/nhiệm vụ");
        text(fields, "lead_agency_ids", "Mã cơ quan chủ trì trong danh mục cơ quan (nhiều cơ quan: ngăn bằng ;)");
        text(fields, "breakdown", "cell: một ô của bảng; mã trục: khoản tiền theo một trục khi văn bản chỉ cho từng trục riêng");
        text(fields, "member_ids", "Mã thành phần trên mỗi trục, ngăn bằng /");
        text(fields, "member_labels", "Tên thành phần trên mỗi trục");
        ObjectNode amount = fields.addObject().put("name", "amount").put("type", "number")
                .put("description", "Số tiền, đơn vị ở cột unit").put("decimalChar", ".").put("groupChar", "")
                .put("unit", table.unit());
        amount.putObject("constraints").put("required", true);
        text(fields, "unit", "Đơn vị tính");
        bool(fields, "in_total", "true: dòng thuộc phép cộng ra tổng của bảng");
        bool(fields, "computed", "true: số do plandoc tính (bảng tổng hợp từ các bảng khác)");
        fields.addObject().put("name", "declared_total").put("type", "number").put("decimalChar", ".")
                .put("groupChar", "").put("unit", table.unit())
                .put("description", "Tổng của dự án như văn bản đã in, nếu nguồn ghi lại");
        schema.putArray("missingValues").add("");
        table.total().ifPresent(total -> schema.put("total", total));
        return schema;
    }

    private static ObjectNode text(ArrayNode fields, String name, String description) {
        return fields.addObject().put("name", name).put("type", "string").put("description", description);
    }

    private static void bool(ArrayNode fields, String name, String description) {
        ObjectNode field = fields.addObject().put("name", name).put("type", "boolean").put("description", description);
        field.putArray("trueValues").add("true");
        field.putArray("falseValues").add("false");
    }

    /** A resource name as the Data Package allows it: lower-case ASCII letters, digits, "-", "_", ".", "/". */
    static String name(String path) {
        return Folding.folded(path).replace(TidyBudgetCsv.SUFFIX, "").replaceAll("[^a-z0-9._/-]+", "-");
    }
}

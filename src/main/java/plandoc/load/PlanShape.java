package plandoc.load;

import static plandoc.load.Shape.Key.optional;
import static plandoc.load.Shape.Key.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.load.Shape.ScalarKind;
import plandoc.load.Shape.Value;
import plandoc.model.AppendixLabel;
import plandoc.model.AppendixNumbering;
import plandoc.model.HeadingCase;
import plandoc.model.DocumentKind;
import plandoc.model.NumberingStyle;
import plandoc.model.Province;
import plandoc.model.Unit;

/**
 * The plan format (PLAN-FORMAT §1–6 plus docs/format.md) as data: every mapping of
 * {@code plan.yaml}, its keys and their kinds. This is the one place keys are listed:
 * {@link PlanReader} accepts exactly these keys and the JSON Schema is generated from them.
 * Value sets that the model owns (document types, units, numbering styles) come from its enums.
 */
public final class PlanShape {
    private static final Value TEXT = new Value.Scalar(ScalarKind.TEXT);
    private static final Value STRING = new Value.Scalar(ScalarKind.STRING);
    private static final Value ID = new Value.Scalar(ScalarKind.ID);
    private static final Value SCOPED_ID = new Value.Scalar(ScalarKind.SCOPED_ID);
    private static final Value BOOLEAN = new Value.Scalar(ScalarKind.BOOLEAN);
    private static final Value AMOUNT = new Value.Scalar(ScalarKind.AMOUNT);
    private static final Value CELLS = new Value.Cells();
    private static final Value TEXTS = new Value.ListOf(TEXT);
    /** Plan folders named by a document: one name, or a list. */
    private static final Value SLUGS = new Value.AnyOf(List.of(STRING, new Value.ListOf(STRING)));
    private static final Value DOCUMENT_KINDS = new Value.Choice(
            Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList());
    private static final Value HEADING_CASE = new Value.Choice(
            Arrays.stream(HeadingCase.values()).map(HeadingCase::id).toList());
    private static final Value NUMBERING_STYLE = new Value.Choice(
            Arrays.stream(NumberingStyle.values()).map(NumberingStyle::id).toList());
    /** {@code declared:} is one mapping, or a list of them when the source prints a figure in several places. */
    private static final Value DECLARED = new Value.AnyOf(List.of(new Value.Mapping("declared"),
            new Value.ListOf(new Value.Mapping("declared"))));

    private static final String SAME_AS_HINT = " Hoặc {same_as: mã-dự-án} để in lại nội dung của dự án đó.";
    private static final String TEXT_HINT = " Có thể dùng {ref:mã}, {amount:…}, {count:…}; viết {{ để in dấu {.";

    public static final Shape PLAN = Shape.of("plan-file",
            "Tệp plan.yaml: một văn bản (quyết định, kế hoạch…) với nội dung, kinh phí và phụ lục.",
            required("document", mapping("document"), "Văn bản ban hành: loại, cơ quan, số, ngày, trích yếu, chữ ký."),
            optional("plan", mapping("plan-body"), "Nội dung kế hoạch: các phần, mục (kèm theo hoặc nằm trong Điều 1)."),
            optional("axes", list(mapping("axis")), "Các trục phân bổ kinh phí dùng chung (giai đoạn, nguồn vốn…)."),
            optional("objectives", list(mapping("objectives")), "Các bảng chỉ tiêu."),
            optional("tasks", list(mapping("tasks")), "Các bảng nhiệm vụ."),
            optional("budgets", list(mapping("budget")), "Các bảng kinh phí; tổng và cộng do plandoc tính."),
            optional("appendices", mapping("appendices"), "Các phụ lục kèm theo."));

    public static final Shape DOCUMENT = Shape.of("document", "Văn bản ban hành (thể thức theo Nghị định 30/2020/NĐ-CP).",
            required("type", DOCUMENT_KINDS, "Loại văn bản."),
            required("issuer", mapping("issuer"), "Cơ quan ban hành."),
            optional("number", STRING, "Số văn bản, ví dụ 4086; văn bản quy phạm pháp luật ghi kèm năm ban hành, ví dụ 02/2026; bắt buộc, trừ bản dự thảo (draft: true) chưa được cấp số: bản dự thảo văn bản quy phạm pháp luật chỉ ghi năm, ví dụ /2026."),
            required("symbol", STRING, "Ký hiệu, ví dụ QĐ-UBND."),
            required("place", STRING, "Địa danh nơi ban hành (tên tỉnh, thành phố), như ở dòng \"…, ngày … tháng … năm …\"."),
            required("date", new Value.Scalar(ScalarKind.DATE), "Ngày ban hành, dạng năm-tháng-ngày: 2012-12-28."),
            required("title", TEXT, "Trích yếu nội dung."),
            optional("caption_title", STRING, "Trích yếu ngắn dùng trong dòng \"Kèm theo…\" của phụ lục."),
            optional("bases", TEXTS, "Các căn cứ ban hành, không ghi chữ \"Căn cứ\" và dấu \";\" (plandoc tự thêm)."),
            optional("proposal", TEXT, "Đề nghị của cơ quan trình (\"Xét đề nghị của…\")."),
            optional("enacting_authority", STRING, "Thẩm quyền ban hành in trên các căn cứ của quyết định, khi khác cách plandoc tự suy: ký TM. là tập thể (tên cơ quan, ví dụ Ủy ban nhân dân tỉnh …), không có TM. là người đứng đầu (chức vụ + tên cơ quan, ví dụ Giám đốc Sở Kế hoạch và Đầu tư)."),
            optional("articles", list(mapping("article")), "Các điều (bắt buộc với quyết định)."),
            required("signature", mapping("signature"), "Quyền hạn, chức vụ và họ tên người ký."),
            optional("recipients", list(new Value.AnyOf(List.of(TEXT, mapping("recipient")))),
                    "Nơi nhận, mỗi dòng một mục (plandoc tự thêm \"-\" và \";\"): một nơi nhận; hai nơi in chung một dòng "
                    + "ngăn bằng \";\" hoặc {to: [nơi 1, nơi 2]}; dòng ghi chú (không phải nơi nhận) viết {note: …}."),
            optional("archive", list(STRING), "Nơi lưu sau \"Lưu: \", ví dụ [VT, TH]."),
            optional("secrecy", new Value.Choice(List.of("Mật", "Tối mật", "Tuyệt mật"), true), "Độ mật (văn bản có nội dung bí mật nhà nước): Mật, Tối mật hoặc Tuyệt mật; in dấu chỉ độ mật dưới số, ký hiệu."),
            optional("urgency", new Value.Choice(List.of("Khẩn", "Thượng khẩn", "Hỏa tốc"), true), "Độ khẩn: Khẩn, Thượng khẩn hoặc Hỏa tốc; in dấu chỉ độ khẩn dưới số, ký hiệu."),
            optional("draft", BOOLEAN, "true: bản dự thảo cho hệ thống quản lý văn bản điện tử (để trống số, ngày, dòng \"Kèm theo…\"; có dấu DỰ THẢO; không đăng lên cổng)."),
            optional("amends", SLUGS, "Văn bản được văn bản này sửa đổi, bổ sung: tên thư mục của văn bản đó trong content/ (một tên hoặc danh sách); trang của hai văn bản liên kết với nhau, văn bản cũ giữ nguyên."),
            optional("corrects", SLUGS, "Văn bản được văn bản này đính chính: tên thư mục của văn bản đó trong content/ (một tên hoặc danh sách); trang của hai văn bản liên kết với nhau, văn bản cũ giữ nguyên."));

    public static final Shape ISSUER = Shape.of("issuer", "Cơ quan ban hành.",
            required("name", STRING, "Tên đầy đủ của cơ quan ban hành, ví dụ Ủy ban nhân dân tỉnh (tên tỉnh)."),
            optional("short", STRING, "Tên viết tắt dùng trong câu, ví dụ UBND tỉnh."),
            optional("parent", STRING, "Cơ quan chủ quản (dòng trên tên cơ quan), nếu có."),
            optional("code", STRING, "Mã định danh điện tử của cơ quan (13 ký tự, ví dụ 000.00.00.Hxx), ghi vào dữ liệu văn bản điện tử (OrganId); thiếu thì check cảnh báo khi văn bản đã có số."),
            optional("seal", new Value.AnyOf(List.of(STRING, mapping("seal"))), "Ảnh con dấu cho văn bản điện tử: tệp PNG nền trong suốt, màu đỏ, trong thư mục kế hoạch; hoặc {file: tệp.png, size_mm: 36}."),
            optional("seal_size", new Value.Scalar(ScalarKind.AMOUNT), "Đường kính thật của con dấu, tính bằng mm (mặc định 36)."));

    public static final Shape SEAL = Shape.of("seal", "Ảnh con dấu và đường kính thật của con dấu.",
            required("file", STRING, "Tệp PNG nền trong suốt, màu đỏ, trong thư mục kế hoạch."),
            optional("size_mm", new Value.Scalar(ScalarKind.AMOUNT), "Đường kính thật của con dấu, tính bằng mm (mặc định 36); như seal_size."));

    public static final Shape RECIPIENT = Shape.of("recipient",
            "Một dòng Nơi nhận viết rõ: các nơi nhận (to) và/hoặc ghi chú (note); chỉ các nơi nhận vào dữ liệu văn bản điện tử.",
            optional("to", new Value.AnyOf(List.of(TEXT, TEXTS)),
                    "Nơi nhận in trên dòng này: một nơi, hoặc danh sách [nơi 1, nơi 2] in cách nhau bằng \", \"."),
            optional("note", TEXT, "Ghi chú in trên dòng (sau các nơi nhận, đúng như viết), ví dụ Gửi bản giấy và thư điện tử hoặc (để b/c); không phải nơi nhận."));

    public static final Shape ARTICLE = Shape.of("article", "Một điều của quyết định; số điều do plandoc đánh.",
            required("id", ID, "Mã của điều, dùng để tham chiếu {ref:mã}."),
            optional("title", TEXT, "Tên điều, ví dụ Tổ chức thực hiện: in đậm cùng \"Điều n.\" trên một dòng riêng, nội dung điều xuống dòng dưới. Không ghi: nội dung điều in tiếp sau \"Điều n.\"."),
            required("text", TEXT, "Nội dung điều (Markdown)." + TEXT_HINT),
            optional("include", new Value.Choice(List.of("plan")), "include: plan đặt nội dung kế hoạch ngay sau điều này."));

    public static final Shape SIGNATURE = Shape.of("signature", "Chữ ký.",
            optional("authority", list(STRING), "Quyền hạn ký: TM., Q., KT., TL., TUQ. …, ví dụ [TM. Ủy ban nhân dân, KT. Chủ tịch]."),
            required("title", STRING, "Chức vụ người ký, ví dụ Phó Chủ tịch."),
            required("name", STRING, "Họ và tên người ký."),
            optional("image", STRING, "Ảnh chữ ký của người ký cho văn bản điện tử: tệp PNG nền trong suốt, màu xanh, trong thư mục kế hoạch."));

    public static final Shape BODY = Shape.of("plan-body", "Nội dung kế hoạch.",
            optional("type", DOCUMENT_KINDS, "Loại của kế hoạch kèm theo (mặc định ke-hoach)."),
            optional("title", TEXT, "Tên kế hoạch kèm theo."),
            optional("caption_title", STRING, "Tên ngắn của kế hoạch dùng trong dòng \"(Kèm theo Đề án …)\" của các phụ lục attached_to: plan, khi phụ lục đã ký ghi tên ngắn hơn tên kế hoạch."),
            optional("attached", BOOLEAN, "true: kế hoạch in thành văn bản kèm theo quyết định."),
            optional("numbering", list(NUMBERING_STYLE), "Cách đánh số từng cấp mục, ví dụ [roman, arabic, letter]."),
            optional("headings", list(HEADING_CASE), "Kiểu chữ tên mục từng cấp: upper (in hoa) hoặc as-written (giữ như nguồn); cấp không ghi theo Nghị định 30 (tên phần, mục in hoa)."),
            optional("sections", list(mapping("section")), "Các phần, mục."));

    public static final Shape SECTION = Shape.of("section", "Một mục; số mục do plandoc đánh theo numbering.",
            optional("id", ID, "Mã của mục, dùng để tham chiếu {ref:mã}."),
            optional("title", TEXT, "Tên mục."),
            optional("text", TEXT, "Nội dung (Markdown)." + TEXT_HINT),
            optional("sections", list(mapping("section")), "Các mục con."),
            optional("text_after", TEXT, "Đoạn in sau các mục con."),
            optional("show", ID, "Mã bảng (chỉ tiêu, nhiệm vụ, kinh phí) in trong mục này."),
            optional("numbering", NUMBERING_STYLE, "Cách đánh số riêng cho mục này."),
            optional("number", BOOLEAN, "false: mục không đánh số."),
            optional("agency", TEXTS, "Cơ quan chủ trì nội dung của mục."),
            optional("case", HEADING_CASE, "Kiểu chữ tên mục này: upper (in hoa) hoặc as-written (giữ như nguồn)."));

    public static final Shape OBJECTIVES = Shape.of("objectives", "Một bảng chỉ tiêu.",
            required("id", ID, "Mã bảng."),
            optional("layout", new Value.Choice(List.of("lines", "columns")), "Trình bày theo dòng (lines) hay theo cột năm (columns)."),
            optional("labels", mapping("objective-labels"), "Tiêu đề cột thay cho mặc định."),
            optional("groups", list(mapping("objectives-group")), "Các nhóm chỉ tiêu."));

    public static final Shape OBJECTIVE_LABELS = labels("objective-labels", "number", "indicator", "targets");

    public static final Shape OBJECTIVES_GROUP = Shape.of("objectives-group", "Một nhóm chỉ tiêu.",
            optional("title", TEXT, "Tên nhóm."),
            optional("items", list(mapping("objective")), "Các chỉ tiêu."));

    public static final Shape OBJECTIVE = Shape.of("objective", "Một chỉ tiêu.",
            required("id", ID, "Mã chỉ tiêu."),
            required("indicator", TEXT, "Tên chỉ tiêu."),
            optional("targets", new Value.MapOf(new Value.AnyOf(List.of(TEXT, mapping("target")))),
                    "Giá trị theo mốc (năm hoặc giai đoạn): 2015: 80% hoặc 2015: {value: 80, unit: \"%\"}."),
            optional("note", TEXT, "Ghi chú."));

    public static final Shape TARGET = Shape.of("target", "Giá trị chỉ tiêu có số.",
            required("value", AMOUNT, "Giá trị (số thập phân có dấu chấm)."),
            optional("unit", STRING, "Đơn vị, ví dụ %."),
            optional("text", TEXT, "Cách in, nếu khác số và đơn vị."));

    public static final Shape TASKS = Shape.of("tasks", "Một bảng nhiệm vụ.",
            required("id", ID, "Mã bảng."),
            optional("columns", list(STRING), "Các cột in thêm: lead, partners, deadline, outcome."),
            optional("labels", mapping("task-labels"), "Tiêu đề cột thay cho mặc định."),
            optional("groups", list(mapping("tasks-group")), "Các nhóm nhiệm vụ."),
            optional("items", list(mapping("task")), "Các nhiệm vụ (khi không chia nhóm)."));

    public static final Shape TASK_LABELS = labels("task-labels", "number", "title", "lead", "partners", "deadline", "outcome");

    public static final Shape TASKS_GROUP = Shape.of("tasks-group", "Một nhóm nhiệm vụ.",
            optional("title", TEXT, "Tên nhóm."),
            optional("items", list(mapping("task")), "Các nhiệm vụ."));

    /** A task or budget item repealed by a later document: it keeps its number and prints "(Bãi bỏ)". */
    private static final Shape.Key REPEALED = optional("repealed", BOOLEAN, "true: nhiệm vụ, dự án đã bị bãi bỏ: giữ số thứ tự, in \"(Bãi bỏ)\" thay cho nội dung, không tính kinh phí (các nhiệm vụ sau không bị đánh số lại).");

    /** The keys a task shares with a budget item (which may also write them as {@code same_as}). */
    private static final List<Shape.Key> ASSIGNMENT = List.of(
            optional("lead", TEXT, "Cơ quan chủ trì."),
            optional("partners", TEXTS, "Cơ quan phối hợp."),
            optional("deadline", new Value.Scalar(ScalarKind.DATE_OR_TEXT), "Thời hạn: ngày (2013-06-30) hoặc chữ (Hằng năm)."),
            optional("outcome", TEXT, "Dự kiến kết quả."),
            optional("serves", new Value.ListOf(ID), "Mã các chỉ tiêu mà việc này phục vụ."));

    public static final Shape TASK = new Shape("task", "Một nhiệm vụ.", Stream.concat(Stream.of(
            required("id", ID, "Mã nhiệm vụ."),
            required("title", TEXT, "Nội dung nhiệm vụ.")), Stream.concat(ASSIGNMENT.stream(), Stream.of(REPEALED)))
            .toList(), Optional.empty(), List.of());

    public static final Shape AXIS = Shape.of("axis", "Một trục phân bổ kinh phí (giai đoạn, nguồn vốn…).",
            required("id", SCOPED_ID, "Mã trục, ví dụ nguon-von."),
            optional("label", STRING, "Tên trục in ở đầu cột."),
            optional("members", list(mapping("axis-member")), "Các thành viên (cột) của trục."),
            optional("years", new Value.Scalar(ScalarKind.YEARS), "Một cột mỗi năm, ví dụ 2021-2025."));

    public static final Shape MEMBER = Shape.of("axis-member", "Một thành viên (cột) của trục.",
            required("id", SCOPED_ID, "Mã thành viên (có thể là số năm), ví dụ tw, dp, 2021."),
            optional("label", STRING, "Tên in ở đầu cột."),
            optional("short", STRING, "Tên ngắn dùng trong câu."),
            optional("members", list(mapping("axis-member")), "Các thành viên con."),
            optional("print_total", BOOLEAN, "false: không in cột cộng của các thành viên con."));

    public static final Shape BUDGET = Shape.of("budget", "Một bảng kinh phí; mọi tổng, cộng do plandoc tính.",
            required("id", ID, "Mã bảng, dùng để tham chiếu {ref:mã} và {amount:mã}."),
            required("unit", new Value.Choice(Arrays.stream(Unit.values()).map(Unit::label).toList(), true), "Đơn vị tiền."),
            optional("decimals", new Value.Whole(0, 6), "Số chữ số thập phân khi in (0–6)."),
            optional("axes", list(new Value.AnyOf(List.of(SCOPED_ID, mapping("axis")))),
                    "Các trục của bảng: mã một trục chung ở axes: hoặc một trục riêng."),
            optional("columns", list(STRING), "Các cột chữ in thêm: period, lead, partners, deadline, outcome, funding_type."),
            optional("labels", mapping("budget-labels"), "Tiêu đề cột, dòng thay cho mặc định."),
            optional("totals", list(mapping("totals-row")), "Các dòng tổng theo trục."),
            optional("groups", list(mapping("budget-group")), "Các nhóm dự án (không dùng cùng items)."),
            optional("items", list(mapping("budget-item")), "Các dự án (khi không chia nhóm)."),
            optional("declared", DECLARED, "Số tổng ghi trong văn bản gốc, để plandoc đối chiếu."),
            optional("negative", BOOLEAN, "true: cho phép số âm."),
            optional("from", new Value.ListOf(ID), "Bảng tổng hợp: cộng các dự án của các bảng kinh phí có mã này (cùng trục)."),
            optional("print", mapping("budget-print"), "Thứ tự cột tiền và dòng khi in."));

    public static final Shape BUDGET_PRINT = Shape.of("budget-print", "Thứ tự in của bảng kinh phí.",
            optional("money", list(STRING), "Thứ tự các cột tiền: total, mã trục, funding_type."),
            optional("rows", list(STRING), "Bảng tổng hợp: thứ tự dòng, grand cho dòng tổng và mã trục."),
            optional("undetermined", new Value.Choice(Arrays.stream(plandoc.model.UndeterminedCells.values())
                            .map(plandoc.model.UndeterminedCells::id).toList()),
                    "mark: ô không xác định được in \"…\" thay vì báo lỗi; declared: in số ghi trong declared: của ô đó (\"…\" nếu không ghi)."),
            optional("numbering", new Value.Choice(Arrays.stream(plandoc.model.ItemNumbering.values()).map(plandoc.model.ItemNumbering::id).toList()),
                    "Số thứ tự dự án: continuous (liên tục cả bảng, mặc định) hoặc per-group (đánh lại từ 1 trong mỗi nhóm)."));

    public static final Shape BUDGET_LABELS = labels("budget-labels", "number", "title", "period", "lead", "partners",
            "deadline", "outcome", "funding_type", "total", "grand", "money", "item", "unallocated");

    public static final Shape TOTALS_ROW = Shape.of("totals-row", "Một dòng tổng theo trục.",
            required("axis", SCOPED_ID, "Mã trục."),
            optional("label", TEXT, "Tên dòng."));

    public static final Shape BUDGET_GROUP = Shape.of("budget-group", "Một nhóm dự án.",
            optional("id", ID, "Mã nhóm."),
            required("title", TEXT, "Tên nhóm."),
            optional("items", list(mapping("budget-item")), "Các dự án."),
            optional("unallocated", CELLS, "Kinh phí của nhóm chưa phân bổ cho từng dự án."),
            optional("declared", DECLARED, "Số tổng của nhóm ghi trong văn bản gốc."));

    public static final Shape BUDGET_ITEM = Shape.of("budget-item", "Một dự án, nhiệm vụ có kinh phí.",
            required("id", ID, "Mã dự án."),
            required("title", TEXT, "Tên dự án."),
            optional("period", orSameAs(TEXT), "Thời gian thực hiện, ví dụ 2012-2014." + SAME_AS_HINT),
            optional("lead", orSameAs(TEXT), "Cơ quan chủ trì." + SAME_AS_HINT),
            optional("partners", orSameAs(TEXTS), "Cơ quan phối hợp." + SAME_AS_HINT),
            optional("deadline", new Value.Scalar(ScalarKind.DATE_OR_TEXT), "Thời hạn: ngày (2013-06-30) hoặc chữ (Hằng năm)."),
            optional("outcome", orSameAs(TEXT), "Dự kiến kết quả." + SAME_AS_HINT),
            optional("serves", new Value.ListOf(ID), "Mã các chỉ tiêu mà dự án này phục vụ."),
            optional("funding_type", orSameAs(TEXT), "Loại nguồn vốn." + SAME_AS_HINT),
            optional("amounts", CELLS, "Kinh phí theo các trục, ví dụ {2012-2015: {tw: 0.35, dp: 1.2}}."),
            optional("split", new Value.MapOf(CELLS), "Kinh phí chia theo từng trục riêng (các cách chia phải khớp nhau)."),
            optional("no_amount", TEXT, "Ghi chú thay cho kinh phí (dự án không có số)."),
            optional("declared", DECLARED, "Số ghi trong văn bản gốc, để đối chiếu."),
            REPEALED);

    public static final Shape SAME_AS = Shape.of("same-as", "In lại nội dung cột này của một dự án khác (gộp ô khi liền nhau).",
            required("same_as", ID, "Mã dự án có nội dung cần in lại."));

    public static final Shape DECLARED_ENTRY = Shape.of("declared", "Số ghi trong văn bản gốc; plandoc báo lỗi khi khác số tính được.",
            optional("in", STRING, "Nơi in số này (ghi chú)."),
            optional("total", new Value.Scalar(ScalarKind.FIGURE), "Tổng cộng ghi trong văn bản."),
            optional("amounts", CELLS, "Số theo các thành viên của trục."))
            .withOtherKeys(CELLS);

    public static final Shape APPENDICES = Shape.of("appendices", "Các phụ lục.",
            optional("numbering", new Value.Choice(Arrays.stream(AppendixNumbering.values()).map(AppendixNumbering::id).toList()),
                    "Cách đánh số phụ lục: I, II (roman, mặc định theo Nghị định 30); 1, 2 (arabic); 01, 02 (arabic-2)."),
            optional("label", new Value.Choice(Arrays.stream(AppendixLabel.values()).map(AppendixLabel::id).toList()),
                    "Chữ in trước số phụ lục: \"Phụ lục\" (mặc định, Nghị định 30) hoặc \"PHỤ LỤC\" (như bản gốc in)."),
            optional("attached_to", new Value.Choice(List.of("document", "plan")), "Phụ lục kèm theo văn bản (document) hay kế hoạch (plan)."),
            optional("start", new Value.Whole(1, 999),
                    "Số của phụ lục đầu tiên khi không phải 1: văn bản sửa đổi bổ sung \"Phụ lục 08\" cho đề án có phụ lục đến 07 ghi start: 8."),
            optional("items", list(mapping("appendix")), "Các phụ lục."));

    public static final Shape APPENDIX = Shape.of("appendix", "Một phụ lục; có đúng một trong file, text, image, external, show.",
            required("id", ID, "Mã phụ lục, dùng để tham chiếu {ref:mã}."),
            required("title", TEXT, "Tên phụ lục."),
            optional("file", STRING, "Tệp Markdown trong thư mục văn bản."),
            optional("image", STRING, "Tệp ảnh (png, jpg, gif, svg) trong thư mục văn bản."),
            optional("external", TEXT, "Ghi chú thay cho nội dung ban hành riêng."),
            optional("show", ID, "Mã bảng in trong phụ lục."),
            optional("text", TEXT, "Nội dung Markdown viết ngay tại đây."),
            optional("orientation", new Value.Choice(List.of("portrait", "landscape")), "Khổ giấy dọc (portrait) hay ngang (landscape)."))
            .withExactlyOne("file", "image", "external", "show", "text");

    /** The agency register, {@code content/agencies.yaml}: shared by every plan beside it. */
    public static final Shape AGENCY_REGISTER = Shape.of("agency-register", "Danh mục cơ quan, đơn vị dùng chung cho mọi kế hoạch.",
            optional("agencies", list(mapping("agency")), "Các cơ quan, đơn vị."));

    public static final Shape AGENCY = Shape.of("agency", "Một cơ quan, đơn vị.",
            required("id", ID, "Mã cơ quan."),
            required("name", STRING, "Tên đầy đủ."),
            optional("short", list(STRING), "Các cách viết khác được chấp nhận (tên viết tắt)."),
            optional("group", BOOLEAN, "true: một nhóm cơ quan (\"Các sở, ban, ngành…\"), không phải một cơ quan."));

    /** {@code hieu-luc.yaml} beside an issued document's plan.yaml: its standing on the portal (model.StandingNote). */
    public static final Shape STANDING = Shape.of("standing", "Hiệu lực của văn bản đã ban hành, ghi trên cổng thông tin (văn bản và các tệp của nó giữ nguyên).",
            optional("replaced_by", STRING, "Văn bản thay thế: tên thư mục của nó trong content/, hoặc số, ký hiệu, ngày của nó nếu không đăng trên cổng này."),
            optional("replaced_from", new Value.Scalar(ScalarKind.DATE), "Ngày văn bản thay thế có hiệu lực, nếu không phải ngày ban hành của nó, dạng năm-tháng-ngày: 2027-01-01."),
            optional("expired", new Value.Scalar(ScalarKind.DATE), "Ngày văn bản hết hiệu lực, dạng năm-tháng-ngày: 2027-01-01."));

    /** {@code content/province.yaml}: the portal and the province every plan beside it belongs to. */
    public static final Shape PROVINCE = Shape.of("province", "Tỉnh và cổng thông tin của mọi kế hoạch trong thư mục content/.",
            optional("portal", STRING, "Tên cổng thông tin điện tử, in ở tiêu đề các trang, nguồn tin và gói dữ liệu mở."),
            optional("province", STRING, "Tên tỉnh, ví dụ Quảng Nam."),
            optional("place", STRING, "Địa danh ghi ở dòng ngày của văn bản mới (mặc định: tên tỉnh)."),
            optional("register", STRING, "Tệp danh mục cơ quan, nằm cạnh các thư mục kế hoạch (mặc định agencies.yaml)."),
            optional("plan_register", new Value.Choice(Arrays.stream(Province.PlanRegister.values())
                    .map(Province.PlanRegister::id).toList()),
                    "agencies.yaml trong thư mục một kế hoạch: add (mặc định) bổ sung vào danh mục chung, replace thay hẳn danh mục chung."),
            optional("history", new Value.Choice(Arrays.stream(Province.Shown.values())
                    .map(Province.Shown::id).toList()),
                    "Lịch sử văn bản (các lần lưu trong git) ở cuối trang mỗi văn bản: draft (mặc định) chỉ trong bản dự thảo (build --draft), public cả trên cổng thông tin, none không hiện."),
            optional("url", STRING, "Địa chỉ nơi đăng trang (https://…): sitemap.xml và liên kết đầy đủ trong feed.xml; biến PLANDOC_SITE_URL được ưu tiên."),
            optional("guide", new Value.Choice(Arrays.stream(Province.Shown.values())
                    .map(Province.Shown::id).toList()),
                    "Trang hướng dẫn cho cán bộ soạn thảo (huong-dan/): draft (mặc định) chỉ trong bản dự thảo (build --draft), public cả trên cổng thông tin, none không đăng."),
            optional("data_licence", STRING, "Giấy phép của dữ liệu mở (datapackage.json) do tỉnh chọn: mã giấy phép (CC-BY-4.0, CC0-1.0, ODC-BY-1.0…) hoặc địa chỉ https:// của điều khoản riêng; không ghi thì gói dữ liệu không ghi giấy phép nào."));

    private PlanShape() {
    }

    /** Every shape; the first is the file itself. */
    public static List<Shape> all() {
        return List.of(PLAN, DOCUMENT, ISSUER, SEAL, RECIPIENT, ARTICLE, SIGNATURE, BODY, SECTION, OBJECTIVES, OBJECTIVE_LABELS,
                OBJECTIVES_GROUP, OBJECTIVE, TARGET, TASKS, TASK_LABELS, TASKS_GROUP, TASK, AXIS, MEMBER, BUDGET,
                BUDGET_LABELS, BUDGET_PRINT, TOTALS_ROW, BUDGET_GROUP, BUDGET_ITEM, SAME_AS, DECLARED_ENTRY, APPENDICES, APPENDIX);
    }

    /**
     * The key {@code key} of a mapping that holds {@code holder} (a mapping of a named shape, a {@code MapOf}, or
     * any of several forms one of which is a mapping); empty when not known there (an unknown key, amounts).
     */
    static Optional<Shape.Key> keyIn(Value holder, String key) {
        if (holder instanceof Value.MapOf map) {
            return Optional.of(new Shape.Key(key, map.value(), false, ""));
        }
        if (holder instanceof Value.AnyOf any) {
            return any.options().stream().filter(o -> o instanceof Value.Mapping || o instanceof Value.MapOf)
                    .findFirst().flatMap(o -> keyIn(o, key));
        }
        if (!(holder instanceof Value.Mapping m)) {
            return Optional.empty();
        }
        Shape s = ByName.SHAPES.get(m.shape());
        if (s == null) {
            return Optional.empty();
        }
        for (Shape.Key k : s.keys()) {
            if (k.name().equals(key)) {
                return Optional.of(k);
            }
        }
        return s.otherKeys().map(v -> new Shape.Key(key, v, false, ""));
    }

    /**
     * Every shape by name, made once: {@link #keyIn} is asked for every key the YAML reader reads, on every check
     * (a serve save: issue 17). Its own class, so the shapes above are all made before it is.
     */
    private static final class ByName {
        static final java.util.Map<String, Shape> SHAPES = shapes();

        private static java.util.Map<String, Shape> shapes() {
            java.util.Map<String, Shape> shapes = new java.util.HashMap<>();
            Stream.concat(all().stream(), Stream.of(AGENCY_REGISTER, AGENCY, PROVINCE, STANDING))
                    .forEach(shape -> shapes.putIfAbsent(shape.name(), shape));
            return shapes;
        }
    }

    /** What an entry of a list that holds {@code holder} holds (null: not known). */
    /**
     * Whether a value where the format holds {@code holds} is a budget's figure (in its cells, or its {@code total:}),
     * which the budget's rules read as typed.
     */
    static boolean budgetFigure(Value holds) {
        return holds instanceof Value.Cells || holds instanceof Value.Scalar s && s.kind() == ScalarKind.FIGURE;
    }

    static Value itemOf(Value holder) {
        if (holder instanceof Value.ListOf list) {
            return list.item();
        }
        return holder instanceof Value.AnyOf any ? any.options().stream().filter(Value.ListOf.class::isInstance)
                .map(o -> ((Value.ListOf) o).item()).findFirst().orElse(null) : null;
    }

    /** A file's root, as a value: the mapping of {@code shape}. */
    static Value root(Shape shape) {
        return mapping(shape.name());
    }

    private static Value mapping(String shape) {
        return new Value.Mapping(shape);
    }

    private static Value orSameAs(Value value) {
        return new Value.AnyOf(List.of(value, mapping("same-as")));
    }

    private static Value list(Value item) {
        return new Value.ListOf(item);
    }

    private static Shape labels(String name, String... keys) {
        List<Shape.Key> list = Arrays.stream(keys).map(k -> optional(k, STRING, "Tiêu đề thay cho mặc định.")).toList();
        return new Shape(name, "Tiêu đề cột thay cho mặc định.", list, Optional.empty(), List.of());
    }
}

package plandoc.render;

import java.util.Optional;
import plandoc.compute.ColumnWidths;
import plandoc.compute.TableLayouts;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.Block;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.HeaderView;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.InlineText;
import plandoc.resolved.NoteBlock;
import plandoc.resolved.NoteRole;
import plandoc.resolved.Recipients;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.RuleWidth;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.SignatureView;
import plandoc.resolved.Span;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;
import plandoc.resolved.TextBlock;
import plandoc.resolved.TocEntry;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small decision built by hand, shaped like seed 000 (QĐ 4086/QĐ-UBND Hà Tĩnh): two articles,
 * Điều 1 carrying the plan body (roman, arabic, dash and letter sections, a budget table, a reference
 * to an appendix), and two appendices, the second one landscape with a budget table long enough to
 * run over several pages. Figures are formatted here as compute would.
 */
final class FixturePlans {

    /**
     * A plan made in memory from its printed parts alone: no agency work, labels, open data, source folder or
     * workbook layout (those come from compute, which these fixtures do not run).
     */
    static ResolvedPlan printed(DocumentInfo info, HeaderView header, List<String> bases, Optional<String> proposalLine,
                                Optional<String> enactingLine, List<ArticleView> articles, AttachedPlanView body,
                                SignatureView signature, Recipients recipients, List<AppendixView> appendices,
                                List<plandoc.resolved.TocEntry> toc, List<TableView> tables) {
        return new ResolvedPlan(info, header, bases, proposalLine, enactingLine, articles, body, signature, recipients,
                appendices, toc, tables, List.of(), java.util.Map.of(), List.of(), Optional.empty(), List.of(), List.of(),
                plandoc.resolved.Workbook.NONE, plandoc.compute.FileLabelling.of(info, body, appendices, toc, List.of()));
    }

    static final String SLUG = "4086-qd-ubnd";
    static final String BUDGET_ID = "kinh-phi";
    static final String PROJECTS_ID = "du-an";
    static final int PROJECT_ROWS = 36;
    /** The rule under a trích yếu too long for one line: a third of the full line, as compute.TitleRule gives it. */
    static final RuleWidth WRAPPED_TITLE_RULE = new RuleWidth(55.0, "55.0mm");

    private FixturePlans() {
    }

    /** The decision; its appendix I shows {@code map}, a PNG written by {@link #writeMap}. */
    static ResolvedPlan decision(Path map) {
        TableView budget = ColumnWidths.apply(budgetTable()); // widths as compute lays them out
        TableView projects = ColumnWidths.apply(projectsTable());
        DocumentInfo info = new DocumentInfo(SLUG, "4086/QĐ-UBND", Optional.of(LocalDate.of(2012, 12, 28)), Optional.of("28/12/2012"),
                "Quyết định", "Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020",
                "Ủy ban nhân dân tỉnh Hà Tĩnh", "4086-QD-UBND", new plandoc.resolved.Funding(Optional.of(plandoc.model.Unit.TY_DONG.label()), Optional.of(
                        new plandoc.resolved.Funding.Total(new BigDecimal("724.90"), "724,90 tỷ đồng",
                                new BigDecimal("724900000000.00")))));
        HeaderView header = new HeaderView(Optional.empty(), "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 4086/QĐ-UBND",
                "Hà Tĩnh, ngày 28 tháng 12 năm 2012", "QUYẾT ĐỊNH",
                "Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020",
                Optional.empty(), List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"), new RuleWidth(12.4, "12.4mm"),
                WRAPPED_TITLE_RULE);
        List<String> bases = List.of(
                "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
                "Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;",
                "Căn cứ Nghị quyết số 31/2012/NQ-HĐND ngày 19/7/2012 của HĐND tỉnh thông qua Quy hoạch phát triển kinh tế - xã hội tỉnh Hà Tĩnh đến năm 2020 và tầm nhìn đến 2050;");
        String proposal = "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 25/TTr-STTTT ngày 01/10/2012,";

        SectionView priority = section("qd-uu-tien", "-", "dash", 3, "", List.of(), List.of(
                text("Phát triển và ứng dụng CNTT là nhiệm vụ ưu tiên hàng đầu trong lộ trình công nghiệp hóa, hiện đại hóa trong từng ngành, từng lĩnh vực. Phát triển mạnh công nghiệp CNTT, thúc đẩy công nghiệp phần mềm, dịch vụ và nội dung số.")));
        SectionView people = section("qd-nhan-luc", "-", "dash", 3, "", List.of(), List.of(
                text("Nguồn nhân lực CNTT là yếu tố then chốt; chú trọng đào tạo cán bộ, công chức có trình độ chuyên môn **đáp ứng yêu cầu** nhiệm vụ.")));
        SectionView itViewpoint = section("quan-diem-cntt", "1.", "arabic", 2,
                "Quan điểm phát triển công nghệ thông tin (CNTT)", List.of(),
                List.of(new SectionBlock(priority), new SectionBlock(people)));
        SectionView viewpoint = section("quan-diem", "I.", "roman", 1, "QUAN ĐIỂM", List.of(),
                List.of(new SectionBlock(itViewpoint)));
        SectionView goals = section("muc-tieu", "II.", "roman", 1, "MỤC TIÊU", List.of(), List.of(
                text("Đến năm 2020, Hà Tĩnh thuộc nhóm các tỉnh khá về ứng dụng và phát triển CNTT. Danh sách hệ thống thông tin chuyên ngành tại [Phụ lục I](#pl-he-thong); danh mục dự án tại [Phụ lục II](#pl-du-an)."),
                new SectionBlock(section("mt-a", "a)", "letter", 2, "Hạ tầng kỹ thuật", List.of(),
                        List.of(text("100% cơ quan nhà nước cấp tỉnh, cấp huyện có mạng nội bộ (LAN) và kết nối mạng chuyên dùng."))))));
        SectionView money = section("kinh-phi-muc", "III.", "roman", 1, "KINH PHÍ THỰC HIỆN",
                List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính"), List.of(
                        text("Tổng kinh phí thực hiện Quy hoạch dự kiến **724,90 tỷ đồng**, phân theo nguồn vốn như sau:"),
                        new TableBlock(budget, budget.id(), TableLayouts.of(budget, false))));
        AttachedPlanView body = new AttachedPlanView("QUY HOẠCH",
                InlineText.of("Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020"),
                List.of(viewpoint, goals, money), List.of());

        List<ArticleView> articles = List.of(
                new ArticleView("dieu-1", "Điều 1.", InlineText.EMPTY, plandoc.compute.MarkdownTableCaptions.text(
                        "Phê duyệt điều chỉnh Quy hoạch phát triển Công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020, với nội dung chính như sau:"), true),
                new ArticleView("dieu-2", "Điều 2.", InlineText.EMPTY, plandoc.compute.MarkdownTableCaptions.text(
                        "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký ban hành.\n\n"
                                + "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Thông tin và Truyền thông; Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành Quyết định này./."), false));

        SignatureView signature = new SignatureView(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Thiện",
                "Phó Chủ tịch", Optional.of("TM. Ủy ban nhân dân, KT. Chủ tịch"));
        Recipients recipients = new Recipients(List.of(
                InlineText.of("- Như Điều 2;"),
                InlineText.of("- Bộ Thông tin và Truyền thông;"),
                InlineText.of("- TTr. Tỉnh ủy, TTr. HĐND tỉnh;"),
                InlineText.of("- Chủ tịch, các PCT UBND tỉnh;"),
                InlineText.of("- Cổng Thông tin điện tử tỉnh;"),
                InlineText.of("- Lưu: VT, TH, VX.")), List.of("Như Điều 2", "Bộ Thông tin và Truyền thông",
                "TTr. Tỉnh ủy, TTr. HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Cổng Thông tin điện tử tỉnh"));

        String caption = "(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012 của Ủy ban nhân dân tỉnh Hà Tĩnh)";
        AppendixView systems = new AppendixView("pl-he-thong", "PHỤ LỤC I", "Phụ lục I", Optional.of("I"),
                InlineText.of("DANH SÁCH HỆ THỐNG THÔNG TIN CHUYÊN NGÀNH"), caption, false, List.of(
                text("Các hệ thống phần mềm chuyên ngành cần xây dựng:\n\n- Hệ thống thông tin quản lý đất đai;\n- Hệ thống thông tin quản lý y tế;\n- Hệ thống thông tin giáo dục và đào tạo."),
                new ImageBlock(map, "anh/ban-do.png", "Bản đồ mạng chuyên dùng tỉnh Hà Tĩnh"),
                new NoteBlock(InlineText.of("./."), NoteRole.END)));
        AppendixView projectList = new AppendixView("pl-du-an", "PHỤ LỤC II", "Phụ lục II", Optional.of("II"),
                InlineText.of("DANH MỤC DỰ ÁN VÀ PHÂN KỲ ĐẦU TƯ"), caption, true, List.of(
                new TableBlock(projects, projects.id(), TableLayouts.of(projects, true)),
                new NoteBlock(InlineText.of("./."), NoteRole.END)));

        List<TocEntry> toc = List.of(
                new TocEntry(1, "Điều 1.", "dieu-1"),
                new TocEntry(2, "I. QUAN ĐIỂM", "quan-diem"),
                new TocEntry(2, "II. MỤC TIÊU", "muc-tieu"),
                new TocEntry(2, "III. KINH PHÍ THỰC HIỆN", "kinh-phi-muc"),
                new TocEntry(1, "Điều 2.", "dieu-2"),
                new TocEntry(1, "Phụ lục I. DANH SÁCH HỆ THỐNG THÔNG TIN CHUYÊN NGÀNH", "pl-he-thong"),
                new TocEntry(1, "Phụ lục II. DANH MỤC DỰ ÁN VÀ PHÂN KỲ ĐẦU TƯ", "pl-du-an"));

        return printed(info, header, bases, Optional.of(proposal), Optional.of("QUYẾT ĐỊNH:"), articles, body, signature,
                recipients, List.of(systems, projectList), toc, List.of(budget, projects));
    }

    /** A Kế hoạch issued on its own by a department: no articles, a chủ quản line, no budget. */
    static ResolvedPlan standalonePlan() {
        DocumentInfo info = new DocumentInfo("kh-25-stttt", "25/KH-STTTT", Optional.of(LocalDate.of(2026, 1, 5)), Optional.of("05/01/2026"),
                "Kế hoạch", "Chuyển đổi số trong cơ quan nhà nước năm 2026", "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh",
                "25-KH-STTTT", plandoc.resolved.Funding.NONE);
        HeaderView header = new HeaderView(Optional.of("UBND TỈNH HÀ TĨNH"), "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 25/KH-STTTT",
                "Hà Tĩnh, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "Chuyển đổi số trong cơ quan nhà nước năm 2026",
                Optional.empty(), List.of("UBND TỈNH HÀ TĨNH"), List.of("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"),
                new RuleWidth(12.8, "12.8mm"), WRAPPED_TITLE_RULE);
        SectionView purpose = section("muc-dich", "I.", "roman", 1, "MỤC ĐÍCH, YÊU CẦU", List.of(), List.of(
                text("Nâng cao hiệu quả hoạt động của cơ quan nhà nước; 100% văn bản đi được ký số.")));
        SectionView tasks = section("nhiem-vu", "II.", "roman", 1, "NHIỆM VỤ", List.of("Văn phòng Sở"), List.of(
                new SectionBlock(section("nv-1", "1.", "arabic", 2, "", List.of(), List.of(
                        text("Rà soát quy trình xử lý văn bản điện tử, hoàn thành trong quý I năm 2026.")))),
                new SectionBlock(section("nv-2", "2.", "arabic", 2, "", List.of(), List.of(
                        text("Tập huấn ký số cho cán bộ, công chức./."))))));
        // The plan ends with text: compute puts the end mark after its last sentence, no closing line.
        AttachedPlanView body = new AttachedPlanView("KẾ HOẠCH",
                InlineText.of("Chuyển đổi số trong cơ quan nhà nước năm 2026"), List.of(purpose, tasks), List.of());
        SignatureView signature = new SignatureView(List.of("KT. GIÁM ĐỐC"), "PHÓ GIÁM ĐỐC", "Trần Văn An", "Phó Giám đốc",
                Optional.of("KT. Giám đốc"));
        Recipients recipients = new Recipients(List.of(InlineText.of("- UBND tỉnh (để b/c);"),
                InlineText.of("- Các phòng, đơn vị thuộc Sở;"), InlineText.of("- Lưu: VT, VP.")),
                List.of("UBND tỉnh (để b/c)", "Các phòng, đơn vị thuộc Sở"));
        List<TocEntry> toc = List.of(new TocEntry(1, "I. MỤC ĐÍCH, YÊU CẦU", "muc-dich"),
                new TocEntry(1, "II. NHIỆM VỤ", "nhiem-vu"));
        return printed(info, header, List.of(), Optional.empty(), Optional.empty(), List.of(), body, signature, recipients,
                List.of(), toc, List.of());
    }

    /** The decision approving a plan printed after its signature (Mẫu 1.3), with its own title block. */
    static ResolvedPlan decisionWithAttachedPlan(Path map) {
        ResolvedPlan decision = decision(map);
        DocumentInfo info = decision.info();
        DocumentInfo attachedInfo = new DocumentInfo("4087-qd-ubnd", "4087/QĐ-UBND", info.date(), info.shortDate(),
                info.kindName(), info.title(), info.issuer(), "4087-QD-UBND", info.funding());
        // A closing section long enough that the attached plan runs over two pages; it ends with text,
        // so the end mark closes its last sentence, as compute prints it.
        String paragraph = "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố, thị xã căn cứ chức năng, nhiệm vụ "
                + "tổ chức triển khai thực hiện Quy hoạch, định kỳ báo cáo kết quả về Sở Thông tin và Truyền thông để "
                + "tổng hợp, báo cáo Ủy ban nhân dân tỉnh.";
        List<SectionView> sections = new ArrayList<>(decision.body().sections());
        sections.add(section("to-chuc-thuc-hien", "VI.", "roman", 1, "TỔ CHỨC THỰC HIỆN", List.of(),
                List.of(text((paragraph + "\n\n").repeat(9) + paragraph.replace("tỉnh.", "tỉnh./.")))));
        AttachedPlanView body = new AttachedPlanView("QUY HOẠCH", decision.body().title(),
                "(Kèm theo Quyết định số 4087/QĐ-UBND ngày 28 tháng 12 năm 2012 của Ủy ban nhân dân tỉnh Hà Tĩnh)",
                sections, List.of(), WRAPPED_TITLE_RULE);
        List<ArticleView> articles = List.of(
                new ArticleView("dieu-1", "Điều 1.", InlineText.EMPTY, plandoc.compute.MarkdownTableCaptions.text(
                        "Phê duyệt kèm theo Quyết định này Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020."), false),
                decision.articles().get(1));
        return printed(attachedInfo, decision.header(), decision.bases(), decision.proposalLine(),
                decision.enactingLine(), articles, body, decision.signature(), decision.recipients(),
                decision.appendices(), decision.toc(), decision.tables());
    }

    /** A small map-like PNG for the image block. */
    static Path writeMap(Path directory) {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 160);
        g.setColor(new Color(30, 90, 160));
        g.setStroke(new BasicStroke(3));
        g.drawPolygon(new int[]{20, 120, 220, 180, 60}, new int[]{30, 10, 50, 140, 130}, 5);
        g.fillOval(110, 70, 12, 12);
        g.dispose();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("ban-do.png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableView budgetTable() {
        List<ColumnView> columns = List.of(
                new ColumnView("number", CellRole.NUMBER, "TT"),
                new ColumnView("title", CellRole.TITLE, "Nội dung"),
                new ColumnView("total", CellRole.MONEY, "Tổng kinh phí"),
                new ColumnView("tw", CellRole.MONEY, "Nguồn vốn - Ngân sách Trung ương"),
                new ColumnView("dp", CellRole.MONEY, "Nguồn vốn - Ngân sách địa phương"));
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("TT", 1, 2), new HeaderCell("Nội dung", 1, 2),
                        new HeaderCell("Tổng kinh phí", 1, 2), new HeaderCell("Nguồn vốn", 2, 1)),
                List.of(new HeaderCell("Ngân sách Trung ương", 1, 1), new HeaderCell("Ngân sách địa phương", 1, 1)));
        List<RowView> rows = List.of(
                row(plandoc.resolved.RowKind.GROUP, "ha-tang", true, "I", "Hạ tầng kỹ thuật", "412.50", "250.00", "162.50"),
                row(plandoc.resolved.RowKind.ITEM, "mang-chuyen-dung", false, "1", "Mạng chuyên dùng tỉnh", "212.50", "150.00", "62.50"),
                new RowView(plandoc.resolved.RowKind.ITEM, java.util.Optional.of("trung-tam-du-lieu"), List.of(
                        CellView.text("2", CellRole.NUMBER),
                        new CellView(List.of(new InlineText(List.of(Span.text("Trung tâm dữ liệu (xem "),
                                Span.link("Phụ lục II", "pl-du-an"), Span.text(")")))), Optional.empty(), false, CellRole.TITLE, 1),
                        money("200.00", false), money("100.00", false), money("100.00", false))),
                row(plandoc.resolved.RowKind.GROUP, "ung-dung", true, "II", "Ứng dụng CNTT", "312.40", "120.00", "192.40"),
                row(plandoc.resolved.RowKind.ITEM, "chinh-quyen-dien-tu", false, "1", "Chính quyền điện tử", "312.40", "120.00", "192.40"),
                row(plandoc.resolved.RowKind.GRAND, "", true, "", "Tổng cộng", "724.90", "370.00", "354.90"));
        return new TableView(BUDGET_ID, TableKind.BUDGET, java.util.Optional.of("Đơn vị tính: Tỷ đồng"), 2, columns, header, rows, List.of(), false,
                TableSums.NONE);
    }

    private static TableView projectsTable() {
        List<ColumnView> columns = List.of(
                new ColumnView("number", CellRole.NUMBER, "TT"),
                new ColumnView("title", CellRole.TITLE, "Danh mục các dự án"),
                new ColumnView("period", CellRole.TEXT, "Thời gian thực hiện"),
                new ColumnView("lead", CellRole.TEXT, "Đơn vị chủ trì"),
                new ColumnView("2012-2015/tw", CellRole.MONEY, "Giai đoạn 2012-2015 - NS TƯ"),
                new ColumnView("2012-2015/dp", CellRole.MONEY, "Giai đoạn 2012-2015 - NS địa phương"),
                new ColumnView("2012-2015/khac", CellRole.MONEY, "Giai đoạn 2012-2015 - Vốn khác"),
                new ColumnView("2016-2020/tw", CellRole.MONEY, "Giai đoạn 2016-2020 - NS TƯ"),
                new ColumnView("2016-2020/dp", CellRole.MONEY, "Giai đoạn 2016-2020 - NS địa phương"),
                new ColumnView("2016-2020/khac", CellRole.MONEY, "Giai đoạn 2016-2020 - Vốn khác"),
                new ColumnView("total", CellRole.MONEY, "Tổng"));
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("TT", 1, 2), new HeaderCell("Danh mục các dự án", 1, 2),
                        new HeaderCell("Thời gian thực hiện", 1, 2), new HeaderCell("Đơn vị chủ trì", 1, 2),
                        new HeaderCell("Giai đoạn 2012-2015", 3, 1), new HeaderCell("Giai đoạn 2016-2020", 3, 1),
                        new HeaderCell("Tổng", 1, 2)),
                List.of(new HeaderCell("NS TƯ", 1, 1), new HeaderCell("NS địa phương", 1, 1), new HeaderCell("Vốn khác", 1, 1),
                        new HeaderCell("NS TƯ", 1, 1), new HeaderCell("NS địa phương", 1, 1), new HeaderCell("Vốn khác", 1, 1)));
        String[] leads = {"Sở TT&TT", "Sở Tài chính", "Sở Y tế", "Sở GD&ĐT", "Sở TN&MT", "Văn phòng UBND tỉnh"};
        String[] topics = {"Xây dựng hệ thống thông tin quản lý", "Nâng cấp cơ sở dữ liệu chuyên ngành",
                "Triển khai dịch vụ công trực tuyến mức độ 3", "Đào tạo nguồn nhân lực an toàn thông tin"};
        List<RowView> rows = new ArrayList<>();
        BigDecimal grand = BigDecimal.ZERO;
        int number = 0;
        for (int group = 0; group < 3; group++) {
            List<RowView> items = new ArrayList<>();
            BigDecimal[] sums = new BigDecimal[7];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            for (int i = 0; i < PROJECT_ROWS / 3; i++) {
                number++;
                BigDecimal[] amounts = new BigDecimal[6];
                for (int k = 0; k < 6; k++) {
                    amounts[k] = new BigDecimal(((number * 37 + k * 11) % 90 + 5) + ".5").movePointLeft(1);
                    sums[k] = sums[k].add(amounts[k]);
                }
                BigDecimal total = java.util.Arrays.stream(amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
                sums[6] = sums[6].add(total);
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text(Integer.toString(i + 1), CellRole.NUMBER));
                cells.add(CellView.text(topics[number % topics.length] + " giai đoạn " + number, CellRole.TITLE));
                cells.add(CellView.text(number % 2 == 0 ? "2012-2015" : "2013-2020", CellRole.TEXT));
                cells.add(CellView.text(leads[number % leads.length], CellRole.TEXT));
                for (BigDecimal amount : amounts) {
                    cells.add(money(amount.toPlainString(), false));
                }
                cells.add(money(total.toPlainString(), true));
                items.add(new RowView(plandoc.resolved.RowKind.ITEM, java.util.Optional.of("da-" + number), cells));
            }
            List<CellView> groupCells = new ArrayList<>();
            groupCells.add(CellView.text(List.of("I", "II", "III").get(group), CellRole.NUMBER));
            groupCells.add(new CellView(List.of(InlineText.of(List.of("Dự án hạ tầng", "Dự án ứng dụng", "Dự án nhân lực").get(group))), Optional.empty(), false, CellRole.TITLE, 3));
            for (BigDecimal sum : sums) {
                groupCells.add(money(sum.toPlainString(), true));
            }
            rows.add(new RowView(plandoc.resolved.RowKind.GROUP, java.util.Optional.of("nhom-" + (group + 1)), groupCells));
            rows.addAll(items);
            grand = grand.add(sums[6]);
        }
        List<CellView> grandCells = new ArrayList<>();
        grandCells.add(CellView.text("", CellRole.NUMBER));
        grandCells.add(new CellView(List.of(InlineText.of("Tổng cộng")), Optional.empty(), false, CellRole.TITLE, 3));
        for (int k = 0; k < 6; k++) {
            grandCells.add(new CellView(List.of(InlineText.of("")), Optional.empty(), false, CellRole.MONEY, 1));
        }
        grandCells.add(money(grand.toPlainString(), true));
        rows.add(new RowView(plandoc.resolved.RowKind.GRAND, grandCells));
        return new TableView(PROJECTS_ID, TableKind.BUDGET, java.util.Optional.of("Đơn vị tính: Tỷ đồng"), 2, columns, header, rows,
                List.of(InlineText.of("Ghi chú: kinh phí giai đoạn 2016-2020 là dự kiến.")), true, TableSums.NONE);
    }

    private static SectionView section(String anchor, String number, String style, int level, String title,
                                       List<String> agencies, List<Block> blocks) {
        return new SectionView(anchor, Optional.of(number).filter(n -> !n.isEmpty()), style, level, InlineText.of(title), agencies, blocks);
    }

    private static TextBlock text(String markdown) {
        return new TextBlock(plandoc.compute.MarkdownTableCaptions.text(markdown));
    }

    private static RowView row(plandoc.resolved.RowKind kind, String anchor, boolean computed, String number, String title,
                               String total, String tw, String dp) {
        return new RowView(kind, java.util.Optional.of(anchor).filter(a -> !a.isEmpty()), List.of(CellView.text(number, CellRole.NUMBER), CellView.text(title, CellRole.TITLE),
                money(total, computed), money(tw, computed), money(dp, computed)));
    }

    private static CellView money(String value, boolean computed) {
        BigDecimal exact = new BigDecimal(value);
        return new CellView(List.of(InlineText.of(vietnamese(exact))), Optional.of(exact), computed, CellRole.MONEY, 1);
    }

    /** "1.234,50": grouping dot, decimal comma, two decimals (what compute prints for tỷ đồng). */
    static String vietnamese(BigDecimal value) {
        String plain = value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        String whole = plain.substring(0, plain.indexOf('.'));
        String fraction = plain.substring(plain.indexOf('.') + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + "," + fraction;
    }
}

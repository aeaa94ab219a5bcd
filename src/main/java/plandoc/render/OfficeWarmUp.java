package plandoc.render;

import plandoc.render.docx.PlanDocument;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.DeclaredFigure;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.HeaderView;
import plandoc.resolved.InlineText;
import plandoc.resolved.MarkdownText;
import plandoc.resolved.Recipients;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SectionView;
import plandoc.resolved.SignatureView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableView;
import plandoc.resolved.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes a tiny Word and Excel file, thrown away, on a thread of its own as soon as a build knows it
 * will render a plan (issue 17). In a fresh JVM the first DOCX and XLSX cost most of their time in
 * loading Apache POI and XMLBeans (classes initialised, schema types read from their .xsb resources,
 * XML factories looked up); done here, that happens on the second core while the first core loads and
 * checks the plans, which left it idle. The plan below touches the same parts of the writers as a real
 * one: header block, sections, a table with merged header cells, an appendix, live sums, the check
 * sheet. Its bytes go nowhere; a failure here only means the real writers start cold.
 */
public final class OfficeWarmUp {
    /** {@code -Dplandoc.office-warm-up=off}: no warm-up, to measure what it gains (docs/benchmarks.md). */
    static final String SWITCH = "plandoc.office-warm-up";
    private static volatile Thread started;

    private OfficeWarmUp() {
    }

    /** Starts the warm-up once per JVM; returns at once. */
    public static synchronized void start() {
        if (started != null || "off".equals(System.getProperty(SWITCH))) {
            return;
        }
        Thread thread = new Thread(OfficeWarmUp::run, "plandoc-office-warm-up");
        thread.setDaemon(true);
        started = thread;
        thread.start();
    }

    static void run() {
        try {
            ResolvedPlan plan = plan();
            new PlanDocument().write(plan);
            new BudgetWorkbook().write(plan);
        } catch (Exception | LinkageError e) {
            // Only a missed head start: the real writers report their own failures.
        }
    }

    /** A decision with one article carrying the plan, a section, and an appendix with a budget table. */
    static ResolvedPlan plan() {
        LocalDate date = LocalDate.of(2025, 1, 2);
        DocumentInfo info = new DocumentInfo("1-qd-ubnd", "1/QĐ-UBND", Optional.of(date), "02/01/2025", "Quyết định", "Khởi động",
                "Ủy ban nhân dân tỉnh", "1-QD-UBND", Optional.of(BigDecimal.TEN), "triệu đồng", "10");
        HeaderView header = new HeaderView("", "ỦY BAN NHÂN DÂN TỈNH", "Số: 1/QĐ-UBND", "ngày 02 tháng 01 năm 2025",
                "QUYẾT ĐỊNH", "Khởi động", "", List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH"), "");
        List<ColumnView> columns = List.of(new ColumnView("number", "number", "TT"),
                new ColumnView("title", "title", "Nội dung"), new ColumnView("a", "money", "A"),
                new ColumnView("b", "money", "B"));
        List<List<HeaderCell>> head = List.of(
                List.of(new HeaderCell("TT", 1, 2), new HeaderCell("Nội dung", 1, 2), new HeaderCell("Vốn", 2, 1)),
                List.of(new HeaderCell("A", 1, 1), new HeaderCell("B", 1, 1)));
        List<RowView> rows = List.of(
                new RowView("item", "x", List.of(CellView.text("1", "number"), CellView.text("Dự án", "title"),
                        money("4"), money("6"))),
                new RowView("grand", "", List.of(CellView.text("", "number"), CellView.text("Tổng cộng", "title"),
                        money("4"), money(""))));
        TableSums sums = new TableSums(List.of(new CellSum(new CellRef(1, 2), List.of(new CellRef(0, 2)))),
                List.of(new CellRef(1, 3)), List.of(new DeclaredFigure("kinh-phi", "Tổng", BigDecimal.TEN,
                Optional.of(BigDecimal.TEN), "10", "10")));
        TableView table = new TableView("kinh-phi", "budget", "Đơn vị tính: triệu đồng", columns, head, rows,
                List.of(InlineText.of("Ghi chú")), true, sums);
        SectionView section = new SectionView("muc-1", "I.", "roman", 1, InlineText.of("MỤC TIÊU"), List.of("Sở"),
                List.of(new TextBlock(new MarkdownText("Một **câu** _văn_.\n\n- Ý một;\n- ý hai."))));
        AttachedPlanView body = new AttachedPlanView(false, "KẾ HOẠCH", InlineText.of("Khởi động"), "",
                List.of(section), List.of());
        AppendixView appendix = new AppendixView("pl-1", "Phụ lục I", "Phụ lục I", InlineText.of("KINH PHÍ"),
                "(Kèm theo)", true, List.of(new TableBlock(table)));
        return new ResolvedPlan(info, header, List.of("Căn cứ Luật;"), "Theo đề nghị;", "QUYẾT ĐỊNH:",
                List.of(new ArticleView("dieu-1", "Điều 1.", new MarkdownText("Ban hành kế hoạch."), true)), body,
                new SignatureView(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn A"),
                new Recipients(List.of(InlineText.of("- Như Điều 1;"))), List.of(appendix), List.of(), List.of(table));
    }

    private static CellView money(String figure) {
        return new CellView(figure.isEmpty() ? List.of() : List.of(InlineText.of(figure)),
                figure.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(figure)), false, "money", 1);
    }
}

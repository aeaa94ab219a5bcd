package plandoc.diff;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.compute.Numbering;
import plandoc.diagnostic.Messages;
import plandoc.resolved.DocumentInfo;

/**
 * Lays a {@link PlanComparison} out as the comparison document, in Vietnamese (an officer's
 * document), grouped like the plan: budget items under their groups, indicators under theirs.
 * Figures are formatted here, with {@code VietnameseNumbers}, never in the template.
 */
public final class ComparisonViewBuilder {
    private static final List<String> FIGURE_HEADERS = List.of("Nội dung", "Trước điều chỉnh", "Sau điều chỉnh", "Tăng/giảm");
    private static final List<String> TEXT_HEADERS = List.of("Nội dung", "Trước điều chỉnh", "Sau điều chỉnh");
    /** Words of unchanged text shown around each change of a re-worded text. */
    private static final int CONTEXT = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages vietnamese = Messages.forLanguage("vi");

    public ComparisonView build(PlanComparison c) {
        DocumentInfo info = c.after();
        String subject = info.kindName() + " số " + info.numberSymbol()
                + info.shortDate().map(date -> " ngày " + date).orElse("") + " của " + info.issuer();
        ComparisonText text = new ComparisonText(vietnamese);
        // The officer's words in the document ("bản đã commit ngày …", "bản đang soạn"); git's ids in a footnote.
        String versions = "Trước điều chỉnh: " + officerWords(c.from(), c.to()) + "; sau điều chỉnh: "
                + officerWords(c.to(), c.from()) + ".";
        String footnote = "Mã phiên bản trong git: trước điều chỉnh " + revisionId(c.from()) + "; sau điều chỉnh "
                + revisionId(c.to()) + ".";
        String title = "Nội dung trước và sau điều chỉnh " + subject;
        List<ComparisonView.Part> parts = new ArrayList<>();
        add(parts, "THÔNG TIN VĂN BẢN", document(c));
        add(parts, "MỤC TIÊU, CHỈ TIÊU", objectives(c));
        add(parts, "NHIỆM VỤ", c.tasks().stream().map(this::tasks).toList());
        add(parts, "KINH PHÍ", c.budgets().stream().map(this::budget).toList());
        add(parts, "ĐIỀU, MỤC CỦA VĂN BẢN", parts(c));
        add(parts, "PHỤ LỤC VÀ THAM CHIẾU", appendices(c));
        String pdfTitle = "Bảng so sánh " + title.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi"))
                + title.substring(1);
        DocumentInfo pdfInfo = new DocumentInfo(info.slug(), info.numberSymbol(), Optional.empty(), Optional.empty(),
                "Bảng so sánh", pdfTitle, info.issuer(), info.fileStem() + "-so-sanh", plandoc.resolved.Funding.NONE,
                Optional.empty(), plandoc.compute.FileLabelling.subject(info.numberSymbol(), "Bảng so sánh", pdfTitle));
        return new ComparisonView("BẢNG SO SÁNH", title, versions, parts, pdfInfo, footnote);
    }

    /**
     * "bản đã commit ngày 06/12/2026", or "bản đang soạn"; when the other side was committed the same day, the time
     * and the id too, so that the two can be told apart in the heading (s25 tryout L2).
     */
    private static String officerWords(Revision r, Revision other) {
        return r.commit().map(commit -> {
            String day = commit.when().format(DAY);
            boolean sameDay = other.commit().map(o -> o.when().format(DAY).equals(day)).orElse(false);
            return sameDay ? "bản đã commit lúc " + commit.when().format(TIME) + " ngày " + day + " (mã " + commit.shortId() + ")"
                    : "bản đã commit ngày " + day;
        }).orElse("bản đang soạn");
    }

    private static String revisionId(Revision r) {
        return r.commit().map(commit -> commit.shortId() + (commit.id().startsWith(r.spec()) || r.spec().isEmpty() ? ""
                : " (" + r.spec() + ")")).orElse("chưa commit");
    }

    private static void add(List<ComparisonView.Part> parts, String title, List<ComparisonView.Table> tables) {
        List<ComparisonView.Table> kept = tables.stream().filter(t -> !t.rows().isEmpty()).toList();
        if (!kept.isEmpty()) {
            parts.add(new ComparisonView.Part("phan-" + (parts.size() + 1), Numbering.roman(parts.size() + 1), title, kept));
        }
    }

    // Document facts

    private List<ComparisonView.Table> document(PlanComparison c) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (FieldChange f : c.document()) {
            rows.add(textRow("item", vietnamese.text("diff.field." + f.field()), new WordDiffer().diff(f.before(), f.after()), false));
        }
        return List.of(new ComparisonView.Table("", "", TEXT_HEADERS, rows));
    }

    // Objectives: grouped by table and group, as printed

    private List<ComparisonView.Table> objectives(PlanComparison c) {
        Map<String, Map<String, List<ObjectiveChange>>> byTable = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (ObjectiveChange o : c.objectives()) {
            byTable.computeIfAbsent(o.table(), t -> new LinkedHashMap<>()).computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o);
            places.putIfAbsent(o.table(), o.tableLabel());
        }
        List<ComparisonView.Table> tables = new ArrayList<>();
        byTable.forEach((table, groups) -> {
            List<ComparisonView.Row> rows = new ArrayList<>();
            groups.forEach((group, changes) -> {
                if (!group.isEmpty()) {
                    rows.add(wide("heading", group, 4));
                }
                for (ObjectiveChange o : changes) {
                    String label = o.labelAfter().isEmpty() ? o.labelBefore() : o.labelAfter();
                    String content = capital(label) + ". " + o.indicator() + note(o.status(), o.wording().changed() ? "sửa đổi" : "");
                    if (o.wording().changed()) {
                        rows.add(textRow("item", content, excerpt(o.wording()), true));
                    } else {
                        rows.add(row("item", content, "", "", ""));
                    }
                    FigureText figures = new FigureText(0);
                    for (TargetChange t : o.targets()) {
                        rows.add(row("detail", "- Năm " + t.year(), t.before(), t.after(), figures.difference(t.difference())));
                    }
                }
            });
            String place = places.get(table);
            tables.add(new ComparisonView.Table("Chỉ tiêu " + (place.isEmpty() ? table : "tại " + place), "",
                    FIGURE_HEADERS, rows));
        });
        return tables;
    }

    // Tasks: a table per task table, each task with the columns that print otherwise

    private ComparisonView.Table tasks(TaskTableChange t) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (FieldChange h : t.headings()) {
            if (h.before().isEmpty() || h.after().isEmpty()) {
                rows.add(row("item", "Tiêu đề nhóm" + note(h.before().isEmpty() ? Status.ADDED : Status.REMOVED, ""),
                        h.before(), h.after()));
            } else {
                rows.add(textRow("item", "Tiêu đề nhóm (sửa đổi)", new WordDiffer().diff(h.before(), h.after()), false));
            }
        }
        for (TaskChange k : t.tasks()) {
            boolean edited = k.titleDiff().changed() || !k.columns().isEmpty();
            String extra = edited ? "sửa đổi" : k.moved() ? "chuyển vị trí" : "";
            rows.add(row("item", capital(k.label()) + ". " + k.title() + note(k.status(), extra), "", ""));
            if (k.moved() && !k.labelBefore().equals(k.labelAfter())) {
                rows.add(row("detail", "- Số thứ tự", capital(k.labelBefore()), capital(k.labelAfter())));
            }
            if (k.titleDiff().changed()) {
                rows.add(textRow("detail", "- Tên nhiệm vụ", k.titleDiff(), false));
            }
            for (FieldChange column : k.columns()) {
                rows.add(row("detail", "- " + column.field(), column.before(), column.after()));
            }
        }
        String place = t.label().isEmpty() ? t.id() : "tại " + t.label();
        return new ComparisonView.Table("Bảng nhiệm vụ " + place + note(t.status(), ""), "", TEXT_HEADERS, rows);
    }

    // Budgets: groups, items and their cells, then totals, like the table

    private ComparisonView.Table budget(BudgetChange b) {
        FigureText figures = new FigureText(b.decimals());
        List<ComparisonView.Row> rows = new ArrayList<>();
        if (b.axesChanged()) {
            rows.add(wide("note", "Các cột của bảng đã thay đổi; chỉ so sánh tổng kinh phí của từng dòng.", 4));
        }
        for (GroupChange g : b.groups()) {
            boolean titled = !g.title().isEmpty();
            TotalChange whole = g.totals().stream().filter(TotalChange::whole).findFirst().orElse(null);
            if (titled) {
                String content = g.number() + ". " + g.title() + note(g.status(), g.renamed() ? "đổi tên" : "");
                rows.add(whole == null ? row("group", content, "", "", "") : figureRow("group", content, whole, figures));
                if (g.renamed()) {
                    rows.add(row("detail", "- Tên nhóm", g.titleBefore(), g.titleAfter(), ""));
                }
            }
            for (ItemChange i : g.items()) {
                item(i, figures, rows);
            }
            for (TotalChange t : g.totals()) {
                if (t != whole || !titled) {
                    rows.add(figureRow("axis-total", (titled ? "Cộng nhóm " + g.number() : "Cộng")
                            + (t.whole() ? "" : ": " + t.column()), t, figures));
                }
            }
        }
        for (TotalChange t : b.totals()) {
            rows.add(t.whole() ? figureRow("grand", "TỔNG CỘNG", t, figures)
                    : figureRow("axis-total", "Tổng: " + t.column(), t, figures));
        }
        String place = b.label().isEmpty() ? b.id() : capital(b.label());
        String caption = place + (b.title().isEmpty() ? "" : ": " + b.title()) + note(b.status(), "");
        return new ComparisonView.Table(caption, "Đơn vị tính: " + b.unit(), FIGURE_HEADERS, rows);
    }

    private void item(ItemChange i, FigureText figures, List<ComparisonView.Row> rows) {
        // Its columns named as the summary names them ("sửa tên, thời gian thực hiện"), not only the first change.
        List<String> fields = new ChangeSummary(vietnamese).itemFields(i);
        String extra = i.renamed() || !i.columns().isEmpty() ? vietnamese.text("history.edited", String.join(", ", fields))
                : i.moved() ? "chuyển nhóm" : "";
        String content = capital(i.label()) + ". " + i.title() + note(i.status(), extra);
        rows.add(i.total().map(t -> figureRow("item", content, t, figures)).orElse(row("item", content, "", "", "")));
        if (i.renamed()) {
            rows.add(textRow("detail", "- Tên", new WordDiffer().diff(i.titleBefore(), i.titleAfter()), false));
        }
        if (i.moved()) {
            rows.add(row("detail", "- Số thứ tự", i.labelBefore(), i.labelAfter(), ""));
        }
        for (FieldChange column : i.columns()) {
            rows.add(row("detail", "- " + column.field(), column.before(), column.after(), ""));
        }
        for (CellChange cell : i.cells()) {
            rows.add(row("detail", "- " + cell.column(), figures.figure(cell.before()), figures.figure(cell.after()),
                    figures.difference(cell.difference())));
        }
    }

    // Articles and sections

    private List<ComparisonView.Table> parts(PlanComparison c) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (PartChange p : c.parts()) {
            String label = p.labelAfter().isEmpty() ? p.labelBefore() : p.labelAfter();
            String name = (label.isEmpty() ? p.id() : capital(label)) + (p.title().isEmpty() ? "" : ". " + p.title());
            switch (p.status()) {
                case ADDED -> rows.add(row("item", name + note(Status.ADDED, ""), "", p.title()));
                case REMOVED -> rows.add(row("item", name + note(Status.REMOVED, ""), p.title(), ""));
                case CHANGED -> {
                    // A section no one edited whose cited figures follow their table: said so, and which table, lest
                    // the reviewer look for an edit.
                    String extra = p.citedOnly() ? vietnamese.text("diff.cited", CitedTable.names(p.citedFrom(), vietnamese))
                            : p.moved() && !p.edited() ? "chuyển vị trí" : "sửa đổi";
                    rows.add(row("item", name + note(Status.CHANGED, extra), "", ""));
                    if (p.moved()) {
                        rows.add(row("detail", "- Vị trí", capital(p.labelBefore()), capital(p.labelAfter())));
                    }
                    if (p.titleDiff().changed()) {
                        rows.add(textRow("detail", "- Tên", p.titleDiff(), false));
                    }
                    if (p.textDiff().changed()) {
                        rows.add(textRow("detail", "- Nội dung", excerpt(p.textDiff()), false));
                    }
                }
            }
        }
        return List.of(new ComparisonView.Table("", "", TEXT_HEADERS, rows));
    }

    // Appendices and the references they renumber

    private List<ComparisonView.Table> appendices(PlanComparison c) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (AppendixChange a : c.appendices()) {
            String content = a.title() + " (" + a.id() + ")"
                    + note(a.status(), a.retitled() ? "đổi tên" : a.renumbered() ? "đổi số thứ tự" : "");
            rows.add(row("item", content, a.labelBefore(), a.labelAfter()));
            if (a.retitled()) {
                rows.add(textRow("detail", "- Tên", new WordDiffer().diff(a.titleBefore(), a.titleAfter()), false));
            }
        }
        for (LabelChange r : c.references()) {
            rows.add(row("item", "Dẫn chiếu đến " + r.target() + " (" + r.uses() + " chỗ trong văn bản)",
                    r.before(), r.after()));
        }
        return List.of(new ComparisonView.Table("", "", TEXT_HEADERS, rows));
    }

    // Rows

    /** A row of a table without a Tăng/giảm column (texts, labels). */
    private static ComparisonView.Row row(String kind, String content, String before, String after) {
        return new ComparisonView.Row(kind, List.of(ComparisonView.Cell.text(content, "title"),
                ComparisonView.Cell.text(before, "text"), ComparisonView.Cell.text(after, "text")));
    }

    /** A row of a table with a Tăng/giảm column. */
    private static ComparisonView.Row row(String kind, String content, String before, String after, String difference) {
        List<ComparisonView.Cell> cells = new ArrayList<>();
        cells.add(ComparisonView.Cell.text(content, "title"));
        boolean figures = !"".equals(difference) || kind.equals("group") || kind.equals("grand") || kind.equals("axis-total");
        cells.add(ComparisonView.Cell.text(before, figures ? "money" : "text"));
        cells.add(ComparisonView.Cell.text(after, figures ? "money" : "text"));
        cells.add(ComparisonView.Cell.text(difference, "diff"));
        return new ComparisonView.Row(kind, cells);
    }

    private static ComparisonView.Row figureRow(String kind, String content, TotalChange t, FigureText figures) {
        List<ComparisonView.Cell> cells = List.of(ComparisonView.Cell.text(content, "title"),
                ComparisonView.Cell.text(figures.figure(t.before()), "money"),
                ComparisonView.Cell.text(figures.figure(t.after()), "money"),
                ComparisonView.Cell.text(figures.difference(t.difference()), "diff"));
        return new ComparisonView.Row(kind, cells);
    }

    /**
     * A text row: removed words struck in the "before" cell, added words marked in the "after" cell.
     * {@code withDifference}: the table has a Tăng/giảm column (left blank for words).
     */
    private static ComparisonView.Row textRow(String kind, String content, WordDiff diff, boolean withDifference) {
        List<ComparisonView.Cell> cells = new ArrayList<>();
        cells.add(ComparisonView.Cell.text(content, "title"));
        cells.add(new ComparisonView.Cell(runs(diff, WordDiff.Op.ADDED, "del"), "text", 1));
        cells.add(new ComparisonView.Cell(runs(diff, WordDiff.Op.REMOVED, "ins"), "text", 1));
        if (withDifference) {
            cells.add(ComparisonView.Cell.text("", "diff"));
        }
        return new ComparisonView.Row(kind, cells);
    }

    private static ComparisonView.Row wide(String kind, String text, int columns) {
        return new ComparisonView.Row(kind, List.of(new ComparisonView.Cell(List.of(new ComparisonView.Run("text", text)),
                "title", columns)));
    }

    /** One side of a word diff: the words kept and the side's own changes, marked {@code mark}. */
    private static List<ComparisonView.Run> runs(WordDiff diff, WordDiff.Op skipped, String mark) {
        List<ComparisonView.Run> out = new ArrayList<>();
        for (WordDiff.Run run : diff.runs()) {
            if (run.op() == skipped) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new ComparisonView.Run("text", " ")); // outside the mark: no underlined gap
            }
            out.add(new ComparisonView.Run(run.op() == WordDiff.Op.SAME ? "text" : mark, run.text()));
        }
        return out;
    }

    private static WordDiff excerpt(WordDiff diff) {
        return new WordDiff(diff.excerpt(CONTEXT));
    }

    private static String note(Status status, String changed) {
        return switch (status) {
            case ADDED -> " (bổ sung)";
            case REMOVED -> " (bãi bỏ)";
            case CHANGED -> changed.isEmpty() ? "" : " (" + changed + ")";
        };
    }

    /** "dự án số 3" → "Dự án số 3" at the start of a row. */
    private static String capital(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + label.substring(1);
    }
}

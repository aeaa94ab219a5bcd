package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.history.ContentChange;
import plandoc.history.GitRepository;
import plandoc.render.RenderSettings;

/**
 * A task table's changes — a task re-worded, co-led, re-dated, given a partner; tasks added, removed, moved; a
 * group heading re-worded — compared as the table prints them, in every form {@code diff} has and in the
 * plan's history (s24 tryout H1: all of it read "Không có thay đổi").
 */
class TaskComparisonTest {
    @TempDir
    static Path dir;

    static TestRepository repo;
    static String base;
    static String edited;
    static String reshaped;
    static String moved;

    @BeforeAll
    static void commitTheEdits() {
        assertNotEquals(TaskPlan.BASE, SmallPlan.BASE);
        assertNotEquals(TaskPlan.BASE, TaskPlan.EDITED);
        assertNotEquals(TaskPlan.BASE, TaskPlan.RESHAPED);
        assertNotEquals(TaskPlan.BASE, TaskPlan.MOVED);
        repo = TestRepository.init(dir);
        base = repo.write(SmallPlan.FILE, TaskPlan.BASE).commit("Sở TTTT", "Kế hoạch có bảng nhiệm vụ");
        edited = repo.write(SmallPlan.FILE, TaskPlan.EDITED).commit("Sở TTTT", "Sửa nhiệm vụ rà soát");
        reshaped = repo.write(SmallPlan.FILE, TaskPlan.RESHAPED).commit("Sở TTTT", "Thay nhiệm vụ quy chế");
        moved = repo.write(SmallPlan.FILE, TaskPlan.MOVED).commit("Sở TTTT", "Chuyển nhiệm vụ tập huấn");
    }

    @AfterAll
    static void close() {
        repo.close();
    }

    @Test
    void aTaskReworded_coLed_andReDatedShowsEachPrintedColumn() {
        PlanComparison c = between(repo, base, edited);

        assertEquals(1, c.tasks().size());
        TaskTableChange table = c.tasks().get(0);
        assertEquals("nhiem-vu", table.id());
        assertEquals(Status.CHANGED, table.status());
        assertEquals("Mục IV", table.label());
        assertEquals(List.of(), table.headings());
        assertEquals(List.of("ra-soat", "tap-huan"), table.tasks().stream().map(TaskChange::id).toList(),
                "quy-che prints as before");
        TaskChange raSoat = table.tasks().get(0);
        assertEquals(Status.CHANGED, raSoat.status());
        assertEquals("nhiệm vụ số 2", raSoat.label());
        assertFalse(raSoat.moved());
        assertEquals(List.of(
                new WordDiff.Run(WordDiff.Op.SAME, "Rà"),
                new WordDiff.Run(WordDiff.Op.REMOVED, "soát"),
                new WordDiff.Run(WordDiff.Op.ADDED, "soát, chuẩn hóa"),
                new WordDiff.Run(WordDiff.Op.SAME, "quy trình xử lý văn bản điện tử")), raSoat.titleDiff().runs());
        // The deadline as printed, not as written (2013-09-30).
        assertEquals(List.of(
                new FieldChange("Cơ quan chủ trì", "Sở Nội vụ", "Sở Nội vụ, Sở Tài chính"),
                new FieldChange("Thời gian hoàn thành", "06/03/2013", "30/09/2013")), raSoat.columns());
        assertEquals(List.of(new FieldChange("Cơ quan phối hợp", "Sở Tài chính", "Sở Tài chính, Sở Thông tin và Truyền thông")),
                table.tasks().get(1).columns());
        assertTrue(c.parts().isEmpty() && c.budgets().isEmpty() && c.document().isEmpty(), "only the task table changed");
    }

    @Test
    void theTerminalNamesTheTasksAndCountsThemInBothLanguages() {
        PlanComparison c = between(repo, base, edited);

        List<String> vi = new ComparisonText(Messages.forLanguage("vi")).lines(c);
        for (String expected : List.of(
                "Nhiệm vụ: bảng Mục IV (nhiem-vu)",
                "  ~ nhiệm vụ số 2 (ra-soat): Rà soát, chuẩn hóa quy trình xử lý văn bản điện tử",
                "      ~ Tên nhiệm vụ: Rà [-soát-]{+soát, chuẩn hóa+} quy trình xử lý văn bản …",
                "      ~ Cơ quan chủ trì: \"Sở Nội vụ\" → \"Sở Nội vụ, Sở Tài chính\"",
                "      ~ Thời gian hoàn thành: \"06/03/2013\" → \"30/09/2013\"",
                "  ~ nhiệm vụ số 3 (tap-huan): Tập huấn cán bộ, công chức",
                "Thay đổi: 0 thông tin văn bản, 0 điều/mục, 0 chỉ tiêu, 2 nhiệm vụ, 0 khoản mục kinh phí, 0 phụ lục, 0 tham chiếu.",
                "Tóm tắt: Sửa nhiệm vụ số 2, nhiệm vụ số 3 (tên, cơ quan chủ trì, thời gian hoàn thành, cơ quan phối hợp)")) {
            assertTrue(vi.contains(expected), expected + " in\n" + String.join("\n", vi));
        }
        List<String> en = new ComparisonText(Messages.forLanguage("en")).lines(c);
        for (String expected : List.of(
                "Tasks: table Mục IV (nhiem-vu)",
                "      ~ Title: Rà [-soát-]{+soát, chuẩn hóa+} quy trình xử lý văn bản …",
                "Changes: 0 document facts, 0 articles/sections, 0 indicators, 2 tasks, 0 budget items, 0 appendices, 0 references.",
                "In short: Edited nhiệm vụ số 2, nhiệm vụ số 3 (title, cơ quan chủ trì, thời gian hoàn thành, cơ quan phối hợp)")) {
            assertTrue(en.contains(expected), expected + " in\n" + String.join("\n", en));
        }
    }

    @Test
    void tasksAddedAndRemovedAreListedWithWhatTheyPrint_andAHeadingReworded() {
        PlanComparison c = between(repo, edited, reshaped);

        TaskTableChange table = c.tasks().get(0);
        assertEquals(List.of(new FieldChange("heading", "Đào tạo", "Đào tạo, bồi dưỡng")), table.headings());
        TaskChange added = table.tasks().stream().filter(t -> t.id().equals("chu-ky-so")).findFirst().orElseThrow();
        assertEquals(Status.ADDED, added.status());
        assertEquals("nhiệm vụ số 1", added.labelAfter());
        assertEquals(List.of(new FieldChange("Cơ quan chủ trì", "", "Văn phòng UBND tỉnh"),
                new FieldChange("Thời gian hoàn thành", "", "Quý II/2013")), added.columns());
        TaskChange removed = table.tasks().get(table.tasks().size() - 1);
        assertEquals("quy-che", removed.id());
        assertEquals(Status.REMOVED, removed.status());
        assertEquals("nhiệm vụ số 1", removed.labelBefore());
        assertEquals(List.of(new FieldChange("Cơ quan chủ trì", "Văn phòng UBND tỉnh", ""),
                new FieldChange("Cơ quan phối hợp", "Sở Nội vụ", ""), new FieldChange("Thời gian hoàn thành", "30/06/2013", ""),
                new FieldChange("Sản phẩm", "Quy chế được ban hành", "")), removed.columns());
        // Back as in BASE: ra-soat re-worded and re-dated again, not moved by the swap before it.
        assertTrue(table.tasks().stream().noneMatch(TaskChange::moved), table.tasks().toString());

        List<String> vi = new ComparisonText(Messages.forLanguage("vi")).lines(c);
        for (String expected : List.of(
                "  ~ Sửa tiêu đề nhóm: \"Đào tạo\" → \"Đào tạo, bồi dưỡng\"",
                "  + Thêm nhiệm vụ số 1 (chu-ky-so): Cấp chữ ký số cho cán bộ, công chức",
                "      + Cơ quan chủ trì: thêm \"Văn phòng UBND tỉnh\"",
                "  - Bỏ nhiệm vụ số 1 (quy-che): Xây dựng quy chế quản lý văn bản điện tử")) {
            assertTrue(vi.contains(expected), expected + " in\n" + String.join("\n", vi));
        }
        assertTrue(vi.get(vi.size() - 1).startsWith("Tóm tắt: Thêm nhiệm vụ số 1; bỏ nhiệm vụ số 1; sửa nhiệm vụ số 2"),
                vi.get(vi.size() - 1));
        assertTrue(vi.get(vi.size() - 1).endsWith("; sửa 1 tiêu đề nhóm nhiệm vụ"), vi.get(vi.size() - 1));
    }

    @Test
    void aTaskMovedIsNamedWithTheNumberItHad() {
        PlanComparison c = between(repo, base, moved);

        TaskTableChange table = c.tasks().get(0);
        assertEquals(List.of(new FieldChange("heading", "Đào tạo", "")), table.headings(), "its group is gone");
        assertEquals(List.of("tap-huan"), table.tasks().stream().map(TaskChange::id).toList(),
                "the tasks it passed keep their order among themselves");
        TaskChange task = table.tasks().get(0);
        assertTrue(task.moved());
        assertEquals("nhiệm vụ số 3", task.labelBefore());
        assertEquals("nhiệm vụ số 1", task.labelAfter());
        assertEquals(List.of(), task.columns());
        assertEquals("Chuyển nhiệm vụ số 3 thành nhiệm vụ số 1; sửa 1 tiêu đề nhóm nhiệm vụ",
                new ChangeSummary(Messages.forLanguage("vi")).of(c));
    }

    @Test
    void aTaskMovedIsNamedBesideATaskAdded(@TempDir Path other) {
        String movedAndAdded = TaskPlan.MOVED.replace("""
                        deadline: 2013-03-06
            """, """
                        deadline: 2013-03-06
                      - id: moi
                        title: Nhiệm vụ mới thêm vào cuối nhóm
                        lead: Sở Nội vụ
            """);
        assertNotEquals(TaskPlan.MOVED, movedAndAdded);
        try (TestRepository two = TestRepository.init(other)) {
            String a = two.write(SmallPlan.FILE, TaskPlan.BASE).commit("Sở TTTT", "a");
            String b = two.write(SmallPlan.FILE, movedAndAdded).commit("Sở TTTT", "b");
            String summary = new ChangeSummary(Messages.forLanguage("vi")).of(between(two, a, b));
            assertTrue(summary.contains("Thêm nhiệm vụ số"), summary);
            assertTrue(summary.contains("huyển nhiệm vụ số 3 thành nhiệm vụ số 1"), summary);
        }
    }

    @Test
    void theComparisonDocumentHasATaskPartWithEachColumnBeforeAndAfter() throws Exception {
        ComparisonView view = new ComparisonViewBuilder().build(between(repo, base, edited));
        Document html = Jsoup.parse(new String(ComparisonRenderer.forTemplates(Path.of("templates"), RenderSettings.defaults())
                .html(view), StandardCharsets.UTF_8));

        assertEquals(List.of("I. NHIỆM VỤ"), view.parts().stream().map(p -> p.number() + ". " + p.title()).toList());
        assertEquals("Bảng nhiệm vụ tại Mục IV", html.selectFirst("p.diff-caption").text());
        List<List<String>> rows = html.select("tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        assertEquals(List.of(
                List.of("Nhiệm vụ số 2. Rà soát, chuẩn hóa quy trình xử lý văn bản điện tử (sửa đổi)", "", ""),
                List.of("- Tên nhiệm vụ", "Rà soát quy trình xử lý văn bản điện tử",
                        "Rà soát, chuẩn hóa quy trình xử lý văn bản điện tử"),
                List.of("- Cơ quan chủ trì", "Sở Nội vụ", "Sở Nội vụ, Sở Tài chính"),
                List.of("- Thời gian hoàn thành", "06/03/2013", "30/09/2013"),
                List.of("Nhiệm vụ số 3. Tập huấn cán bộ, công chức (sửa đổi)", "", ""),
                List.of("- Cơ quan phối hợp", "Sở Tài chính", "Sở Tài chính, Sở Thông tin và Truyền thông")), rows);
        assertEquals(List.of("soát"), html.select("del").eachText());
        assertEquals(List.of("soát, chuẩn hóa"), html.select("ins").eachText());
    }

    @Test
    void aTaskTableAddedIsOneClause_itsTasksListedInTheComparison() throws Exception {
        try (TestRepository fresh = TestRepository.init(dir.resolve("bang-moi"))) {
            String without = fresh.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Chưa có bảng nhiệm vụ");
            String with = fresh.write(SmallPlan.FILE, TaskPlan.BASE).commit("Sở TTTT", "Thêm bảng nhiệm vụ");
            PlanComparison c = between(fresh, without, with);

            TaskTableChange table = c.tasks().get(0);
            assertEquals(Status.ADDED, table.status());
            assertEquals(List.of("quy-che", "ra-soat", "tap-huan"), table.tasks().stream().map(TaskChange::id).toList());
            assertTrue(table.tasks().stream().allMatch(t -> t.status() == Status.ADDED));
            assertEquals("Thêm Mục IV; thêm bảng nhiệm vụ (Mục IV)", new ChangeSummary(Messages.forLanguage("vi")).of(c));
            assertTrue(new ComparisonText(Messages.forLanguage("vi")).lines(c).contains("Nhiệm vụ: thêm bảng Mục IV (nhiem-vu)"));
        }
    }

    /** s24 tryout M3: the history called a changed deadline "Sửa cách trình bày, cách ghi ở nội dung kế hoạch". */
    @Test
    void theHistoryNamesTheTaskThatChanged() throws Exception {
        try (GitRepository git = GitRepository.containing(repo.root()).orElseThrow()) {
            ContentChange change = new VersionSummaries("test").summarize(git, Comparisons.PLAN, List.of(base), edited);
            assertEquals(ContentChange.Kind.CHANGED, change.kind());
            assertEquals("Sửa nhiệm vụ số 2, nhiệm vụ số 3 (tên, cơ quan chủ trì, thời gian hoàn thành, cơ quan phối hợp)",
                    change.summary());
            assertEquals("Edited nhiệm vụ số 2, nhiệm vụ số 3 (title, cơ quan chủ trì, thời gian hoàn thành, cơ quan phối hợp)",
                    change.english());
        }
    }
}

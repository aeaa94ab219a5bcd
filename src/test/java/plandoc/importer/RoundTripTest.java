package plandoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.compute.AxisLayout;
import plandoc.compute.BudgetFigures;
import plandoc.compute.Figure;
import plandoc.compute.ItemFigures;
import plandoc.compute.PlanBudgets;
import plandoc.compute.Selection;
import plandoc.diagnostic.Problems;
import plandoc.model.Axis;
import plandoc.model.Member;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * Every bundled budget exported to XLSX and imported back is the same budget: the same groups and
 * items with the same titles, every item's total and its figure for every member of every axis (and
 * every crossed cell when the sheet crosses them) equal; and the plan with the imported budgets added
 * checks without errors, so every total the sheet shows agrees as {@code declared:}. Summaries
 * ({@code from:}) have no items of their own to import and are left out.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void exportThenImportGivesTheSameBudget(String slug) throws Exception {
        Path source = Path.of("content", slug);
        PlanOutcome original = new Generator(Path.of("")).resolve(source);
        ResolvedPlan resolved = original.resolved().orElseThrow();
        Path xlsx = dir.resolve(slug + ".xlsx");
        Files.write(xlsx, new BudgetWorkbook().write(resolved));

        Path copy = dir.resolve("content").resolve(slug);
        copyFolder(source, copy);
        Files.copy(Path.of("content/agencies.yaml"), dir.resolve("content/agencies.yaml"));
        Map<String, BudgetFigures> before = new PlanBudgets().compute(original.plan().orElseThrow(), new Problems());
        List<String> imported = new ArrayList<>();
        BudgetImport importer = new BudgetImport();
        for (SheetLayout place : resolved.workbook().sheets()) {
            if (before.get(place.tableId()).budget().isSummary()) {
                continue;
            }
            String sheet = sheetOf(xlsx, resolved.workbook().sheets().indexOf(place));
            TableImporter.Result result = importer.read(xlsx, Optional.of(sheet), Optional.of("nhap-" + place.tableId()));
            assertTrue(result.imported(), place.name());
            assertEquals(List.of(), result.notes().stream().map(n -> n.position() + " " + n.message()).toList(),
                    place.name());
            importer.insert(copy.resolve("plan.yaml"), result.budget());
            imported.add(place.tableId());
        }
        assertTrue(imported.size() >= 1);

        PlanOutcome after = new Generator(dir).resolve(copy);
        List<String> errors = TestPlans.messages(after).stream().filter(m -> m.contains(": lỗi: ")).toList();
        assertEquals(List.of(), errors);
        Map<String, BudgetFigures> figures = new PlanBudgets().compute(after.plan().orElseThrow(), new Problems());
        ResolvedPlan again = after.resolved().orElseThrow();
        for (String id : imported) {
            sameBudget(before.get(id), figures.get("nhap-" + id));
            // The imported table is shown by no section until the officer adds show: (a warning says so): its titles
            // are compared as the budgets hold them.
            assertEquals(titles(TestPlans.table(resolved, id)), titles(figures.get("nhap-" + id)), id);
        }
    }

    /**
     * s26 review M6: a source with sub-members crossed with the years (docs/format.md's {@code nhan-luc}), one parent
     * printing its "Cộng", one not. Its sheet was read as one axis whose years were sub-members of each source, three
     * times over under "Ngân sách địa phương"; it imports to the same budget.
     */
    @org.junit.jupiter.api.Test
    void subMembersCrossedWithTheYearsImportAsThemselves() throws Exception {
        String plan = TestPlans.DECISION + """
                plan:
                  sections:
                    - id: kinh-phi
                      title: Kinh phí
                      show: nhan-luc
                """ + TestPlans.AXES_SOURCE_WITH_PARTS + """
                      - id: khac
                        label: Nguồn khác
                        print_total: false
                        members:
                          - { id: oda, label: ODA }
                          - { id: xhh, label: Xã hội hóa }
                  - id: year
                    years: 2021-2022
                budgets:
                  - id: nhan-luc
                    unit: triệu đồng
                    axes: [source, year]
                    items:
                      - { id: a, title: Tuyên truyền, amounts: { tw: { 2021: 300, 2022: 500 }, khac: { xhh: { 2022: 7 } } } }
                      - id: b
                        title: Bồi dưỡng
                        amounts: { dp: { dau-tu: { 2022: 200 }, su-nghiep: { 2021: 50 } }, khac: { oda: { 2021: 9 } } }
                """;
        PlanOutcome original = TestPlans.resolve(dir, plan);
        assertEquals(List.of(), TestPlans.messages(original));
        Path xlsx = dir.resolve("kinh-phi.xlsx");
        ResolvedPlan resolved = original.resolved().orElseThrow();
        Files.write(xlsx, new BudgetWorkbook().write(resolved));
        TableImporter.Result result = new BudgetImport().read(xlsx, Optional.of(resolved.workbook().sheets().get(0).name()),
                Optional.of("nhap"));
        assertEquals(List.of(), result.notes().stream().map(n -> n.position() + " " + n.message()).toList());
        Path planFile = dir.resolve("ke-hoach/plan.yaml");
        new BudgetImport().insert(planFile, result.budget());
        PlanOutcome after = new Generator(dir).resolve(planFile.getParent());
        assertEquals(List.of(), TestPlans.messages(after).stream().filter(m -> m.contains(": lỗi: ")).toList());
        Map<String, BudgetFigures> before = new PlanBudgets().compute(original.plan().orElseThrow(), new Problems());
        Map<String, BudgetFigures> figures = new PlanBudgets().compute(after.plan().orElseThrow(), new Problems());
        sameBudget(before.get("nhan-luc"), figures.get("nhap"));
        assertEquals(List.of("Ngân sách trung ương", "Ngân sách địa phương", "Nguồn khác"),
                figures.get("nhap").layout().axes().get(0).members().stream().map(Member::label).toList());
        assertEquals(List.of(true, true, false), figures.get("nhap").layout().axes().get(0).members().stream()
                .map(Member::printTotal).toList(), "a parent prints its Cộng as it did");
    }

    /**
     * s31 tryout M5: the tryout plan's Phụ lục I prints a lead column and its sources and years side by side
     * ({@code print.money: [total, source, year]}); read from its printed header, "Đơn vị thực hiện" became an axis
     * and sources and years one axis, and the budget did not check. plandoc's own workbook is read from its "Dữ liệu"
     * sheet: the same crossed cells, the same layout, and the plan with it added checks.
     */
    @org.junit.jupiter.api.Test
    void anUncrossedTableOfPlandocsWorkbookImportsFromItsDataSheet() throws Exception {
        Path source = Path.of("src/test/resources/fixtures/quang-ngai-tai-chinh");
        PlanOutcome original = new Generator(Path.of("")).resolve(source);
        Map<String, Object> budget = ownWorkbookRead(original, "215-KH-UBND.xlsx", Optional.of("Phụ lục I"),
                Optional.of("nhap"));
        assertEquals(Map.of("money", List.of("total", "source", "year"), "numbering", "per-group"), budget.get("print"));
        assertEquals(List.of("lead"), budget.get("columns"));
        assertEquals("Đơn vị thực hiện", ((Map<?, ?>) budget.get("labels")).get("lead"));
        assertEquals("- {id=source, label=Nguồn kinh phí, members=[{id=tw, label=Ngân sách trung ương, short=NSTW}, "
                + "{id=tinh, label=Ngân sách tỉnh, short=NS tỉnh}, {id=huyen, label=Ngân sách huyện, short=NS huyện}, "
                + "{id=xhh, label=Xã hội hóa, short=XHH}]}", "- " + ((List<?>) budget.get("axes")).get(0));

        Path copy = dir.resolve("fixtures/quang-ngai-tai-chinh");
        copyFolder(source, copy);
        BudgetFigures[] both = insertedAsTheOriginal(copy, budget, original);
        BudgetFigures a = both[0];
        BudgetFigures b = both[1];
        // Every crossed cell (source × year), which the printed sheet does not show, as the plan has it.
        for (int i = 0; i < a.items().size(); i++) {
            for (String from : a.layout().leaves(0)) {
                for (String year : a.layout().leaves(1)) {
                    assertEquals(same(a.figure(a.items().get(i), new Selection(List.of(from, year)))),
                            same(b.figure(b.items().get(i), new Selection(List.of(from, year)))),
                            "item " + (i + 1) + " " + from + "/" + year);
                }
            }
        }
    }

    /**
     * s33 (s32 tryfix M5): the data sheet holds one row per amount, so a table read from it lost the items without any
     * amount, and a group of such items. They are kept where the printed sheet lists them, with their leads.
     */
    @org.junit.jupiter.api.Test
    void itemsWithoutAnyAmountAreKeptWhereTheSheetPrintsThem() throws Exception {
        Path copy = dir.resolve("fixtures/quang-ngai-tai-chinh");
        copyFolder(Path.of("src/test/resources/fixtures/quang-ngai-tai-chinh"), copy);
        String yaml = Files.readString(copy.resolve("plan.yaml"));
        yaml = yaml.replace("""
                          - id: hm-pm-huyen
                """, """
                          - id: hm-tap-huan-pm
                            title: Tập huấn sử dụng phần mềm
                            lead: Sở Tài chính, phối hợp Sở Nội vụ
                          - id: hm-pm-huyen
                """).replace("""
                      - id: cong-khai
                """, """
                      - id: tuyen-truyen
                        title: Tuyên truyền
                        items:
                          - id: hm-tuyen-truyen
                            title: Tuyên truyền về chuyển đổi số ngành tài chính
                            lead: Sở Thông tin và Truyền thông
                      - id: cong-khai
                """);
        Files.writeString(copy.resolve("plan.yaml"), yaml);
        PlanOutcome original = new Generator(dir).resolve(copy);
        Map<String, Object> budget = ownWorkbookRead(original, "215-KH-UBND.xlsx", Optional.of("Phụ lục I"),
                Optional.of("nhap"));
        assertEquals(List.of("Nâng cấp hạ tầng kỹ thuật", "Phần mềm quản lý ngân sách", "Cơ sở dữ liệu tài chính công",
                "Đào tạo, bồi dưỡng", "Tuyên truyền", "Công khai ngân sách"), titles(budget.get("groups")));
        Map<?, ?> software = (Map<?, ?>) ((List<?>) budget.get("groups")).get(1);
        assertEquals(List.of("Phần mềm cấp tỉnh", "Tập huấn sử dụng phần mềm", "Triển khai tại cấp huyện, xã"),
                titles(software.get("items")));
        Map<?, ?> training = (Map<?, ?>) ((List<?>) software.get("items")).get(1);
        assertEquals("Sở Tài chính", training.get("lead"));
        assertEquals(List.of("Sở Nội vụ"), training.get("partners"));
        assertEquals("Sở Thông tin và Truyền thông",
                ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) budget.get("groups")).get(4)).get("items")).get(0))
                        .get("lead"));

        // Put into the plan, the imported table checks and has every item the plan's has, with the same figures.
        insertedAsTheOriginal(copy, budget, original);
    }

    /**
     * s32 tryout L4: plandoc's own workbook imported without {@code --budget} gave the table back with ids of the
     * importer's making ("phu-luc-1", "ngan-sach-tinh", axis "source") and without its axes' labels ("Nguồn vốn"), so an
     * officer replacing the table by the file plandoc wrote lost every id the plan and its readers name. It comes back as
     * the plan has it: the table's, groups', items', axes' and members' ids, the axes' labels; and, put in place of the
     * plan's own table, the plan checks with the same figures.
     */
    @org.junit.jupiter.api.Test
    void plandocsOwnWorkbookImportsWithTheSameIdsAndAxisLabels() throws Exception {
        Path source = Path.of("src/test/resources/fixtures/tuyen-quang-ky-so");
        PlanOutcome original = new Generator(Path.of("")).resolve(source);
        Map<String, Object> budget = ownWorkbookRead(original, "318-KH-UBND.xlsx", Optional.empty(), Optional.empty());
        assertEquals("kinh-phi", budget.get("id"));
        // The table's own labels.item: the agency view says "dự án số 1", not the plan's other noun (s34 review H1).
        assertEquals("dự án", ((Map<?, ?>) budget.get("labels")).get("item"));
        assertEquals(List.of("{id=nguon, label=Nguồn vốn, members=[{id=ns-tinh, label=Ngân sách tỉnh}, "
                        + "{id=xhh, label=Xã hội hóa}]}",
                "{id=nam, label=Năm thực hiện, members=[{id=2026, label=Năm 2026}, {id=2027, label=Năm 2027}]}"),
                ((List<?>) budget.get("axes")).stream().map(String::valueOf).toList());
        assertEquals(List.of("da-ha-tang", "da-dao-tao", "da-tuyen-truyen"), ids(budget.get("groups")));
        assertEquals(List.of("chung-thu-so", "thiet-bi-ky", "tap-huan", "tap-huan-xa", "tuyen-truyen"),
                ((List<?>) budget.get("groups")).stream().flatMap(g -> ids(((Map<?, ?>) g).get("items")).stream()).toList());

        // The plan's table replaced by the one imported: it checks, and every figure is the plan's.
        Path copy = dir.resolve("fixtures/tuyen-quang-ky-so");
        copyFolder(source, copy);
        String yaml = Files.readString(copy.resolve("plan.yaml"));
        Files.writeString(copy.resolve("plan.yaml"), yaml.substring(0, yaml.indexOf("budgets:"))
                + yaml.substring(yaml.indexOf("appendices:")));
        new BudgetImport().insert(copy.resolve("plan.yaml"), budget);
        PlanOutcome after = new Generator(dir).resolve(copy);
        assertEquals(List.of(), TestPlans.messages(after).stream().filter(m -> m.contains(": lỗi: ")).toList());
        sameBudget(new PlanBudgets().compute(original.plan().orElseThrow(), new Problems()).get("kinh-phi"),
                new PlanBudgets().compute(after.plan().orElseThrow(), new Problems()).get("kinh-phi"));
    }

    /**
     * s34 review: on Quyết định 424's first table the parent member "ns-tinh", the member "xhh" (no amount in the
     * table) and the five items with {@code no_amount:} came back as "ngan-sach-tinh", "xa-hoi-hoa",
     * "dang-thuc-hien-7…11": "Dữ liệu" has no code for them. They come back as the plan has them.
     */
    @org.junit.jupiter.api.Test
    void plandocsOwnWorkbookGivesBackParentsMembersAndItemsWithoutAmounts() throws Exception {
        PlanOutcome original = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022"));
        Path xlsx = dir.resolve("424-QD-UBND.xlsx");
        Files.write(xlsx, new BudgetWorkbook().write(original.resolved().orElseThrow()));
        Map<String, Object> budget = new BudgetImport().read(xlsx, Optional.empty(), Optional.empty()).budget();
        assertEquals("dang-thuc-hien", budget.get("id"));
        Map<?, ?> source = (Map<?, ?>) ((List<?>) budget.get("axes")).get(0);
        assertEquals(List.of("tw", "ns-tinh", "xhh"), ids(source.get("members")));
        assertEquals(List.of("dau-tu", "su-nghiep"), ids(((Map<?, ?>) ((List<?>) source.get("members")).get(1)).get("members")));
        assertEquals(List.of("etep", "e-learning-intest", "csdl-kieu-bao", "vilg", "quan-trac-moi-truong",
                "csdl-quy-hoach-nha-o", "pm-kham-chua-benh-tram-y-te", "ho-so-suc-khoe", "don-thuoc-dien-tu", "pm-attp",
                "dau-thau-thuoc", "camera-huong-son", "ha-tang-ky-anh", "buoi-phuc-trach", "pm-hop-tac-xa"),
                ids(budget.get("items")));
        // The amounts name the parent by the plan's id too.
        assertEquals("{tw=153109, ns-tinh={dau-tu=28144}}",
                String.valueOf(((Map<?, ?>) ((List<?>) budget.get("items")).get(3)).get("amounts")));
    }

    private static List<Object> ids(Object entries) {
        return ((List<?>) entries).stream().<Object>map(e -> ((Map<?, ?>) e).get("id")).toList();
    }

    /**
     * The imported table put into the copy's plan.yaml as "nhap": the plan checks without errors and the table has
     * the original "chi-tiet"'s items and figures. Returns both tables' figures (original, imported).
     */
    private BudgetFigures[] insertedAsTheOriginal(Path copy, Map<String, Object> budget, PlanOutcome original)
            throws Exception {
        new BudgetImport().insert(copy.resolve("plan.yaml"), budget);
        PlanOutcome after = new Generator(dir).resolve(copy);
        assertEquals(List.of(), TestPlans.messages(after).stream().filter(m -> m.contains(": lỗi: ")).toList());
        BudgetFigures a = new PlanBudgets().compute(original.plan().orElseThrow(), new Problems()).get("chi-tiet");
        BudgetFigures b = new PlanBudgets().compute(after.plan().orElseThrow(), new Problems()).get("nhap");
        sameBudget(a, b);
        return new BudgetFigures[] {a, b};
    }

    private static List<Object> titles(Object entries) {
        return ((List<?>) entries).stream().<Object>map(e -> ((Map<?, ?>) e).get("title")).toList();
    }

    private static void sameBudget(BudgetFigures a, BudgetFigures b) {
        String id = a.budget().id().value();
        assertEquals(a.budget().grouped(), b.budget().grouped(), id);
        assertEquals(a.groups().size(), b.groups().size(), id);
        assertEquals(a.items().size(), b.items().size(), id);
        assertEquals(a.budget().unit(), b.budget().unit(), id);
        AxisLayout la = a.layout();
        AxisLayout lb = b.layout();
        assertEquals(la.size(), lb.size(), id);
        int[] axisOf = new int[la.size()];
        for (int x = 0; x < la.size(); x++) {
            axisOf[x] = matching(la.axes().get(x), lb, id);
        }
        for (int g = 0; g < a.groups().size(); g++) {
            assertEquals(same(a.figure(a.groups().get(g), Selection.all(la.size()))),
                    same(b.figure(b.groups().get(g), Selection.all(lb.size()))), id + " group " + (g + 1));
        }
        for (int i = 0; i < a.items().size(); i++) {
            ItemFigures ia = a.items().get(i);
            ItemFigures ib = b.items().get(i);
            String where = id + " item " + ia.number();
            assertEquals(same(a.figure(ia, Selection.all(la.size()))), same(b.figure(ib, Selection.all(lb.size()))), where);
            for (int x = 0; x < la.size(); x++) {
                List<String> leavesA = la.leaves(x);
                List<String> leavesB = lb.leaves(axisOf[x]);
                for (int k = 0; k < leavesA.size(); k++) {
                    Figure fa = a.figure(ia, Selection.of(la.size(), Map.of(x, leavesA.get(k))));
                    Figure fb = b.figure(ib, Selection.of(lb.size(), Map.of(axisOf[x], leavesB.get(k))));
                    assertEquals(same(fa), same(fb), where + " " + leavesA.get(k));
                }
            }
            if (la.size() == 2 && a.budget().print().money().isEmpty()) {
                for (String first : la.leaves(0)) {
                    for (String second : la.leaves(1)) {
                        Figure fa = a.figure(ia, new Selection(List.of(first, second)));
                        String[] mapped = new String[2];
                        mapped[axisOf[0]] = lb.leaves(axisOf[0]).get(la.leaves(0).indexOf(first));
                        mapped[axisOf[1]] = lb.leaves(axisOf[1]).get(la.leaves(1).indexOf(second));
                        Figure fb = b.figure(ib, new Selection(List.of(mapped)));
                        assertEquals(same(fa), same(fb), where + " " + first + "/" + second);
                    }
                }
            }
        }
    }

    /** The imported axis whose leaf columns carry the same labels (ids are the importer's). */
    private static int matching(Axis axis, AxisLayout imported, String id) {
        List<String> labels = leafLabels(axis.members());
        for (int y = 0; y < imported.size(); y++) {
            if (leafLabels(imported.axes().get(y).members()).equals(labels)) {
                return y;
            }
        }
        throw new AssertionError(id + ": no imported axis with columns " + labels);
    }

    private static List<String> leafLabels(List<Member> members) {
        List<String> out = new ArrayList<>();
        for (Member m : members) {
            if (m.hasMembers()) {
                out.addAll(leafLabels(m.members()));
            } else {
                out.add(m.columnLabel());
            }
        }
        return out;
    }

    /** A figure compared by state and numeric value (2.70 equals 2.7). */
    private static String same(Figure f) {
        return f.state() + (f.value() == null ? "" : " " + f.value().stripTrailingZeros().toPlainString());
    }

    /** The groups' and items' titles in the printed table's order: each group, then its items. */
    private static List<String> titles(BudgetFigures f) {
        List<String> out = new ArrayList<>();
        for (var g : f.groups()) {
            g.group().title().ifPresent(t -> out.add(t.literalText()));
            g.items().forEach(i -> out.add(i.item().title().literalText()));
        }
        return out;
    }

    private static List<String> titles(TableView table) {
        return table.rows().stream().filter(r -> r.kind() == plandoc.resolved.RowKind.ITEM || r.kind() == plandoc.resolved.RowKind.GROUP)
                .map(RowView::cells).map(c -> c.get(1).plain()).toList();
    }

    private static String sheetOf(Path xlsx, int index) throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            return book.getSheetAt(index).getSheetName();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** {@code original}'s workbook as plandoc writes it ({@code file}), read back by the importer: with no note, its budget. */
    private Map<String, Object> ownWorkbookRead(PlanOutcome original, String file, Optional<String> sheet,
                                                Optional<String> table) throws Exception {
        Path xlsx = dir.resolve(file);
        Files.write(xlsx, new BudgetWorkbook().write(original.resolved().orElseThrow()));
        TableImporter.Result result = new BudgetImport().read(xlsx, sheet, table);
        assertEquals(List.of(), result.notes().stream().map(n -> n.position() + " " + n.message()).toList());
        return result.budget();
    }
}

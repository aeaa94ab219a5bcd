package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;
import static plandoc.diff.Comparisons.cells;
import static plandoc.diff.Comparisons.totals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Successive commits of a small plan — a changed amount, an added item, a removed appendix, a
 * re-worded section — compared by id, with every figure and total computed by {@code compute}.
 */
class PlanComparisonTest {
    @TempDir
    static Path dir;

    static TestRepository repo;
    static String base;
    static String amountChanged;
    static String itemAdded;
    static String appendixRemoved;
    static String sectionReworded;

    @BeforeAll
    static void commitTheEdits() {
        assertNotEquals(SmallPlan.BASE, SmallPlan.AMOUNT_CHANGED);
        assertNotEquals(SmallPlan.AMOUNT_CHANGED, SmallPlan.ITEM_ADDED);
        assertNotEquals(SmallPlan.ITEM_ADDED, SmallPlan.APPENDIX_REMOVED);
        assertNotEquals(SmallPlan.APPENDIX_REMOVED, SmallPlan.SECTION_REWORDED);
        repo = TestRepository.init(dir);
        base = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Kế hoạch như đã ban hành");
        amountChanged = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Sở TTTT", "Tăng vốn giao ban");
        itemAdded = repo.write(SmallPlan.FILE, SmallPlan.ITEM_ADDED).commit("Sở TTTT", "Thêm dự án chữ ký số");
        appendixRemoved = repo.write(SmallPlan.FILE, SmallPlan.APPENDIX_REMOVED).commit("Sở TTTT", "Bỏ phụ lục bản đồ");
        sectionReworded = repo.write(SmallPlan.FILE, SmallPlan.SECTION_REWORDED).commit("Sở TTTT", "Sửa mục tiêu");
    }

    @AfterAll
    static void close() {
        repo.close();
    }

    @Test
    void aChangedAmountShowsTheCellAndEveryTotalItMoves() {
        PlanComparison c = between(repo, base, amountChanged);

        assertEquals(1, c.budgets().size());
        BudgetChange budget = c.budgets().get(0);
        assertEquals("du-an", budget.id());
        assertEquals("Phụ lục 3", budget.label());
        assertEquals("tỷ đồng", budget.unit());
        assertEquals(List.of("ung-dung"), budget.groups().stream().map(GroupChange::id).toList(),
                "the other group's figures did not move");
        GroupChange group = budget.groups().get(0);
        assertEquals("I", group.number());
        ItemChange item = group.items().get(0);
        assertEquals(1, group.items().size());
        assertEquals("giao-ban", item.id());
        assertEquals(Status.CHANGED, item.status());
        assertEquals("dự án số 2", item.label());
        assertEquals(List.of("Giai đoạn 2012-2015, NS địa phương: 2,00 → 2,50 (+0,50)"), cells(item));
        assertEquals(List.of("2012-2015", "dp"), item.cells().get(0).members());
        assertEquals(List.of("Cộng: 2,00 → 2,50 (+0,50)"), totals(List.of(item.total().orElseThrow())));
        assertEquals(List.of(
                "Cộng: 4,50 → 5,00 (+0,50)",
                "Giai đoạn 2012-2015: 3,70 → 4,20 (+0,50)",
                "NS địa phương: 4,15 → 4,65 (+0,50)",
                "Giai đoạn 2012-2015, NS địa phương: 3,35 → 3,85 (+0,50)"), totals(group.totals()));
        assertEquals(List.of(
                "Cộng: 9,50 → 10,00 (+0,50)",
                "Giai đoạn 2012-2015: 3,70 → 4,20 (+0,50)",
                "NS địa phương: 4,15 → 4,65 (+0,50)",
                "Giai đoạn 2012-2015, NS địa phương: 3,35 → 3,85 (+0,50)"), totals(budget.totals()));
        // The text cites {amount:du-an}: the sentence the authority signs now prints another figure (s26 review H4).
        assertEquals(1, c.parts().size(), c.parts().toString());
        PartChange kinhPhi = c.parts().get(0);
        assertEquals("kinh-phi", kinhPhi.id());
        assertEquals(Status.CHANGED, kinhPhi.status());
        assertEquals("[-9,50-]{+10,00+}", removedAndAdded(kinhPhi.textDiff()));
        // The references print as the document prints them, alike in both versions.
        assertTrue(kinhPhi.textDiff().runs().get(kinhPhi.textDiff().runs().size() - 1).text()
                .contains("chi tiết tại Phụ lục 3; bản đồ mạng tại Phụ lục 2."), kinhPhi.textDiff().toString());
        assertEquals(List.of(), c.appendices());
        assertEquals(List.of(), c.references());
        assertEquals(List.of(), c.document());
    }

    @Test
    void anAddedItemIsNumberedAndAddsToItsGroupAndTheWhole() {
        PlanComparison c = between(repo, amountChanged, itemAdded);

        BudgetChange budget = c.budgets().get(0);
        GroupChange group = budget.groups().get(0);
        assertEquals(1, budget.groups().size(), "the second group's item is renumbered, its money is the same");
        ItemChange item = group.items().get(0);
        assertEquals("chu-ky-so", item.id());
        assertEquals(Status.ADDED, item.status());
        assertEquals("", item.labelBefore());
        assertEquals("dự án số 2", item.labelAfter(), "inserted before giao-ban");
        assertEquals("Triển khai chữ ký số", item.title());
        assertEquals(List.of("Giai đoạn 2012-2015, NS TƯ: trống → 1,00 (+1,00)"), cells(item));
        assertEquals(List.of("Cộng: trống → 1,00 (+1,00)"), totals(List.of(item.total().orElseThrow())));
        assertEquals(List.of(
                "Cộng: 5,00 → 6,00 (+1,00)",
                "Giai đoạn 2012-2015: 4,20 → 5,20 (+1,00)",
                "NS TƯ: 0,35 → 1,35 (+1,00)",
                "Giai đoạn 2012-2015, NS TƯ: 0,35 → 1,35 (+1,00)"), totals(group.totals()));
        assertEquals(List.of(
                "Cộng: 10,00 → 11,00 (+1,00)",
                "Giai đoạn 2012-2015: 4,20 → 5,20 (+1,00)",
                "NS TƯ: 5,35 → 6,35 (+1,00)",
                "Giai đoạn 2012-2015, NS TƯ: 0,35 → 1,35 (+1,00)"), totals(budget.totals()));
    }

    @Test
    void aRemovedAppendixRenumbersTheNextAndEveryReferenceToIt() {
        PlanComparison c = between(repo, itemAdded, appendixRemoved);

        assertEquals(List.of(
                new AppendixChange("pl-du-an", Status.CHANGED, "Phụ lục 3", "Phụ lục 2", "Danh mục dự án", "Danh mục dự án"),
                new AppendixChange("pl-ban-do", Status.REMOVED, "Phụ lục 2", "", "Bản đồ mạng chuyên dụng", "")),
                c.appendices());
        assertTrue(c.appendices().get(0).renumbered());
        assertEquals(List.of(new LabelChange("pl-du-an", "Phụ lục 3", "Phụ lục 2", 1)), c.references());
        // The citation of the map was taken out of the section's text.
        PartChange kinhPhi = c.parts().get(0);
        assertEquals(1, c.parts().size());
        assertEquals("kinh-phi", kinhPhi.id());
        assertEquals("[-{ref:pl-du-an}; bản đồ mạng tại {ref:pl-ban-do}.-]{+{ref:pl-du-an}.+}",
                removedAndAdded(kinhPhi.textDiff()));
        assertEquals(List.of(), c.budgets(), "no figure moved");
    }

    @Test
    void aRewordedSectionShowsTheWordsThatChanged() {
        PlanComparison c = between(repo, appendixRemoved, sectionReworded);

        assertEquals(1, c.parts().size());
        PartChange part = c.parts().get(0);
        assertEquals(PartKind.SECTION, part.kind());
        assertEquals("muc-tieu", part.id());
        assertEquals(Status.CHANGED, part.status());
        assertEquals("Mục I", part.labelBefore());
        assertEquals("Mục I", part.labelAfter());
        assertFalse(part.moved());
        assertFalse(part.titleDiff().changed());
        assertEquals(List.of(
                new WordDiff.Run(WordDiff.Op.SAME, "Phấn đấu đưa tỉnh vào nhóm"),
                new WordDiff.Run(WordDiff.Op.REMOVED, "10"),
                new WordDiff.Run(WordDiff.Op.ADDED, "5"),
                new WordDiff.Run(WordDiff.Op.SAME, "tỉnh dẫn đầu cả nước về Chính phủ điện tử.")), part.textDiff().runs());
        assertTrue(c.budgets().isEmpty() && c.appendices().isEmpty() && c.references().isEmpty());
    }

    @Test
    void theWholeAdjustmentAddsUpEveryEdit() {
        PlanComparison c = between(repo, base, sectionReworded);

        BudgetChange budget = c.budgets().get(0);
        assertEquals("Phụ lục 2", budget.label(), "printed where the table is after the adjustment");
        assertEquals(List.of("chu-ky-so", "giao-ban"),
                budget.groups().get(0).items().stream().map(ItemChange::id).toList());
        assertEquals(List.of(
                "Cộng: 9,50 → 11,00 (+1,50)",
                "Giai đoạn 2012-2015: 3,70 → 5,20 (+1,50)",
                "NS TƯ: 5,35 → 6,35 (+1,00)",
                "NS địa phương: 4,15 → 4,65 (+0,50)",
                "Giai đoạn 2012-2015, NS TƯ: 0,35 → 1,35 (+1,00)",
                "Giai đoạn 2012-2015, NS địa phương: 3,35 → 3,85 (+0,50)"), totals(budget.totals()));
        assertEquals(List.of("kinh-phi", "muc-tieu"), c.parts().stream().map(PartChange::id).sorted().toList());
        assertEquals(List.of(new LabelChange("pl-du-an", "Phụ lục 3", "Phụ lục 2", 1)), c.references());
        assertEquals(2, c.appendices().size());
        assertEquals("HEAD~4", between(repo, "HEAD~4", "HEAD").from().spec());
    }

    @Test
    void theSameCommitOnBothSidesHasNoChanges() {
        assertTrue(between(repo, sectionReworded, "HEAD").isEmpty());
    }

    /** The changes of a diff in git's word-diff notation. */
    private static String removedAndAdded(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Run run : diff.runs()) {
            switch (run.op()) {
                case REMOVED -> out.append("[-").append(run.text()).append("-]");
                case ADDED -> out.append("{+").append(run.text()).append("+}");
                default -> { }
            }
        }
        return out.toString();
    }
}

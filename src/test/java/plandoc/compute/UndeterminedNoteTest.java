package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.TestPlans.DECISION;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.TestPlans;
import plandoc.resolved.Block;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableView;

/**
 * The note under a table whose crossed cells print "…" says why in the words of the table, naming the axes as a
 * finance officer reads them ("theo nguồn vốn và theo năm"), never the tool's word "trục"; it is made once, in
 * compute, and carried with the table's sums for the workbook's comments.
 */
class UndeterminedNoteTest {
    private static String plan(String axes, String t1, String t2) {
        return DECISION + """
                plan:
                  sections:
                    - id: kinh-phi-muc
                      title: Kinh phí
                      show: kinh-phi
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    labels: { item: nhiệm vụ }
                    print: { undetermined: mark }
                    axes:
                """ + axes + """
                    items:
                      - id: a
                        title: Nhiệm vụ A
                        split:
                          source: { tw: 10 }
                          time: { t1: 5, t2: 5 }
                      - id: b
                        title: Nhiệm vụ B
                        split:
                          source: { tw: 5, dp: 5 }
                          time: { t1: 5, t2: 5 }
                """.replace("t1", t1).replace("t2", t2);
    }

    private static final String SOURCES = """
                  - id: source
                    members:
                      - { id: tw, label: NS Trung ương }
                      - { id: dp, label: Ngân sách địa phương }
            """;

    private static String note(Path dir, String yaml) {
        // The split: rows of these tables print only "…" and their total: check warns so (s26 review M5), nothing else.
        plandoc.PlanOutcome outcome = TestPlans.resolve(dir, yaml);
        assertEquals(List.of(), TestPlans.messages(outcome).stream().filter(m -> !m.contains("split:")).toList());
        TableView table = TestPlans.table(outcome.resolved().orElseThrow(), "kinh-phi");
        assertEquals(1, table.notes().size());
        String note = table.notes().get(0).plain();
        assertEquals("(…) " + table.sums().open().undeterminedNote().orElseThrow(), note, "the workbook's comment is the note's sentence");
        return table.sums().open().undeterminedNote().orElseThrow();
    }

    @Test
    void sourcesAndYearsAreNamedAsTheTableShowsThem(@TempDir Path dir) {
        assertEquals("Không tính được kinh phí của từng nguồn vốn trong từng năm vì dòng nhiệm vụ số 2 chỉ ghi kinh phí"
                + " theo nguồn vốn và theo năm (không phân bổ ước lượng).", note(dir, plan(SOURCES + """
                  - id: time
                    label: Thời gian thực hiện
                    members:
                      - { id: "2021", label: Năm 2021 }
                      - { id: "2022", label: Năm 2022 }
            """, "2021", "2022")));
    }

    @Test
    void periodsAreNamedLastAndALabelNamesItsAxis(@TempDir Path dir) {
        // The time axis first in the YAML, the sources with a label of their own: "của từng nguồn kinh phí trong
        // từng giai đoạn".
        String axes = """
                  - id: time
                    members:
                      - { id: 2021-2025, label: Giai đoạn 2021-2025 }
                      - { id: 2026-2030, label: Giai đoạn 2026-2030 }
                  - id: source
                    label: Nguồn kinh phí
                    members:
                      - { id: tw, label: Trung ương }
                      - { id: dp, label: Địa phương }
            """;
        assertEquals("Không tính được kinh phí của từng nguồn kinh phí trong từng giai đoạn vì dòng nhiệm vụ số 2 chỉ ghi"
                + " kinh phí theo nguồn kinh phí và theo giai đoạn (không phân bổ ước lượng).",
                note(dir, plan(axes, "2021-2025", "2026-2030")));
    }

    @Test
    void anAxisWithNeitherANameNorSourcesIsNamedByItsColumns(@TempDir Path dir) {
        String axes = """
                  - id: source
                    members:
                      - { id: tw, label: Cấp tỉnh, short: Tỉnh }
                      - { id: dp, label: Cấp huyện, short: Huyện }
                  - id: time
                    members:
                      - { id: "2021", label: Năm 2021 }
                      - { id: "2022", label: Năm 2022 }
            """;
        String note = note(dir, plan(axes, "2021", "2022"));
        assertTrue(note.contains("theo cột Tỉnh, Huyện và theo năm"), note);
    }

    @Test
    void the424NoteUnderIV1AndPhuLuc07SpeaksOfSourcesAndYears() {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        TableView summary = TestPlans.table(plan, "tong-hop");
        String sentence = summary.sums().open().undeterminedNote().orElseThrow();
        // Grouped by appendix: four groups, not 23 "(Phụ lục …)" — the note sits inside the signed text. The "…" are
        // the 2022 and 2024 cells; the other years print PHỤ LỤC 07's figures (print.undetermined: declared), and
        // the note says so (s20 tryout 2).
        assertEquals("Không tính được kinh phí của từng nguồn vốn trong các năm 2022, 2024 vì các dòng sau chỉ ghi kinh"
                + " phí theo nguồn vốn và theo năm (không phân bổ ước lượng): nhiệm vụ số 2, 6, 7, 12 Phụ lục 03;"
                + " nhiệm vụ số 2, 4, 5, 6, 7, 8, 9, 10, 11, 14, 19, 20 Phụ lục 04; nhiệm vụ số 1, 2, 4, 5, 6, 8"
                + " Phụ lục 05; nhiệm vụ số 4 Phụ lục 06. Các ô không tính được trong các năm 2021, 2023, 2025 in số"
                + " ghi tại Phụ lục 07.", sentence);
        // The same table prints under Đề án IV.1, whose signed figures differ: the note names the table the figures
        // come from (declared: in:), never "the signed original" (s27 review H1).
        assertFalse(sentence.contains("văn bản gốc"), sentence);
        assertFalse(sentence.contains("trục"), "the tool's own word is not the officer's");
        // The sentence is the workbook's comment on each "…" cell; it is printed under neither IV.1 nor PHỤ LỤC 07:
        // the plan reproduces a signed original (print.undetermined: declared), which has no such note (s32 review B2).
        assertEquals(List.of(), summary.notes());
        List<String> shown = new ArrayList<>();
        plan.body().sections().forEach(s -> tableNotes(s.blocks(), shown));
        plan.appendices().forEach(a -> tableNotes(a.blocks(), shown));
        assertEquals(List.of(), shown, "no note under Đề án IV.1 or PHỤ LỤC 07");
    }

    /** The notes under the tables these blocks show, their sections' too, as printed (every column part's). */
    private static void tableNotes(List<Block> blocks, List<String> notes) {
        for (Block block : blocks) {
            if (block instanceof TableBlock t) {
                t.table().notes().forEach(n -> notes.add(n.plain()));
                t.table().print().parts().stream().filter(p -> !p.notes().isEmpty())
                        .forEach(p -> assertEquals(t.table().notes(), p.notes(), "the part printing the note"));
            } else if (block instanceof SectionBlock s) {
                tableNotes(s.section().blocks(), notes);
            }
        }
    }
}

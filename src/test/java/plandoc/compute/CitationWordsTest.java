package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plandoc.Generator;
import plandoc.model.NumberingStyle;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.Citation;
import plandoc.resolved.Citation.Part;
import plandoc.resolved.Citation.Step;

/**
 * The agency view names a row or section in the chrome's language from its {@link Citation} (s20: an English page
 * printed "nhiệm vụ số 15 Phụ lục 04"). In Vietnamese the words must be the document's label, word for word:
 * checked for every numbering a section can have and every piece of work the bundled plans and fixtures give.
 */
class CitationWordsTest {
    private final CitationWords vi = new CitationWords("vi");
    private final CitationWords en = new CitationWords("en");

    @Test
    void englishNamesEachPartAsATranslationOfVietnameseDocumentsDoes() {
        Citation task = Citation.of(new Step(Part.TASK, "15")).placedIn(Citation.of(new Step(Part.APPENDIX, "04")));
        assertEquals("task 15 (Appendix 04)", en.words(task));
        assertEquals("nhiệm vụ số 15 Phụ lục 04", vi.words(task));
        Citation clause = Citation.of(new Step(Part.CLAUSE, "3")).within(Citation.of(new Step(Part.SECTION, "V")));
        assertEquals("clause 3 of section V", en.words(clause));
        assertEquals("khoản 3 Mục V", vi.words(clause));
        Citation inPart = Citation.of(new Step(Part.SECTION, "2")).within(Citation.of(new Step(Part.PART, "3")));
        assertEquals("section 2 of part 3", en.words(inPart));
        assertEquals("Mục 2 Phần thứ ba", vi.words(inPart));
        assertEquals("Article 3", en.words(Citation.of(new Step(Part.ARTICLE, "3"))));
        assertEquals("point a of section 1.2", en.words(Citation.of(new Step(Part.POINT, "a"))
                .within(Citation.of(new Step(Part.SECTION, "1.2")))));
        assertEquals("indicator 2", en.words(Citation.of(new Step(Part.OBJECTIVE, "2"))));
        // A document's only appendix has no number: "Phụ lục".
        assertEquals("task 1 (Appendix)", en.words(Citation.of(new Step(Part.TASK, "1"))
                .placedIn(Citation.of(Step.onlyAppendix()))));
        // A budget's rows by its noun: the bundle's word for the ones it knows, "item" for a plan's own.
        assertEquals("project 3", en.words(Citation.of(Step.item("3", "dự án"))));
        assertEquals("task 3", en.words(Citation.of(Step.item("3", "nhiệm vụ"))));
        assertEquals("item 3", en.words(Citation.of(Step.item("3", "công trình"))));
        assertEquals("công trình số 3", vi.words(Citation.of(Step.item("3", "công trình"))));
        // A row numbered from 1 in each group, named within its group (s31 tryout H2).
        Citation perGroup = Citation.of(Step.item("1", "hạng mục")).within(Citation.of(new Step(Part.GROUP, "III")))
                .placedIn(Citation.of(new Step(Part.APPENDIX, "I")));
        assertEquals("hạng mục số 1 nhóm III Phụ lục I", vi.words(perGroup));
        assertEquals("item 1 of group III (Appendix I)", en.words(perGroup));
        assertEquals("", en.words(Citation.NONE));
    }

    /** Every chain of three numbered levels, each in every style: the Vietnamese words are the label. */
    @Test
    void aSectionsCitationSaysItsLabelWhateverItsNumbering() {
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (NumberingStyle outer : NumberingStyle.values()) {
            SectionNumbering.Numbered top = numbered(outer, 2, null);
            for (NumberingStyle middle : NumberingStyle.values()) {
                SectionNumbering.Numbered mid = numbered(middle, 3, top);
                for (NumberingStyle inner : NumberingStyle.values()) {
                    SectionNumbering.Numbered in = numbered(inner, 1, mid);
                    for (SectionNumbering.Numbered n : List.of(top, mid, in)) {
                        checked++;
                        if (!vi.words(n.cite()).equals(n.label())) {
                            differ.add(outer + "/" + middle + "/" + inner + ": " + n.label() + " ≠ " + vi.words(n.cite()));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differ);
        assertEquals(3 * 216, checked);
    }

    private static SectionNumbering.Numbered numbered(NumberingStyle style, int index, SectionNumbering.Numbered parent) {
        String number = Numbering.number(style, index, parent == null ? "" : parent.number());
        return new SectionNumbering.Numbered(number, Numbering.heading(style, number), style, parent == null ? 1
                : parent.level() + 1, "a", SectionNumbering.label(style, number, parent),
                SectionNumbering.cite(style, style == NumberingStyle.PART ? String.valueOf(index) : number, parent));
    }

    static java.util.stream.Stream<Path> plans() throws IOException {
        return ResolvedGoldenTest.plans();
    }

    /** Sections, tasks and budget rows, placed in their table's appendix or section: as the document labels them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyWorkOfThePlansIsCitedAsItsLabelSays(Path folder) throws IOException {
        List<AgencyWork> work = new Generator(Path.of("")).resolve(folder).resolved()
                .map(plan -> plan.agencyWork()).orElse(List.of());
        for (AgencyWork w : work) {
            assertEquals(w.label(), vi.words(w.cite()), w.anchor());
            assertEquals(w.label().isEmpty(), w.cite().isEmpty(), w.anchor());
            assertFalse(en.words(w.cite()).matches(".*(số|mục|khoản|điểm|phần|Phụ lục|Điều).*"), en.words(w.cite()));
        }
    }
}

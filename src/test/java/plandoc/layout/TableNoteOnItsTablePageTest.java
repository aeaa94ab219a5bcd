package plandoc.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every table note of the bundled plans prints whole on the page of its table's last row (review s18, finding 3:
 * 424's note under the body's summary table broke after "(Phụ lục", and "03); nhiệm vụ số 2, 4, …" opened the
 * next page). Read back with PDFBox, page by page: each page where a note begins holds its end and, before it,
 * the first words of the table's last row. render.pdf.TableNotes.
 */
class TableNoteOnItsTablePageTest {

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void eachNoteIsWholeOnThePageOfItsTablesLastRow(String slug) throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        List<String> wrong = new ArrayList<>();
        int found = 0;
        // An appendix may print its table with its own note (PHỤ LỤC 07 does not cite itself: s27 tryout 8).
        List<TableView> printed = new ArrayList<>(plan.tables());
        plan.appendices().forEach(a -> a.blocks().stream().filter(b -> b instanceof plandoc.resolved.TableBlock)
                .forEach(b -> printed.add(((plandoc.resolved.TableBlock) b).table())));
        for (TableView table : printed) {
            RowView lastRow = table.rows().get(table.rows().size() - 1);
            String row = words(lastRow.cells().get(0).plain(), true);
            for (InlineText note : table.notes()) {
                String start = words(note.plain(), true);
                // The same note's other wording (in the body and in its appendix) ends it as well.
                List<String> ends = printed.stream().flatMap(t -> t.notes().stream()).map(InlineText::plain)
                        .filter(n -> words(n, true).equals(start)).map(n -> words(n, false)).toList();
                for (int p = 0; p < pages.size(); p++) {
                    String page = pages.get(p);
                    int at = page.indexOf(start);
                    if (at < 0) {
                        continue;
                    }
                    found++;
                    if (ends.stream().noneMatch(page.substring(at)::contains) || !page.substring(0, at).contains(row)) {
                        wrong.add(table.id() + " p." + (p + 1) + ": note begins without its end or the last row \"" + row + "\"");
                    }
                }
            }
        }
        if (slug.contains("424")) {
            // The summary table's note, in the body and in PHỤ LỤC 07, is no longer printed (print.undetermined:
            // declared reproduces the signed original; s32 review B2, DeclaredTableNoNoteTest); notes under `mark`
            // are kept on their table's page by TableNoteKeptTest.
            assertEquals(0, found, "notes read back");
        }
        assertEquals(List.of(), wrong);
    }

    /** The first or last five words of {@code text}, spaces as the page's text has them. */
    private static String words(String text, boolean first) {
        String[] w = text.strip().split("\\s+");
        int n = Math.min(5, w.length);
        return String.join(" ", first ? List.of(w).subList(0, n) : List.of(w).subList(w.length - n, w.length));
    }
}

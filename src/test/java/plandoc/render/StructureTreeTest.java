package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import plandoc.Generator;
import plandoc.PdfConformance;
import plandoc.render.TaggedPdf.Tagged;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bundled plan's PDF read as PDF/UA-2 (ISO 14289-2) and a screen reader read its tags (render.pdf.StructureTypes,
 * and the patched openhtmltopdf device's repeated table headers): no empty TFoot in a data table, no text loose in a
 * Div (the letterhead's cells), no Div in a heading (the title's lines), a table's header heard once although printed
 * on every page of the table (the copies are pagination artifacts), and no marked content without its element.
 * Read back with PDFBox, and validated with veraPDF's PDF/UA-2 profile (plandoc claims PDF/UA-1, which
 * PdfStandardsTest validates; UA-2 checks the structure more closely).
 */
class StructureTreeTest {
    /**
     * veraPDF's PDF/UA-2 rules a PDF 1.7 file that claims PDF/UA-1 cannot meet (docs/benchmarks.md, "s17-ua2");
     * any other failed rule fails the test.
     */
    private static final Set<String> NOT_CLAIMED = Set.of(
            "5-2", "5-5", // pdfuaid:part 2 and pdfuaid:rev: the file claims part 1
            "8.2.5.2-2", // the Document element in the PDF 2.0 namespace: PDF 1.7 has no namespaces
            "8.8-1", "8.8-2"); // outline and link targets as structure destinations (/SD, PDF 2.0)
    /**
     * Rules each bundled plan meets because plandoc mends them (each failed before): a link annotation's Contents and
     * its Link element's Alt (openhtmltopdf wrote an empty Alt), and the signature fields' widgets' Contents.
     */
    private static final Set<String> MENDED = Set.of("8.9.4.2-1", "8.10.2.3-1");
    private static final Set<String> HEADINGS = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");
    private static final Set<String> BLOCKS = Set.of("P", "Div", "Sect", "Art", "Part", "L", "LI", "LBody", "Table",
            "BlockQuote", "Caption", "H", "H1", "H2", "H3", "H4", "H5", "H6");

    /**
     * The header cells (TH under a THead) of each table over several pages whose text is not among the pagination
     * artifacts of each of the table's pages after its first.
     */
    private static List<String> headersNotRepeated(List<Tagged> tagged, List<String> pagination) {
        List<String> missing = new java.util.ArrayList<>();
        for (int t = 0; t < tagged.size(); t++) {
            Tagged table = tagged.get(t);
            if (!table.type().equals("Table") || table.pages().size() < 2) {
                continue;
            }
            int depth = table.ancestors().size();
            int first = table.pages().stream().min(Integer::compare).orElseThrow();
            for (int i = t + 1; i < tagged.size() && tagged.get(i).ancestors().size() > depth; i++) {
                Tagged cell = tagged.get(i);
                List<String> above = cell.ancestors();
                if (cell.type().equals("TH") && above.size() == depth + 3 && above.get(depth + 1).equals("THead")) {
                    for (int page : table.pages()) {
                        if (page > first && !pagination.get(page).contains(cell.text())) {
                            missing.add("page " + page + ": " + cell.text());
                        }
                    }
                }
            }
        }
        return missing;
    }

    static Stream<Path> bundledPlans() throws Exception {
        return PdfStandardsTest.bundledPlans();
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void tagsReadAsPdfUa2Wants(Path folder) throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.once(folder).files());
        List<Tagged> tagged;
        List<String> pagination;
        List<String> unowned;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            tagged = TaggedPdf.tagged(document);
            pagination = TaggedPdf.paginationText(document);
            unowned = TaggedPdf.unownedIds(document);
        }
        List<Tagged> heads = tagged.stream().filter(t -> t.type().equals("THead")).toList();
        assertAll(
                () -> assertEquals(List.of(), tagged.stream().filter(t -> Set.of("THead", "TBody", "TFoot").contains(t.type())
                        && t.pages().isEmpty()).toList(), folder + ": an empty row group (openhtmltopdf's TFoot in every table)"),
                () -> assertEquals(List.of(), tagged.stream().filter(t -> t.type().equals("Div") && t.ownContent() > 0).toList(),
                        folder + ": text directly in a Div"),
                () -> assertEquals(List.of(), tagged.stream().filter(t -> BLOCKS.contains(t.type())
                        && t.ancestors().stream().anyMatch(HEADINGS::contains)).toList(), folder + ": a block inside a heading"),
                // A table over several pages prints its header on each; the tags hold its text once, on the first.
                () -> assertEquals(List.of(), heads.stream().filter(t -> t.pages().size() != 1).toList(),
                        folder + ": a table header tagged on more than one page (read once per page)"),
                // ... and prints it again on every later page as a pagination artifact, painted as one.
                () -> assertEquals(List.of(), headersNotRepeated(tagged, pagination),
                        folder + ": a table's header cells not printed as pagination artifacts on its later pages"),
                // Every marked-content id has its element in the parent tree: no hole left by a copy made an artifact.
                () -> assertEquals(List.of(), unowned, folder + ": marked content without a structure element"));
        assertFalse(heads.isEmpty(), folder + " has data tables with a header");
        assertFalse(tagged.stream().filter(t -> t.type().equals("Table")).noneMatch(t -> t.pages().size() > 1),
                folder + " has a table over more than one page");
        assertFalse(tagged.stream().filter(t -> HEADINGS.contains(t.type())).noneMatch(t -> t.text().contains("PHỤ LỤC")),
                folder + ": the appendix headings (two lines each) are headings");

        assertFalse(pagination.stream().noneMatch(text -> text.contains("STT")),
                folder + ": a repeated header row is among the pagination artifacts");

        List<String> ua2 = PdfConformance.failures(pdf, PDFAFlavour.PDFUA_2);
        assertEquals(List.of(), ua2.stream().filter(line -> MENDED.contains(line.split(" ")[1])).toList(),
                folder + ": links' Contents against their Alt, signature widgets' Contents");
        assertEquals(List.of(), ua2.stream().filter(line -> !NOT_CLAIMED.contains(line.split(" ")[1])).toList(),
                folder + ": veraPDF's PDF/UA-2 rules");
        // What those two rules look at is there to check: links with a Contents, and widgets.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> subtypes = new java.util.ArrayList<>();
            document.getPages().forEach(page -> {
                try {
                    page.getAnnotations().forEach(a -> subtypes.add(a.getSubtype()
                            + (a.getContents() == null || a.getContents().isBlank() ? " without Contents" : "")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertAll(() -> assertTrue(subtypes.contains("Link"), folder + ": links with a Contents " + subtypes),
                    () -> assertEquals(2, subtypes.stream().filter("Widget"::equals).count(),
                            folder + ": two signature widgets with a Contents " + subtypes));
        }
    }
}

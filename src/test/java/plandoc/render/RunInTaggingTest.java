package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import plandoc.Generator;
import plandoc.PdfConformance;
import plandoc.render.TaggedPdf.Tagged;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paragraph printed run in after its label ("Điều 1. Phê duyệt …", "2.1. Thường xuyên …") is one P holding the
 * label and the text, and a list item's paragraph is its LBody's text: no Span holds a P (each line of such a
 * paragraph was a P, the first inside a Span with the label beside it; render.pdf.RunInParagraphs). Read back from
 * every bundled plan's PDF with PDFBox; veraPDF's PDF/UA-2 profile, which checks this nesting (ISO 32000-2 Annex L,
 * rule 6.2-636), agrees.
 */
class RunInTaggingTest {
    /** Elements that hold text within a line, never a paragraph or any other block. */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Quote", "Note", "Reference", "BibEntry", "Code");
    private static final Set<String> BLOCK = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Div", "Sect", "Art",
            "Part", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "BlockQuote", "Caption");

    static Stream<Path> bundledPlans() throws Exception {
        return PdfStandardsTest.bundledPlans();
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void runInLabelsAreInsideTheirParagraph(Path folder) throws Exception {
        RenderedPlan rendered = TestRenderers.once(folder).files();
        byte[] pdf = PdfStandardsTest.pdf(rendered);
        List<Tagged> tagged;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            tagged = TaggedPdf.tagged(document);
        }
        List<Tagged> misplaced = tagged.stream().filter(t -> BLOCK.contains(t.type())
                && t.ancestors().stream().anyMatch(INLINE::contains)).toList();
        assertEquals(List.of(), misplaced, folder + ": blocks inside a Span or a Link");
        assertEquals(List.of(), tagged.stream().filter(t -> t.type().equals("P") && t.ancestors().contains("P")).toList(),
                folder + ": a P inside a P");

        // Every run-in pair of the page (the PDF is printed from the same markup) is one P, label first.
        List<String> paragraphs = tagged.stream().filter(t -> t.type().equals("P")).map(t -> squeezed(t.text())).toList();
        org.jsoup.nodes.Document page = Jsoup.parse(new String(page(rendered), StandardCharsets.UTF_8));
        List<Element> runIn = page.select(".document .article-label + p, .document .lead-in > .section-number + p");
        assertFalse(runIn.isEmpty(), folder + " has run-in paragraphs to check");
        for (Element p : runIn) {
            String expected = squeezed(p.previousElementSibling().text() + p.text());
            assertTrue(paragraphs.contains(expected), folder + ": no P reads '" + expected + "'");
        }
        // A list item's paragraph (printed inline after its number or dash) is the text of the item's LBody, not a P per line.
        List<Tagged> bodies = tagged.stream().filter(t -> t.type().equals("LBody")).toList();
        for (Element item : page.select(".document li:has(> p)")) {
            String text = squeezed(item.select("> p").text());
            assertTrue(bodies.stream().anyMatch(b -> squeezed(b.text()).endsWith(text)), folder + ": no LBody reads '" + text + "'");
        }
        assertEquals(List.of(), tagged.stream().filter(t -> t.type().equals("P") && t.ancestors().contains("LBody")).toList(),
                folder + ": a list item's paragraph tagged P line by line");

        assertEquals(List.of(), PdfConformance.failures(pdf).stream().toList(), folder + ": PDF/A-3a and PDF/UA-1");
        assertTrue(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_2).stream().noneMatch(rule -> rule.contains(" 6.2-636 ")),
                folder + ": veraPDF's PDF/UA-2 rule 6.2-636, <Span> shall not contain <P>");
    }

    private static byte[] page(RenderedPlan rendered) {
        return rendered.files().stream().filter(f -> f.name().endsWith("index.html")).findFirst().orElseThrow().bytes();
    }

    /** The text without white space: the PDF's text runs join lines without the space the line break took. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}

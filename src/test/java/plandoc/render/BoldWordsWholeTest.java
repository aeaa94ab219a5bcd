package plandoc.render;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.resolved.ResolvedPlan;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No bold word of a printed PDF is cut inside a syllable: every bold word read back from the pages is a
 * word of the document. A table's header cells are bold; with {@code overflow-wrap: anywhere}
 * openhtmltopdf filled a narrow header line greedily and printed "Sự ng / hiệp" in 424's PHỤ LỤC 01
 * although the column is as wide as "nghiệp" (compute.ColumnWidths); header cells now break at spaces.
 */
class BoldWordsWholeTest {
    private static final Pattern WORD = PrintedWords.WORD;

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void everyBoldWordIsAWordOfTheDocument(String slug) throws Exception {
        // The bundled plan as every reading class shares it (rendered once per test JVM).
        ResolvedPlan plan = TestRenderers.bundled(slug).plan();
        RenderedPlan rendered = TestRenderers.bundled(slug).files();
        byte[] pdf = rendered.files().stream().filter(f -> f.name().equals(plan.info().fileStem() + ".pdf"))
                .findFirst().orElseThrow().bytes();
        // The document's words: the resolved plan's and the templates' own (the national motto, "Nơi nhận").
        Set<String> words = PrintedWords.of(plan.toString());
        try (var templates = java.nio.file.Files.walk(TestRenderers.TEMPLATES)) {
            for (Path file : templates.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                words.addAll(PrintedWords.of(java.nio.file.Files.readString(file)));
            }
        }
        List<String> cut = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (BoldWords.Word word : new BoldWords().read(document)) {
                if (!words.contains(word.text())) {
                    cut.add("p." + word.page() + " \"" + word.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), cut, slug + ": bold words not in the document (cut inside a syllable?)");
    }


    /** The bold words of every page, as PDFBox groups the glyphs into words. */
    private static final class BoldWords extends PDFTextStripper {
        record Word(int page, String text) {
        }

        private final List<Word> words = new ArrayList<>();

        BoldWords() throws IOException {
        }

        List<Word> read(PDDocument document) throws IOException {
            setSortByPosition(false); // content order: a word's glyphs stay together
            getText(document);
            return words;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            StringBuilder bold = new StringBuilder();
            float line = Float.NaN;
            float end = Float.NaN;
            for (TextPosition p : positions) {
                boolean isBold = p.getFont().getName() != null && p.getFont().getName().contains("Bold");
                String glyph = p.getUnicode();
                // Content order: a run may go on to the next line, or to a span drawn after, without a
                // space; glyphs that do not follow each other on one line are not one word.
                if (!Float.isNaN(line) && (Math.abs(p.getYDirAdj() - line) > 1 || Math.abs(p.getXDirAdj() - end) > 1)) {
                    flush(bold);
                }
                line = p.getYDirAdj();
                end = p.getXDirAdj() + p.getWidthDirAdj();
                if (isBold && WORD.matcher(glyph).matches()) {
                    bold.append(glyph);
                } else {
                    flush(bold);
                }
            }
            flush(bold);
        }

        private void flush(StringBuilder bold) {
            if (!bold.isEmpty()) {
                String text = Normalizer.normalize(bold.toString(), Normalizer.Form.NFC);
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    words.add(new Word(getCurrentPageNo(), m.group()));
                }
                bold.setLength(0);
            }
        }
    }
}

package plandoc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import plandoc.compute.Motto;

/**
 * F3 (format-standard.md §13): the PDF rules the tiêu ngữ exactly as wide as its text, and that is the width compute
 * gives the Word copy's rule ({@link Motto#RULE_MM}; RulesDocxTest reads it there). Read back with PDFBox: the Word
 * copy's fixed 62 mm printed 60.0 mm through LibreOffice, against the PDF's 58.4 mm (s36 review L4).
 */
class MottoRuleLayoutTest {
    private static final float MM = PrintedLines.MM;

    @Test
    void thePdfsMottoRuleIsTheComputedWidth() throws Exception {
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-4086-2012"))) {
            PrintedLines.Line motto = PrintedLines.read(document).get(0).lines().stream()
                    .filter(l -> l.text().strip().equals(Motto.TEXT)).findFirst()
                    .orElseThrow(() -> new AssertionError("no motto on page 1"));
            HorizontalRules.Rule rule = HorizontalRules.on(document.getPage(0)).stream()
                    .filter(r -> r.y() > motto.baseline() && r.y() < motto.baseline() + 5 * MM)
                    .filter(r -> Math.abs((r.left() + r.right()) / 2 - (motto.left() + motto.right()) / 2) < 2 * MM)
                    .findFirst().orElseThrow(() -> new AssertionError("no rule under the motto"));
            assertEquals(rule.width() / MM, Motto.RULE_MM, 0.3, "the PDF's rule against the computed width");
            assertEquals((motto.right() - motto.left()) / MM, Motto.RULE_MM, 0.3, "the motto's printed width");
        }
    }
}

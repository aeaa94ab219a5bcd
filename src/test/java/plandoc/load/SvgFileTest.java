package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/** {@code check}'s refusal of the CSS transform properties Batik passes over (s28 re-read L-b). */
class SvgFileTest {
    private static final SourcePosition AT = new SourcePosition("plan.yaml", 30, 14);

    private static String svg(String style, String attribute) {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" width="100" height="60">
                  <style>%s</style>
                  <g style="%s"><rect x="10" y="10" width="40" height="30" fill="#1f5fa8"/></g>
                </svg>
                """.formatted(style, attribute);
    }

    private static Problems check(Path dir, String content) throws Exception {
        Path file = dir.resolve("ban-do.svg");
        Files.writeString(file, content);
        Problems problems = new Problems();
        SvgFile.check(file, "ban-do.svg", AT, problems);
        return problems;
    }

    @Test
    void cssTransformsAtTheValueSvgUsesAnywayPrintTheSameAndPass(@TempDir Path dir) throws Exception {
        for (String content : List.of(svg("", "transform-origin: 0px 0px"), svg("", "transform-origin:0 0 0;fill:red"),
                svg("rect { transform: none; transform-box: view-box }", "transform-origin: left top !important"))) {
            Problems problems = check(dir, content);
            assertFalse(problems.hasErrors(), () -> content + " → " + problems.sorted());
        }
    }

    @Test
    void aCssTransformOrAnOriginThatMovesSomethingIsStillRefused(@TempDir Path dir) throws Exception {
        for (String content : List.of(svg("", "transform-origin: 50% 50%"), svg("g { transform: rotate(45deg) }", ""),
                svg("", "transform-origin: 0px 0px; transform: scale(2)"), svg("", "transform-box: fill-box"))) {
            Problems problems = check(dir, content);
            assertEquals(1, problems.errorCount(), () -> content + " → " + problems.sorted());
            assertTrue(problems.sorted().get(0).message().key().equals("image.svg-unsupported"),
                    () -> problems.sorted().toString());
        }
    }

    /**
     * s29: what check now refuses (errors/svg-absurd) is not what drawing programs export every day: Vietnamese text
     * with the symbols of a chart, Chinese in a {@code <title>} (not drawn), {@code stroke-width} before the width on the
     * root, a map drawn in metres, and a drawing as tall as a page all pass.
     */
    @Test
    void textInTheDocumentsLettersAndSizesAPageHoldsPass(@TempDir Path dir) throws Exception {
        for (String content : List.of("""
                <svg xmlns="http://www.w3.org/2000/svg" width="480" height="300">
                  <title>图表 chart</title>
                  <text x="10" y="20">Tỷ lệ “đạt” – 100% ₫ № °C ≤ ≥ × ÷ ½ • … ĐƯỢC</text>
                </svg>
                """, """
                <svg xmlns="http://www.w3.org/2000/svg" stroke-width="1" width="480" viewBox="0 0 500000 400000">
                  <rect width="250000" height="200000" fill="#1f5fa8"/>
                </svg>
                """, """
                <svg xmlns="http://www.w3.org/2000/svg" width="624" height="971">
                  <rect width="100" height="100" fill="#1f5fa8"/>
                </svg>
                """)) {
            Problems problems = check(dir, content);
            assertFalse(problems.hasErrors(), () -> content + " → " + problems.sorted());
        }
    }

    /** s29: a width no page holds is refused at the attribute's own line and column, past a stroke-width. */
    @Test
    void anAbsurdWidthIsRefusedAtItsAttribute(@TempDir Path dir) throws Exception {
        Problems problems = check(dir, """
                <svg xmlns="http://www.w3.org/2000/svg"
                     stroke-width="1" height="300" width="1e40">
                  <rect width="100" height="100" fill="#1f5fa8"/>
                </svg>
                """);
        assertEquals("[image.svg-size: [ban-do.svg, width=\"1e40\", 2, 36]]", problems.sorted().stream()
                .map(p -> p.message().key() + ": " + p.message().args()).toList().toString());
    }

    private static String keyed(Problems problems) {
        return problems.sorted().stream().map(p -> p.message().key() + ": " + p.message().args()).toList().toString();
    }

    /**
     * s30: Inkscape's flowed text ({@code shape-inside}) with no line of its own placed: Batik does not flow it and
     * printed it in one line above the picture. Refused at the {@code <text>}'s line and column; Inkscape 1's own
     * export, each line a {@code <tspan x= y=>}, passes (it prints where Inkscape showed it).
     */
    @Test
    void textFlowedIntoAShapeWithoutItsLinesPlacedIsRefusedAtItsElement(@TempDir Path dir) throws Exception {
        Problems problems = check(dir, """
                <svg width="210mm" height="148mm" viewBox="0 0 210 148" xmlns="http://www.w3.org/2000/svg">
                  <defs><rect x="20" y="20" width="80" height="40" id="rect2"/></defs>
                  <rect style="fill:#1f5fa8" width="50" height="30" x="10" y="90"/>
                    <text xml:space="preserve" style="font-size:6px;shape-inside:url(#rect2)"><tspan>Ủy ban nhân \
                dân tỉnh</tspan> chỉ đạo các sở ngành</text>
                </svg>
                """);
        assertEquals("[image.svg-flowed-text: [ban-do.svg, shape-inside:url(#rect2), 4, 5]]", keyed(problems));
        Problems inkscape = check(dir, """
                <svg width="210mm" height="148mm" viewBox="0 0 210 148" xmlns="http://www.w3.org/2000/svg">
                  <defs><rect x="20" y="20" width="80" height="40" id="rect2"/></defs>
                  <text xml:space="preserve" style="font-size:6px;white-space:pre;shape-inside:url(#rect2)"><tspan
                    x="20" y="25.5"><tspan style="font-weight:bold">Ủy ban nhân dân tỉnh </tspan></tspan>
                    <tspan x="20" y="33">chỉ đạo các sở ngành</tspan></text>
                </svg>
                """);
        assertFalse(inkscape.hasErrors(), () -> keyed(inkscape));
    }

    /**
     * s30: a drawing of more elements than a page can carry (a map exported whole from a GIS) is refused by counting,
     * before Batik draws it: the root and the ceiling's number of shapes are one too many.
     */
    @Test
    void aDrawingOfMoreElementsThanAPageCarriesIsRefused(@TempDir Path dir) throws Exception {
        String shape = "<rect x=\"1\" y=\"1\" width=\"3\" height=\"3\"/>\n";
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">\n";
        Problems over = check(dir, open + shape.repeat(SvgFile.ELEMENT_LIMIT) + "</svg>\n");
        assertEquals("[image.svg-too-complex: [ban-do.svg, " + (SvgFile.ELEMENT_LIMIT + 1) + ", "
                + SvgFile.ELEMENT_LIMIT + "]]", keyed(over));
    }
}

package plandoc.render.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line that fills up at a link never leaves the "," or ")" after it to open the next line, nor a "(" before it to
 * end the line above (424 p.25: ", 3.9), khoản 4 Mục III Phần thứ hai …" once the references were capitalised).
 */
class LinkPunctuationLineBreakTest {

    @Test
    void punctuationStaysOnTheLineOfItsLinkAtEveryWidth() throws Exception {
        String references = "Thực hiện các nhiệm vụ tại <a href=\"#k3\">khoản 3 Mục III Phần thứ hai</a> (các điểm "
                + "<a href=\"#k3\">3.1</a>, <a href=\"#k3\">3.2</a>, <a href=\"#k3\">3.3</a>, <a href=\"#k3\">3.5</a>, "
                + "<a href=\"#k3\">3.6</a>, <a href=\"#k3\">3.7</a>, <a href=\"#k3\">3.9</a>), "
                + "<a href=\"#k3\">khoản 4 Mục III Phần thứ hai</a> (<a href=\"#k3\">điểm 4.4</a>); xem "
                + "<a href=\"#k3\">Phụ lục 03</a>./.";
        StringBuilder body = new StringBuilder("<main class=\"document\"><p id=\"k3\">Khoản 3</p>");
        for (int width = 40; width <= 120; width += 1) {
            body.append("<p style=\"width: ").append(width).append("mm; text-indent: 0\">").append(references).append("</p>");
        }
        body.append("</main>");
        List<String> lines = RangeLineBreakTest.printedLines(body.toString());
        assertEquals(List.of(), lines.stream().filter(l -> l.matches("^[,;:)\\]./].*")).toList(),
                "no line opens with the punctuation that closes after a link");
        assertEquals(List.of(), lines.stream().filter(l -> l.endsWith("(")).toList(),
                "no line ends with the parenthesis that opens before a link");
        assertTrue(lines.stream().anyMatch(l -> l.contains("3.7, 3.9)") || l.endsWith("3.7,")), lines.toString());
    }
}

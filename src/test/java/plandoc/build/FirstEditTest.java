package plandoc.build;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an issued document's source was first edited, and what the published line said (s36 review M1). */
class FirstEditTest {

    private static FirstEdit edit(String now, String before) {
        return FirstEdit.of("plan.yaml", now.getBytes(StandardCharsets.UTF_8), before.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineAddedAtTheEndIsNoLineOfThePublishedVersion() {
        FirstEdit first = edit("a: 1\nb: 2\n# ghi chú\n", "a: 1\nb: 2\n");
        assertEquals(3, first.at().line());
        assertEquals(Optional.empty(), first.published(), "the text after the last line break is no line");
    }

    @Test
    void anEmptyPublishedLineIsQuotedAsEmptyAndAChangedLineAsItWas() {
        FirstEdit blank = edit("a: 1\n# ghi chú\nb: 2\n", "a: 1\n\nb: 2\n");
        assertEquals(2, blank.at().line());
        assertEquals(Optional.of(""), blank.published());
        FirstEdit changed = edit("a: 1\nb: 3\n", "a: 1\nb: 2\n");
        assertEquals(2, changed.at().line());
        assertEquals(4, changed.at().column());
        assertEquals(Optional.of("b: 2"), changed.published());
    }

    @Test
    void linesTakenOffTheEndAreSaidAtTheLastLineThereIsNow() {
        FirstEdit first = edit("a: 1\n", "a: 1\nb: 2\n");
        assertEquals(1, first.at().line());
        assertEquals(Optional.of("a: 1"), first.published());
    }
}

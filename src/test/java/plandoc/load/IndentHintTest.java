package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line a misindented line is told to line up with, or none when the guess would mislead. */
class IndentHintTest {
    private static final String ITEMS = """
            budgets:
              - id: kinh-phi
                items:
                  - id: a
                    title: A
                - id: b
            """;

    @Test
    void anItemMovedLeftLinesUpWithTheItemAbove() {
        // Columns 3 (the budget) and 7 (the items) are both two away: the later line wins.
        assertEquals(Optional.of(new IndentHint.Align(4, 7)), IndentHint.of(ITEMS, 6, 5));
    }

    @Test
    void aKeyLinesUpWithTheNearestOpenColumn() {
        String yaml = """
                document:
                  issuer:
                    name: A
                    code: C
                   short: B
                """;
        assertEquals(Optional.of(new IndentHint.Align(4, 5)), IndentHint.of(yaml, 5, 4));
    }

    @Test
    void noSideTakenAgainstAFirstLineJustAbove() {
        // "name" may be the one misplaced: it alone set column 5 (errors/bad-indentation).
        String yaml = """
                document:
                  issuer:
                    name: A
                   short: B
                """;
        assertEquals(Optional.empty(), IndentHint.of(yaml, 4, 4));
    }

    @Test
    void noGuessForMoreTextLeftOfItsBlock() {
        // Not an entry of the list above: OutdentedText gives the text's column.
        String yaml = """
                sections:
                  - id: a
                    text: |
                      - Dòng một.
                    - Dòng hai: không phải khóa.
                """;
        assertEquals(Optional.empty(), IndentHint.of(yaml, 5, 5));
    }

    @Test
    void noGuessRightUnderAKeyThatOpensABlock() {
        String yaml = """
                items:
                  - id: a
                    amounts:
                  2012: 1
                """;
        assertEquals(Optional.empty(), IndentHint.of(yaml, 4, 3));
    }

    @Test
    void noGuessWhenTheParserStoppedInsideTheLine() {
        assertEquals(Optional.empty(), IndentHint.of(ITEMS, 6, 9));
    }
}

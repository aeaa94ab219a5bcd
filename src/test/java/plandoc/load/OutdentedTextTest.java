package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text block a line left of its column belongs to, or none when the line is structure. */
class OutdentedTextTest {
    private static Optional<OutdentedText.Found> at(String yaml, int line) {
        return OutdentedText.at(SourceFile.of("plan.yaml", yaml), line);
    }

    @Test
    void aLineAfterTheTextOfANestedBlockGetsItsColumnAndTheLastLineStartingThere() {
        String yaml = """
                budgets:
                  - id: kinh-phi
                    items:
                      - id: a
                        notes: >-
                          Dòng một
                            thụt thêm
                      dòng ba
                """;
        assertEquals(Optional.of(new OutdentedText.Found(8, 5, "notes: >-", 11, 6, Optional.empty())), at(yaml, 8));
    }

    @Test
    void aBlankLineInsideTheTextDoesNotEndIt() {
        String yaml = """
                plan:
                  text: |  # đoạn mở đầu
                    Đoạn một.

                Đoạn hai.
                """;
        assertEquals(Optional.of(new OutdentedText.Found(5, 2, "text: |", 5, 3, Optional.empty())), at(yaml, 5));
    }

    @Test
    void aTabBeforeTheTextsColumnIsLeftOfIt() {
        String yaml = "plan:\n  text: |\n    Dòng một.\n\tDòng hai.\n";
        assertEquals(Optional.of(new OutdentedText.Found(4, 2, "text: |", 5, 3, Optional.empty())), at(yaml, 4));
    }

    @Test
    void aKeyOrAnEntryAfterTheTextIsStructure() {
        String yaml = """
                sections:
                  - id: a
                    text: |
                      Dòng một.
                   title: B
                  - id: b
                  - { id: c }
                """;
        assertEquals(Optional.empty(), at(yaml, 5));
        assertEquals(Optional.empty(), at(yaml, 6));
        assertEquals(Optional.empty(), at(yaml, 7));
    }

    @Test
    void noBlockWhenAKeyStandsBetween() {
        String yaml = """
                plan:
                  text: |
                    Dòng một.
                  title: A
                Dòng hai.
                """;
        assertEquals(Optional.empty(), at(yaml, 5));
    }

    @Test
    void noBlockRightUnderItsKey() {
        // No line of text yet: the block's lines are not indented at all (YamlTreeReader.blockNotIndented).
        assertEquals(Optional.empty(), at("plan:\n  text: |\n  Dòng một.\n", 3));
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The folder name {@code plandoc new} suggests for a name it cannot use: Folding.slug, a default, 80 characters. */
class NewSlugSuggestionTest {
    @Test
    void aVietnameseNameBecomesItsUnaccentedSlug() {
        assertEquals("ke-hoach-so-5", NewCommand.suggestion("Kế hoạch số 5"));
        assertEquals("ke-hoach-moi", NewCommand.suggestion("…"));
    }

    /** Unlike check's suggestion for a plan folder (TextHygieneTest), a dash left at the cut is dropped. */
    @Test
    void aLongNameIsCutAtEightyCharactersWithoutATrailingDash() {
        assertEquals("dieu-".repeat(15) + "dieu", NewCommand.suggestion("Điều ".repeat(20)));
    }
}

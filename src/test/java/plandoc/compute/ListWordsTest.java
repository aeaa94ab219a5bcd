package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Messages;

class ListWordsTest {
    private final ListWords vi = new ListWords(Messages.forLanguage("vi"));
    private final ListWords en = new ListWords(Messages.forLanguage("en"));

    @Test
    void joinsTheLastItemWithAnd() {
        assertEquals("2012-2015", vi.and(List.of("2012-2015")));
        assertEquals("2012-2015 và 2016-2020", vi.and(List.of("2012-2015", "2016-2020")));
        assertEquals("2021, 2023 và 2025", vi.and(List.of("2021", "2023", "2025")));
        assertEquals("a, b, c và d", vi.and(List.of("a", "b", "c", "d")));
        assertEquals("2021, 2023 and 2025", en.and(List.of("2021", "2023", "2025")));
    }

    /** The same words as ICU4J's list patterns (CLDR) for Vietnamese, which this class does not load (cold start). */
    @Test
    void vietnameseIsCldrs() {
        var icu = com.ibm.icu.text.ListFormatter.getInstance(com.ibm.icu.util.ULocale.forLanguageTag("vi"));
        for (List<String> items : List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c"), List.of("a", "b", "c", "d"))) {
            assertEquals(icu.format(items), vi.and(items));
        }
    }
}

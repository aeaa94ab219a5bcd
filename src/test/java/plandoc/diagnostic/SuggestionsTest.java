package plandoc.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> DOCUMENT_KEYS = List.of("type", "issuer", "number", "symbol", "place", "date",
            "title", "caption_title", "bases", "proposal", "articles", "signature", "recipients", "archive");

    @Test
    void misspeltKeysFindTheirKey() {
        assertEquals(Optional.of("caption_title"), Suggestions.nearest("caption_titel", DOCUMENT_KEYS));
        assertEquals(Optional.of("title"), Suggestions.nearest("titel", DOCUMENT_KEYS));
        assertEquals(Optional.of("signature"), Suggestions.nearest("signatur", DOCUMENT_KEYS));
        assertEquals(Optional.of("recipients"), Suggestions.nearest("recipient", DOCUMENT_KEYS));
        assertEquals(Optional.of("articles"), Suggestions.nearest("article", DOCUMENT_KEYS));
    }

    @Test
    void caseIsIgnoredButTheValidSpellingIsReturned() {
        assertEquals(Optional.of("proposal"), Suggestions.nearest("Proposal", DOCUMENT_KEYS));
        assertEquals(Optional.of("tw"), Suggestions.nearest("TW", List.of("tw", "dp", "khac")));
    }

    @Test
    void nothingNearEnoughSuggestsNothing() {
        assertEquals(Optional.empty(), Suggestions.nearest("colour", DOCUMENT_KEYS));
        assertEquals(Optional.empty(), Suggestions.nearest("khong-co-gi-ca", List.of("dieu-hieu-luc", "dieu-phe-duyet")));
        assertEquals(Optional.empty(), Suggestions.nearest("x", List.of()));
    }

    @Test
    void ids() {
        assertEquals(Optional.of("dieu-hieu-luc"), Suggestions.nearest("dieu-hieu-lu", List.of("dieu-phe-duyet", "dieu-hieu-luc")));
        assertEquals(Optional.of("dp"), Suggestions.nearest("db", List.of("tw", "dp", "oda-xhh")));
        assertEquals(Optional.of("pl-du-an"), Suggestions.nearest("pl-duan", List.of("pl-he-thong", "pl-ban-do", "pl-du-an")));
    }

    /** The tolerance is two edits, or a third of the word's length when that is more. */
    @Test
    void tolerance() {
        assertEquals(Optional.of("abcdef"), Suggestions.nearest("abcdxy", List.of("abcdef")));
        assertEquals(Optional.empty(), Suggestions.nearest("abcxyz", List.of("abcdef")));
        assertEquals(Optional.of("abcdefghijkl"), Suggestions.nearest("abcdefghixyz", List.of("abcdefghijkl")),
                "12 letters allow 4 edits");
        assertEquals(Optional.empty(), Suggestions.nearest("abcdefgvwxyz", List.of("abcdefghijkl")));
    }

    @Test
    void theFirstOfEquallyNearCandidatesWins() {
        assertEquals(Optional.of("lead"), Suggestions.nearest("leaf", List.of("lead", "leak")));
        assertEquals(Optional.of("leak"), Suggestions.nearest("leaf", List.of("leak", "lead")));
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertEquals(0, Suggestions.distance("tw", "tw"));
        assertEquals(1, Suggestions.distance("titel", "title"));
        assertEquals(1, Suggestions.distance("dp", "db"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}

package plandoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The index's result line comes finished from the code: the template only places it. */
class IndexPageTest {
    @Test
    void oneFirstPageSaysHowManyWithTheNounThatAgrees() {
        assertEquals("1 document", IndexPage.resultCount(1, SiteText.of("en")));
        assertEquals("2 documents", IndexPage.resultCount(2, SiteText.of("en")));
        assertEquals("1 văn bản", IndexPage.resultCount(1, SiteText.vietnamese()));
        assertEquals("50 documents", IndexPage.resultCount(IndexPage.PAGE_ROWS, SiteText.of("en")));
    }

    @Test
    void pastTheFirstPageSaysHowManyOfHowMany() {
        assertEquals("50 trong số 1.234 văn bản", IndexPage.resultCount(1234, SiteText.vietnamese()));
        assertEquals("50 of 1,234 documents", IndexPage.resultCount(1234, SiteText.of("en")));
    }
}

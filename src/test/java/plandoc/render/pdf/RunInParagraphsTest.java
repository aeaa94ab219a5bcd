package plandoc.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which paragraphs take their label in and which are only renamed (the tags are read back from real PDFs in
 * render.RunInTaggingTest; here the cases the bundled plans do not have).
 */
class RunInParagraphsTest {

    private static String printed(String body) {
        Document dom = new W3CDom().fromJsoup(Jsoup.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + body + "</body></html>"));
        RunInParagraphs.labelsInside(dom);
        return W3CDom.asString(dom, java.util.Map.of("indent", "no", "omit-xml-declaration", "yes"))
                .replaceAll("(?s).*<body>|</body>.*", "").replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "")
                .replace(" xmlns:runin=\"http://www.w3.org/1999/xhtml\"", "");
    }

    @Test
    void anArticleLabelGoesInsideItsParagraphWhoseTextIsASpan() {
        assertEquals("<main class=\"document\"><div class=\"article-body\"><p><strong class=\"article-label\">Điều 1.</strong>"
                        + " <span>Phê duyệt <a href=\"#x\">Phụ lục</a>.</span></p><p>Khoản sau.</p></div></main>",
                printed("<main class=\"document\"><div class=\"article-body\"><strong class=\"article-label\">Điều 1.</strong>"
                        + " <p>Phê duyệt <a href=\"#x\">Phụ lục</a>.</p><p>Khoản sau.</p></div></main>"));
    }

    @Test
    void aPointNumberGoesInsideItsParagraph() {
        assertEquals("<main class=\"document\"><div class=\"lead-in\"><p><span class=\"section-number\">2.1.</span>"
                        + " <span>Thường xuyên.</span></p><ul><li>a</li></ul></div></main>",
                printed("<main class=\"document\"><div class=\"lead-in\"><span class=\"section-number\">2.1.</span>"
                        + " <p>Thường xuyên.</p><ul><li>a</li></ul></div></main>"));
    }

    @Test
    void aListItemsParagraphIsRenamedAndKeepsItsAttributes() {
        assertEquals("<main class=\"document\"><ol><li><runin:p class=\"lead-line\">Một.</runin:p></li></ol></main>",
                printed("<main class=\"document\"><ol><li><p class=\"lead-line\">Một.</p></li></ol></main>"));
    }

    /**
     * Where moving the label would change the page, the paragraph stays inline, renamed: text before the label (it
     * would lose its line), a paragraph with a class (its style would reach the label), inline text after the
     * paragraph (it would start a line).
     */
    @Test
    void aLabelThatCannotMoveLeavesItsParagraphRenamed() {
        assertEquals("<main class=\"document\"><div class=\"article-body\">Trước <strong class=\"article-label\">Điều 1.</strong>"
                        + " <runin:p>Văn bản.</runin:p></div></main>",
                printed("<main class=\"document\"><div class=\"article-body\">Trước <strong class=\"article-label\">Điều 1.</strong>"
                        + " <p>Văn bản.</p></div></main>"));
        assertEquals("<main class=\"document\"><div class=\"article-body\"><strong class=\"article-label\">Điều 1.</strong>"
                        + " <runin:p class=\"md-heading\">Tiêu đề</runin:p></div></main>",
                printed("<main class=\"document\"><div class=\"article-body\"><strong class=\"article-label\">Điều 1.</strong>"
                        + " <p class=\"md-heading\">Tiêu đề</p></div></main>"));
        assertEquals("<main class=\"document\"><div class=\"lead-in\"><span class=\"section-number\">a)</span>"
                        + " <runin:p>Văn bản</runin:p> <em>tiếp</em></div></main>",
                printed("<main class=\"document\"><div class=\"lead-in\"><span class=\"section-number\">a)</span>"
                        + " <p>Văn bản</p> <em>tiếp</em></div></main>"));
    }

    @Test
    void outsideTheDocumentNothingChanges() {
        String nav = "<nav><ul><li><p>Mục lục</p></li></ul></nav>";
        assertEquals(nav, printed(nav));
    }
}

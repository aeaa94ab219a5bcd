package plandoc.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the printed page changes in the published one: year and figure ranges kept whole on a line. */
class PrintDocumentTest {

    @Test
    void everyRangeIsWrappedOnceWhereverItsTextIs() {
        Document page = Jsoup.parse("<html><head><style>p { x: 1-2 }</style></head><body>"
                + "giai đoạn 2011-2015, tầm nhìn"
                + "<p>Từ 2011- 2015 và (2016–2020), rồi 2021 -2025.</p>"
                + "<p>Không có khoảng: 2011 và 2015, số-hiệu, 590/QĐ-UBND</p>"
                + "<ul><li><a href=\"#x\"><strong>2006-2010”</strong></a> xong</li></ul>"
                + "<p><span class=\"nowrap\">2011-2015</span> <span class=\"nowrap\"><em>2016-2020</em></span></p>"
                + "<script>var a = 1-2;</script>"
                + "</body></html>");
        PrintDocument.keepRangesWhole(page);
        assertEquals("giai đoạn <span class=\"nowrap\">2011-2015,</span> tầm nhìn"
                + "<p>Từ <span class=\"nowrap\">2011- 2015</span> và <span class=\"nowrap\">(2016–2020),</span> rồi "
                + "<span class=\"nowrap\">2021 -2025.</span></p>"
                + "<p>Không có khoảng: 2011 và 2015, số-hiệu, 590/QĐ-UBND</p>"
                + "<ul><li><a href=\"#x\"><strong><span class=\"nowrap\">2006-2010”</span></strong></a> xong</li></ul>"
                // a text node right inside a nowrap span is left as it is; one in an element inside it is not
                + "<p><span class=\"nowrap\">2011-2015</span> <span class=\"nowrap\"><em><span class=\"nowrap\">2016-2020</span></em></span></p>"
                + "<script>var a = 1-2;</script>",
                body(page));
        assertEquals("p { x: 1-2 }", page.head().selectFirst("style").data(), "the head is not the printed text");
    }

    /** The body's markup as parsed and changed, without jsoup's pretty printing (which moves whitespace). */
    private static String body(Document page) {
        page.outputSettings().prettyPrint(false);
        return page.body().html();
    }
}

package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.html.IndexPage;

/**
 * The index's first page as printed (rows, the {@code <noscript>} line) and the search data the script pages by
 * take their page size from one constant, {@link IndexPage#PAGE_ROWS}, not from a number in the template.
 */
class FirstPageTest {
    @Test
    void printedPageNoscriptLineAndSearchDataPageByTheSameRows(@TempDir Path site) throws Exception {
        new PortalSite().withSyntheticPlans(IndexPage.PAGE_ROWS + 7).write(site);
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);

        Matcher body = Pattern.compile("<tbody id=\"index-rows\">(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertTrue(body.find(), "the index prints its first page");
        assertEquals(IndexPage.PAGE_ROWS, body.group(1).split("<tr>", -1).length - 1, "rows printed");

        Matcher noscript = Pattern.compile("<noscript><p>[^<]*?(\\d+)[^<]*</p></noscript>").matcher(html);
        assertTrue(noscript.find(), "a list longer than a page says how many rows it shows without JavaScript");
        assertEquals(String.valueOf(IndexPage.PAGE_ROWS), noscript.group(1));

        String firstPage = Files.readString(site.resolve("search/first-page.js"), StandardCharsets.UTF_8);
        String json = firstPage.substring(firstPage.indexOf('{'), firstPage.lastIndexOf('}') + 1);
        assertEquals(IndexPage.PAGE_ROWS, new ObjectMapper().readTree(json).get("pageSize").asInt());
    }
}

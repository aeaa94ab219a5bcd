package plandoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * s19 tryout finding 2: "…/van-ban/index.html" and "…/van-ban?x=1#top" passed and built every sitemap address
 * wrong ("…/index.html/index.html", the folder lost). A site's address is a folder; the error suggests it.
 */
class ProvinceSiteAddressTest {
    @Test
    void aFolderAddressIsTakenWithItsSlash() {
        assertEquals("https://stttt.hatinh.gov.vn/van-ban/",
                Province.siteAddress("https://stttt.hatinh.gov.vn/van-ban").orElseThrow().toString());
        assertEquals("http://localhost:8080/", Province.siteAddress("http://localhost:8080/").orElseThrow().toString());
    }

    @Test
    void aPageQueryOrFragmentIsRefusedAndItsFolderSuggested() {
        for (String typed : new String[] {"https://stttt.hatinh.gov.vn/van-ban/index.html",
                "https://stttt.hatinh.gov.vn/van-ban/?x=1", "https://stttt.hatinh.gov.vn/van-ban/#top",
                "stttt.hatinh.gov.vn/van-ban/index.htm"}) {
            assertEquals(Optional.empty(), Province.siteAddress(typed), typed);
            assertEquals("https://stttt.hatinh.gov.vn/van-ban/", Province.meantAddress(typed).orElseThrow().toString(), typed);
        }
        assertEquals(Optional.empty(), Province.siteAddress("ftp://stttt.hatinh.gov.vn/"));
    }
}

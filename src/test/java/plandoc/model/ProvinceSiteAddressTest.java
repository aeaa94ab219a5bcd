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

    /** s20: another scheme, or "https://" mistyped, was told the fixed example address; now the one typed, on the web. */
    @Test
    void anotherOrMistypedSchemeIsToldTheSameAddressOnTheWeb() {
        assertEquals("https://cong.tinh.gov.vn/ke-hoach/", Province.addressToWrite("ftp://cong.tinh.gov.vn/ke-hoach"));
        assertEquals("https://cong.tinh.gov.vn/ke-hoach/", Province.addressToWrite("FTP://cong.tinh.gov.vn/ke-hoach?x=1"));
        assertEquals("https://cong.tinh.gov.vn/", Province.addressToWrite("https//cong.tinh.gov.vn"));
        assertEquals("http://cong.tinh.gov.vn/van-ban/", Province.addressToWrite("http:/cong.tinh.gov.vn/van-ban"));
        assertEquals("https://localhost:8080/", Province.addressToWrite("localhost:8080/?x=1"));
        assertEquals("https://stttt.hatinh.gov.vn/van-ban/", Province.addressToWrite("https://"), "nothing to build from");
        assertEquals(Province.EXAMPLE_ADDRESS, Province.addressToWrite("/van-ban/"), "no host: the example");
    }

    /** s20 tryout 11: schemes are case-insensitive; the address is written in lower case, as it is the same one. */
    @Test
    void anUpperCaseSchemeOrHostIsTheSameAddress() {
        assertEquals("https://cong.tinh.gov.vn/Ke-Hoach/",
                Province.siteAddress("HTTPS://Cong.Tinh.gov.vn/Ke-Hoach").orElseThrow().toString());
    }

    /** s20 tryout 10: the letters of a folder named in Vietnamese are percent-encoded (NFC), as sitemaps want. */
    @Test
    void vietnameseLettersArePercentEncoded() {
        String encoded = "https://cong.tinh.gov.vn/k%E1%BA%BF-ho%E1%BA%A1ch/";
        assertEquals(encoded, Province.siteAddress("https://cong.tinh.gov.vn/kế-hoạch/").orElseThrow().toString());
        assertEquals(encoded, Province.siteAddress(java.text.Normalizer.normalize("https://cong.tinh.gov.vn/kế-hoạch",
                java.text.Normalizer.Form.NFD)).orElseThrow().toString(), "typed decomposed");
        assertEquals(encoded, Province.siteAddress(encoded).orElseThrow().toString(), "read back from a sitemap");
        assertEquals("https://cong.tinh.gov.vn/kế-hoạch/", Province.addressToWrite("ftp://cong.tinh.gov.vn/kế-hoạch"),
                "an error shows it as typed");
    }

    /** s20 tryout 5: a space pasted into the address: none around "/" and ":", "-" between words. */
    @Test
    void aSpaceIsFoundAndTheAddressWithoutItToldToWrite() {
        assertEquals(Optional.empty(), Province.siteAddress("https://cong.tinh.gov.vn/ke hoach/"));
        assertEquals(Optional.of("https://cong.tinh.gov.vn/ke"), Province.beforeSpace("https://cong.tinh.gov.vn/ke hoach/"));
        assertEquals(Optional.of("https://"), Province.beforeSpace(" https:// cong.tinh.gov.vn/ke-hoach/ "));
        assertEquals(Optional.empty(), Province.beforeSpace(" https://cong.tinh.gov.vn/ "));
        assertEquals("https://cong.tinh.gov.vn/ke-hoach/", Province.addressToWrite("https://cong.tinh.gov.vn/ke hoach/"));
        assertEquals("https://cong.tinh.gov.vn/ke-hoach/", Province.addressToWrite("https:// cong.tinh.gov.vn/ke-hoach/"));
        assertEquals("https://cong.tinh.gov.vn/ke-hoach/", Province.addressToWrite("https://cong.tinh.gov.vn /ke-hoach\u00a0/"));
        // Inside the host a space leaves the host meant unknown: no made-up "cong-tinh.gov.vn" (s21 re-read 7).
        assertEquals(Province.EXAMPLE_ADDRESS, Province.addressToWrite("https://cong tinh.gov.vn/kế hoạch/"));
        assertEquals(Province.EXAMPLE_ADDRESS, Province.addressToWrite("cong tinh.gov.vn"));
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/** Issue 16: a PLANDOC_SITE_URL that is not an absolute http(s) address stops the build with a usage error. */
class SiteUrlTest {
    @TempDir
    Path temp;

    @Test
    void onlyAbsoluteWebAddressesAreAccepted() {
        for (String bad : new String[] {"stttt.hatinh.gov.vn/van-ban", "/van-ban/", "ftp://stttt.hatinh.gov.vn/",
                "https://", "https//stttt.hatinh.gov.vn", "http://a b.vn/"}) {
            assertEquals(Optional.of(bad), RenderSettings.invalidSiteUrl(Map.of("PLANDOC_SITE_URL", bad)), bad);
        }
        for (String good : new String[] {"https://stttt.hatinh.gov.vn/van-ban/", "http://localhost:8080", " ", ""}) {
            assertEquals(Optional.empty(), RenderSettings.invalidSiteUrl(Map.of("PLANDOC_SITE_URL", good)), good);
        }
        assertEquals(Optional.empty(), RenderSettings.invalidSiteUrl(Map.of()));
    }

    @Test
    void buildRefusesAnInvalidAddressInVietnameseAndEnglish() {
        Path out = temp.resolve("site");
        Cli.Result vi = Cli.runWith(siteUrl("stttt.hatinh.gov.vn/van-ban"), "build", "--content", "content",
                "--out", out.toString());
        assertEquals(ExitCode.USAGE, vi.exit(), vi.errText());
        assertTrue(vi.errText().contains("PLANDOC_SITE_URL=\"stttt.hatinh.gov.vn/van-ban\" không phải địa chỉ http(s)"),
                vi.errText());
        assertTrue(vi.errText().contains("https://stttt.hatinh.gov.vn/van-ban/"), "says how to fix it: " + vi.errText());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is built");

        Cli.Result en = Cli.runWith(siteUrl("stttt.hatinh.gov.vn/van-ban"), "build", "--lang", "en", "--content", "content",
                "--out", out.toString());
        assertEquals(ExitCode.USAGE, en.exit(), en.errText());
        assertTrue(en.errText().contains("is not the absolute http(s) address of the folder"), en.errText());
    }

    /**
     * s20: another scheme, or a query, was told the fixed example address (stttt.hatinh.gov.vn) whatever was typed;
     * the address to set is now the one typed, made a folder of the web, in both languages.
     */
    @Test
    void theAddressToSetIsMadeFromTheOneTyped() {
        Path out = temp.resolve("site");
        for (String[] typed : new String[][] {{"ftp://cong.tinh.gov.vn/ke-hoach", "https://cong.tinh.gov.vn/ke-hoach/"},
                {"https://cong.tinh.gov.vn/ke-hoach/?trang=2", "https://cong.tinh.gov.vn/ke-hoach/"},
                {"http://localhost:8080/van-ban/index.html#dau", "http://localhost:8080/van-ban/"}}) {
            Cli.Result vi = Cli.runWith(siteUrl(typed[0]), "build", "--content", "content", "--out", out.toString());
            assertEquals(ExitCode.USAGE, vi.exit(), vi.errText());
            assertTrue(vi.errText().contains("PLANDOC_SITE_URL=\"" + typed[0] + "\" không phải địa chỉ http(s) đầy đủ")
                    && vi.errText().contains("ví dụ PLANDOC_SITE_URL=" + typed[1] + ", hoặc bỏ biến này"), vi.errText());
            Cli.Result en = Cli.runWith(siteUrl(typed[0]), "build", "--lang", "en", "--content", "content",
                    "--out", out.toString());
            assertEquals(ExitCode.USAGE, en.exit(), en.errText());
            assertTrue(en.errText().contains("e.g. PLANDOC_SITE_URL=" + typed[1] + ", or unset it"), en.errText());
        }
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is built");
    }

    /** s20 tryout 5: a space pasted into the variable is said as such, the address to set made of what was typed. */
    @Test
    void aSpaceIsSaidAndTheAddressToSetIsWhatWasTypedWithoutIt() {
        Path out = temp.resolve("site");
        for (String typed : new String[] {"https://cong.tinh.gov.vn/ke hoach", "https:// cong.tinh.gov.vn/ke-hoach/"}) {
            Cli.Result vi = Cli.runWith(siteUrl(typed), "build", "--content", "content", "--out", out.toString());
            assertEquals(ExitCode.USAGE, vi.exit(), vi.errText());
            assertTrue(vi.errText().startsWith("lỗi: PLANDOC_SITE_URL=\"" + typed + "\" có dấu cách (sau \"https://")
                    && vi.errText().contains("hãy đặt PLANDOC_SITE_URL=https://cong.tinh.gov.vn/ke-hoach/, hoặc bỏ biến này"),
                    vi.errText());
            Cli.Result en = Cli.runWith(siteUrl(typed), "build", "--lang", "en", "--content", "content",
                    "--out", out.toString());
            assertTrue(en.errText().contains("has a space in it") && en.errText().contains(
                    "set PLANDOC_SITE_URL=https://cong.tinh.gov.vn/ke-hoach/, or unset it"), en.errText());
        }
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is built");
    }

    /**
     * s20 tryout 12: serve refused to start on a bad address, which a preview does not use. It warns and goes on:
     * here as far as the port, taken by another program, so that no preview is left running.
     */
    @Test
    void serveWarnsAboutABadAddressAndGoesOn() throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Result vi = Cli.runWith(siteUrl("cong.tinh.gov.vn/ke-hoach"), "serve", "--content", "content",
                    "--out", temp.resolve("site").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertTrue(vi.errText().startsWith("cảnh báo: PLANDOC_SITE_URL=\"cong.tinh.gov.vn/ke-hoach\" không phải địa chỉ")
                    && vi.errText().contains("ví dụ PLANDOC_SITE_URL=https://cong.tinh.gov.vn/ke-hoach/, hoặc bỏ biến này"
                    + " (khi đó dùng url: trong content/province.yaml nếu có, không thì không có sitemap.xml); bản xem trước không cần địa chỉ này nên vẫn chạy"), vi.errText());
            assertTrue(vi.errText().contains("lỗi: ") && vi.errText().contains(Integer.toString(taken.getLocalPort())),
                    "it went on to the port: " + vi.errText());
            Cli.Result en = Cli.runWith(siteUrl("cong.tinh.gov.vn/ke-hoach"), "serve", "--lang", "en", "--content", "content",
                    "--out",
                    temp.resolve("site").toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertTrue(en.errText().startsWith("warning: PLANDOC_SITE_URL=") && en.errText().contains(
                    "; the preview needs no address and runs all the same, but build stops at this"), en.errText());
        }
    }

    /** A process environment whose PLANDOC_SITE_URL is {@code typed}. */
    private static Map<String, String> siteUrl(String typed) {
        return Map.of("PLANDOC_SITE_URL", typed);
    }
}

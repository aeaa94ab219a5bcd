package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/** Issue 16: a PLANDOC_SITE_URL that is not an absolute http(s) address stops the build with a usage error. */
class SiteUrlTest {
    @TempDir
    Path temp;

    @AfterEach
    void restore() {
        BuildCommand.environment = System::getenv;
    }

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
        BuildCommand.environment = () -> Map.of("PLANDOC_SITE_URL", "stttt.hatinh.gov.vn/van-ban");
        Path out = temp.resolve("site");
        Cli.Result vi = Cli.run("build", "--content", "content", "--out", out.toString());
        assertEquals(ExitCode.USAGE, vi.exit(), vi.errText());
        assertTrue(vi.errText().contains("PLANDOC_SITE_URL=\"stttt.hatinh.gov.vn/van-ban\" không phải địa chỉ http(s)"),
                vi.errText());
        assertTrue(vi.errText().contains("https://stttt.hatinh.gov.vn/van-ban/"), "says how to fix it: " + vi.errText());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is built");

        Cli.Result en = Cli.run("build", "--lang", "en", "--content", "content", "--out", out.toString());
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
            BuildCommand.environment = () -> Map.of("PLANDOC_SITE_URL", typed[0]);
            Cli.Result vi = Cli.run("build", "--content", "content", "--out", out.toString());
            assertEquals(ExitCode.USAGE, vi.exit(), vi.errText());
            assertTrue(vi.errText().contains("PLANDOC_SITE_URL=\"" + typed[0] + "\" không phải địa chỉ http(s) đầy đủ")
                    && vi.errText().contains("ví dụ PLANDOC_SITE_URL=" + typed[1] + ", hoặc bỏ biến này"), vi.errText());
            Cli.Result en = Cli.run("build", "--lang", "en", "--content", "content", "--out", out.toString());
            assertEquals(ExitCode.USAGE, en.exit(), en.errText());
            assertTrue(en.errText().contains("e.g. PLANDOC_SITE_URL=" + typed[1] + ", or unset it"), en.errText());
        }
        assertFalse(Files.exists(out.resolve("index.html")), "nothing is built");
    }
}

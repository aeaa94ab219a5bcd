package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s32 tryout M5, M6, L2: a second province's content kept beside the first, in folders of its own ({@code --content
 * content-quang-tri --out site-quang-tri}). Messages and the starter name the folders in use; a drafts folder built
 * from another content folder is not replaced silently; a site's address stays with the content it was built from; a
 * drafts site has neither a sitemap nor a feed based at the portal.
 */
class SecondProvinceFoldersTest {
    private static final String QUANG_TRI_URL = "https://skhdt.quangtri.gov.vn/van-ban/";

    @TempDir
    Path dir;

    @Test
    void theStartersSchemaLineReachesTheSiteItIsBuiltInto() throws IOException {
        Path content = dir.resolve("content-quang-tri");
        Cli.Result created = Cli.runNew("new", "kh-cds-2027", "--province", "Quảng Trị", "--content", content.toString(),
                "--out", dir.resolve("site-quang-tri").toString());
        assertEquals(0, created.exit(), created.errText());
        String plan = Files.readString(content.resolve("kh-cds-2027/plan.yaml"));
        assertTrue(plan.startsWith("# yaml-language-server: $schema=../../site-quang-tri/schema/plan.schema.json\n"),
                plan.lines().findFirst().orElse(""));
        // Built there, the schema is where the line says.
        assertEquals(0, Cli.run("build", "--draft", "--content", content.toString(), "--out",
                dir.resolve("site-quang-tri").toString()).exit());
        assertTrue(Files.isRegularFile(content.resolve("kh-cds-2027").resolve("../../site-quang-tri/schema/plan.schema.json")
                .normalize()));
    }

    @Test
    void aDraftsFolderBuiltFromAnotherContentFolderIsNotReplacedSilently() throws IOException {
        Path quangTri = dir.resolve("content-quang-tri");
        assertEquals(0, Cli.runNew("new", "kh-cds-skhdt-2027", "--province", "Quảng Trị", "--content",
                quangTri.toString()).exit());
        Files.writeString(quangTri.resolve("province.yaml"), Files.readString(quangTri.resolve("province.yaml"))
                + "\nurl: " + QUANG_TRI_URL + "\n");
        Path haTinh = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "kh-cds-2027", "--province", "Hà Tĩnh", "--content", haTinh.toString()).exit());
        Path drafts = dir.resolve("site-draft");

        Cli.Result first = Cli.run("build", "--draft", "--content", quangTri.toString(), "--out", drafts.toString());
        assertEquals(0, first.exit(), first.errText());
        // L2: the drafts are not on the portal, so no sitemap and no feed based at its address.
        assertFalse(Files.exists(drafts.resolve("sitemap.xml")), "no sitemap in a drafts site");
        assertFalse(Files.readString(drafts.resolve("feed.xml")).contains("quangtri.gov.vn"),
                Files.readString(drafts.resolve("feed.xml")));

        Cli.Result other = Cli.run("build", "--draft", "--content", haTinh.toString(), "--out", drafts.toString());
        assertEquals(1, other.exit(), other.errText());
        assertTrue(other.errText().contains("thư mục nội dung đã đọc (" + haTinh + ") không phải thư mục mà trang "
                + drafts + " được build lần trước") && other.errText().contains("kh-cds-skhdt-2027"), other.errText());
        assertFalse(other.errText().contains("url: " + QUANG_TRI_URL), "no advice to adopt the other content's url:");
        assertTrue(Files.isDirectory(drafts.resolve("kh-cds-skhdt-2027")), "the other province's draft stays");
        assertFalse(Files.exists(drafts.resolve("kh-cds-2027")), "nothing of this build written");
    }

    @Test
    void aSitesAddressStaysWithTheContentItWasBuiltFrom() throws IOException {
        Path quangNam = ProvincePortalTest.copyFixture(dir.resolve("content-quang-nam"));
        Files.writeString(quangNam.resolve("province.yaml"), "province: Quảng Nam\nurl: " + QUANG_TRI_URL + "\n");
        Path site = dir.resolve("site");
        assertEquals(0, Cli.run("build", "--content", quangNam.toString(), "--out", site.toString()).exit());
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains(QUANG_TRI_URL));

        // Another content folder, given no address, published over it on purpose: the old address is not its own.
        Path other = ProvincePortalTest.copyFixture(dir.resolve("content"));
        Cli.Result build = Cli.run("build", "--unpublish", "--content", other.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.errText().contains("lưu ý: trang " + site + " được build lần trước từ thư mục nội dung khác ("
                + quangNam + ") nên không giữ địa chỉ " + QUANG_TRI_URL), build.errText());
        assertFalse(build.errText().contains("dòng: url: "), build.errText());
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "the other content's address is not kept");
    }

    @Test
    void aDraftBuildNamesTheContentFolderInItsAdvice() throws IOException {
        Path content = ProvincePortalTest.copyFixture(dir.resolve("content-quang-nam"));
        Cli.Result drafts = Cli.run("build", "--draft", "--content", content.toString(), "--out",
                dir.resolve("site-draft").toString());
        assertTrue(drafts.outText().contains(" build --content " + content + " đăng văn bản đã ban hành lên cổng.")
                && !drafts.outText().contains("(site/)"), drafts.outText());
    }
}

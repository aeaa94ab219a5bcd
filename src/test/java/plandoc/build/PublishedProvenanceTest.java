package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.TestRepository;
import plandoc.render.RenderSettings;

/**
 * The index's footer describes what is published, not the working tree: a plan whose sources now have
 * errors keeps its last good version, so its uncommitted edits are not published and do not mark the site
 * "+ thay đổi chưa commit"; its committed errors leave it at an older commit than the site's, which the
 * footer names.
 */
class PublishedProvenanceTest {
    @TempDir
    Path temp;

    @Test
    void aBrokenPlanKeptAtItsLastGoodVersionDoesNotMarkTheSiteDirty() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("kho")).plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        Path out = temp.resolve("site");
        try (TestRepository repo = TestRepository.init(site.root)) {
            String first = repo.commit("Nguyễn Văn An", "Hai văn bản");
            assertEquals(List.of(), build(site, out).kept());
            assertEquals("Tạo từ phiên bản " + first.substring(0, 7), footer(out, "index.html"));

            // An edit with an error, not committed: nothing of it is published.
            site.edit("quyet-dinh-b", "number: 1 ", "number: 1a ");
            BuildReport broken = build(site, out);
            assertEquals(List.of("quyet-dinh-b"), broken.kept());
            assertEquals("Tạo từ phiên bản " + first.substring(0, 7), footer(out, "index.html"));
            assertNull(page(out, "index.html").selectFirst("footer p.source-older"));
            assertEquals("Nội dung văn bản theo phiên bản " + first.substring(0, 7), footer(out, "quyet-dinh-b/index.html"));

            // A good plan's uncommitted edit is published: then the published index names no version (s32 tryout L1).
            site.edit("ke-hoach-a", "chữ ký số trong cơ quan", "chữ ký số trong mọi cơ quan");
            build(site, out);
            assertNull(page(out, "index.html").selectFirst("footer p.source-commit"));
            // The same in an English chrome.
            Path english = temp.resolve("site-en");
            build(site, english, RenderSettings.defaults().withLanguage("en"));
            assertNull(page(english, "index.html").selectFirst("footer p.source-commit"));
            site.edit("ke-hoach-a", "chữ ký số trong mọi cơ quan", "chữ ký số trong cơ quan");

            // The error committed: the site is the new commit, but that plan is still shown as it was.
            String second = repo.commit("Trần Thị Bình", "Sửa số (sai)");
            assertEquals(List.of("quyet-dinh-b"), build(site, out).kept());
            assertEquals("Tạo từ phiên bản " + second.substring(0, 7), footer(out, "index.html"));
            Element older = page(out, "index.html").selectFirst("footer p.source-older");
            assertEquals("Riêng 01/QĐ-UBND theo phiên bản " + first.substring(0, 7) + ".", older.text());
            assertEquals(first, older.selectFirst("code").attr("title"));

            // Fixed and committed: one commit again.
            site.edit("quyet-dinh-b", "number: 1a ", "number: 1 ");
            String third = repo.commit("Trần Thị Bình", "Sửa lại số");
            assertEquals(List.of(), build(site, out).kept());
            assertEquals("Tạo từ phiên bản " + third.substring(0, 7), footer(out, "index.html"));
            assertNull(page(out, "index.html").selectFirst("footer p.source-older"));
        }
    }

    private static BuildReport build(SampleSite site, Path out) throws IOException {
        return build(site, out, RenderSettings.defaults());
    }

    private static BuildReport build(SampleSite site, Path out, RenderSettings settings) throws IOException {
        // Its plans are issued and edited in place: re-issued (an issued document is frozen otherwise, s31).
        SiteBuild build = new SiteBuild(site.content, site.templates, out, settings, ToolVersion.of("test"), 1)
                .reissue(true);
        return build.render(build.check(true), false, BuildProgress.SILENT);
    }

    private static String footer(Path out, String page) throws IOException {
        return page(out, page).selectFirst("footer p.source-commit").text();
    }

    private static Document page(Path out, String page) throws IOException {
        return Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
    }
}

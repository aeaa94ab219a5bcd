package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review s19, finding 5: the officers' guide (installing Java, YAML keys, the build's bookkeeping) is a manual for
 * drafters, not a page for the citizens who read the portal. {@code guide:} in {@code content/province.yaml} says
 * where it is published and linked from the index: by default in the drafts' site only ({@code build --draft}),
 * {@code public} on the portal too, {@code none} nowhere; where it is linked, the link says whom it is for.
 */
class GuideSettingTest {
    private static final String GUIDE = "huong-dan/index.html";

    @TempDir
    Path dir;
    private Path content;

    @BeforeEach
    void content() throws IOException {
        content = ProvincePortalTest.copyFixture(dir.resolve("content"));
    }

    private Path build(String out, String... options) {
        Path site = dir.resolve(out);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--content",
                content.toString(), "--out", site.toString()));
        args.addAll(java.util.List.of(options));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.errText());
        return site;
    }

    private static Element guideLink(Path site) throws IOException {
        Document index = Jsoup.parse(Files.readString(site.resolve("index.html")));
        return index.selectFirst(".site-links a[href=" + GUIDE + "]");
    }

    @Test
    void byDefaultThePortalHasNoGuideAndTheDraftsSiteLinksIt() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "portal: Cổng thông tin điện tử tỉnh Quảng Nam\n");
        Path site = build("site");
        assertFalse(Files.exists(site.resolve("huong-dan")), "the portal publishes no officers' guide");
        assertEquals(null, guideLink(site));
        assertFalse(Files.readString(site.resolve("index.html")).contains("huong-dan"));

        Path drafts = build("site-draft", "--draft");
        assertTrue(Files.readString(drafts.resolve(GUIDE)).contains("Hướng dẫn soạn kế hoạch bằng plandoc"));
        assertEquals("Hướng dẫn cho cán bộ soạn thảo", guideLink(drafts).text());
    }

    @Test
    void publicPutsItOnThePortalLabelledForOfficersAndTakingItBackRemovesIt() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "guide: public\n");
        Path site = build("site");
        String guide = Files.readString(site.resolve(GUIDE));
        assertEquals("Hướng dẫn cho cán bộ soạn thảo", guideLink(site).text());

        build("site", "--lang", "en");
        assertEquals("Guide for drafting officers (in Vietnamese)", guideLink(site).text());
        assertEquals(guide, Files.readString(site.resolve(GUIDE)), "the guide itself stays Vietnamese");

        Files.writeString(content.resolve("province.yaml"), "guide: draft\n");
        Cli.Result removed = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-q");
        assertEquals(0, removed.exit(), removed.errText());
        // Said even with -q, as removed separate appendices are (s19 tryout 6).
        assertEquals(java.util.List.of("Đã bỏ trang hướng dẫn cho cán bộ soạn thảo " + site.resolve(GUIDE) + " khỏi site "
                + "(guide: trong " + content.resolve("province.yaml") + " không phải public; liên kết tới trang này không mở "
                + "được nữa); muốn đăng lại, ghi vào " + content.resolve("province.yaml") + " dòng: guide: public"),
                removed.out());
        assertFalse(Files.exists(site.resolve("huong-dan")), "the page and its folder leave the portal");
        assertEquals(null, guideLink(site));
    }

    @Test
    void noneLeavesItOutOfTheDraftsSiteToo() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "guide: none\n");
        Path drafts = build("site-draft", "--draft");
        assertFalse(Files.exists(drafts.resolve("huong-dan")));
        assertEquals(null, guideLink(drafts));
    }
}

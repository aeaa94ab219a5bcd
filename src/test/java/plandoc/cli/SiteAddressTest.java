package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review s19, finding 2: the site's public address is written once in {@code content/province.yaml} ({@code url:}),
 * {@code PLANDOC_SITE_URL} taking precedence; a build given neither, for a site that has a sitemap, keeps the
 * address that sitemap has and says so in one line, rather than silently taking the sitemap off the portal.
 */
class SiteAddressTest {
    private static final String FROM_FILE = "https://stttt.quangnam.example/van-ban/";
    private static final String FROM_VARIABLE = "https://cong.quangnam.example/";

    @TempDir
    Path dir;
    private Path content;
    private Path site;

    @BeforeEach
    void content() throws IOException {
        content = ProvincePortalTest.copyFixture(dir.resolve("content"));
        site = dir.resolve("site");
    }

    private Cli.Result build(Map<String, String> environment, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString()));
        args.addAll(List.of(options));
        Cli.Result result = Cli.runWith(environment, args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.errText());
        return result;
    }

    private String sitemap() throws IOException {
        return Files.readString(site.resolve("sitemap.xml"));
    }

    @Test
    void theAddressInProvinceYamlMakesTheSitemapAndTheVariableWins() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: " + FROM_FILE.replaceAll("/$", "")
                + "\n");
        build(Map.of());
        assertTrue(sitemap().contains("<loc>" + FROM_FILE + "index.html</loc>")
                && sitemap().contains("<loc>" + FROM_FILE + "qn-stttt-2026/index.html</loc>"), sitemap());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("xml:base=\"" + FROM_FILE + "\""));

        build(Map.of("PLANDOC_SITE_URL", FROM_VARIABLE));
        assertTrue(sitemap().contains("<loc>" + FROM_VARIABLE + "index.html</loc>") && !sitemap().contains(FROM_FILE),
                sitemap());
    }

    /**
     * s20 tryout 10 and 11: a folder named with Vietnamese letters went raw into sitemap.xml (sitemaps.org wants
     * addresses escaped), and "HTTPS://" was refused. The letters are percent-encoded in the sitemap and the feed
     * alike (a browser shows them as typed); the scheme and host are written in lower case.
     */
    @Test
    void vietnameseLettersArePercentEncodedAndAnUpperCaseSchemeIsTaken() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: HTTPS://Cong.QuangNam.example/kế-hoạch\n");
        build(Map.of());
        String folder = "https://cong.quangnam.example/k%E1%BA%BF-ho%E1%BA%A1ch/";
        assertTrue(sitemap().contains("<loc>" + folder + "index.html</loc>")
                && sitemap().contains("<loc>" + folder + "qn-stttt-2026/index.html</loc>") && !sitemap().contains("kế"),
                sitemap());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("xml:base=\"" + folder + "\""));
    }

    /** s20 tryout 5: a space pasted into the address was told it is not an http(s) address, with the example. */
    @Test
    void aSpaceInTheAddressIsSaidWithTheAddressTyped() throws IOException {
        for (String[] typed : new String[][] {{"https://cong.tinh.gov.vn/ke hoach/", "https://cong.tinh.gov.vn/ke"},
                {"https:// cong.tinh.gov.vn/ke-hoach/", "https://"}}) {
            Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: " + typed[0] + "\n");
            Cli.Result vi = Cli.runWith(Map.of(), "check", content.toString());
            assertEquals(1, vi.exit(), vi.errText());
            assertTrue(vi.errText().contains(content.resolve("province.yaml") + ":2:6: lỗi: url: \"" + typed[0]
                    + "\" có dấu cách (sau \"" + typed[1] + "\"): địa chỉ trang không có dấu cách; hãy viết url: "
                    + "https://cong.tinh.gov.vn/ke-hoach/"), vi.errText());
            Cli.Result en = Cli.runWith(Map.of(), "check", "--lang", "en", content.toString());
            assertTrue(en.errText().contains(":2:6: error: url: \"" + typed[0] + "\" has a space in it (after \""
                    + typed[1] + "\"): a site address has no spaces; write url: https://cong.tinh.gov.vn/ke-hoach/"),
                    en.errText());
        }
    }

    /** s19 tryout finding 3: the scaffold's example address, uncommented as it stands, passed and made a sitemap. */
    @Test
    void theScaffoldsExampleAddressIsAnErrorAtItsLine() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: https://ten-mien-cua-cong/van-ban/\n");
        Cli.Result result = Cli.runWith(Map.of(), "check", content.toString());
        assertEquals(1, result.exit(), result.errText());
        assertTrue(result.errText().contains(content.resolve("province.yaml") + ":2:6: lỗi: url: \"https://ten-mien-cua-cong/van-ban/\""
                + " vẫn là địa chỉ ví dụ do plandoc new ghi sẵn"), result.errText());
    }

    @Test
    void aBuildWithoutAnAddressKeepsTheSitemapTheSiteHasAndSaysSo() throws IOException {
        build(Map.of("PLANDOC_SITE_URL", FROM_VARIABLE));
        byte[] sitemap = Files.readAllBytes(site.resolve("sitemap.xml"));
        byte[] feed = Files.readAllBytes(site.resolve("feed.xml"));

        Cli.Result vi = build(Map.of());
        String province = content.resolve("province.yaml").toString();
        assertEquals(List.of("lưu ý: không có địa chỉ trang (url: trong " + province + ", hay biến PLANDOC_SITE_URL) nên"
                + " sitemap.xml và feed.xml giữ địa chỉ của lần build trước, " + FROM_VARIABLE + ", chứ không bỏ"
                + " sitemap.xml; để ghi hẳn địa chỉ này, thêm vào " + province + " dòng: url: " + FROM_VARIABLE),
                vi.err().stream().filter(l -> l.contains("sitemap")).toList());
        assertArrayEquals(sitemap, Files.readAllBytes(site.resolve("sitemap.xml")));
        assertArrayEquals(feed, Files.readAllBytes(site.resolve("feed.xml")));

        Cli.Result en = build(Map.of(), "--lang", "en");
        assertTrue(en.err().contains("note: no site address (url: in " + province + ", or PLANDOC_SITE_URL), so"
                + " sitemap.xml and feed.xml keep the last build's address, " + FROM_VARIABLE + ", rather than drop"
                + " sitemap.xml; to set it for good, add to " + province + " the line: url: " + FROM_VARIABLE),
                en.errText());
        assertTrue(sitemap().contains("<loc>" + FROM_VARIABLE + "index.html</loc>"), sitemap());

        // The address written as the line says: it is the site's, and nothing more is said.
        Files.writeString(content.resolve("province.yaml"), "url: " + FROM_FILE + "\n");
        Cli.Result written = build(Map.of());
        assertFalse(written.errText().contains("sitemap"), written.errText());
        assertTrue(sitemap().contains("<loc>" + FROM_FILE + "index.html</loc>"), sitemap());
    }

    /**
     * s21 tryout 7: after a change of url: alone the build said "vẽ lại 1" (redrawn 1) although every file of the plan
     * came out byte for byte as published. The plan's files print no address: they are left as they are (not even
     * written again), the build says so, and names the site-wide files that did change.
     */
    @Test
    void aNewAddressRewritesTheSitemapAndTheFeedButNoPlansFiles() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: " + FROM_FILE + "\n");
        build(Map.of());
        Path plan = site.resolve("qn-stttt-2026");
        Map<String, java.nio.file.attribute.FileTime> written = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
                written.put(plan.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: " + FROM_VARIABLE + "\n");
        Cli.Result moved = build(Map.of());
        assertTrue(sitemap().contains("<loc>" + FROM_VARIABLE + "qn-stttt-2026/index.html</loc>"), sitemap());
        assertTrue(moved.outText().contains("(vẽ lại 0, giữ nguyên 1)"), moved.outText());
        assertTrue(moved.out().contains("Không văn bản nào có tệp thay đổi; đã cập nhật tệp chung của trang: feed.xml, "
                + "sitemap.xml."), moved.outText());
        assertTrue(moved.out().stream().anyMatch(l -> l.startsWith("[1/1] qn-stttt-2026: dựng lại, các tệp giống hệt bản đã "
                + "đăng nên giữ nguyên")), moved.outText());
        Map<String, java.nio.file.attribute.FileTime> after = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                after.put(plan.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        assertEquals(written, after, "the plan's files are not written again");

        build(Map.of(), "--lang", "en"); // the site's chrome in English: the plan's page changes
        Cli.Result en = build(Map.of("PLANDOC_SITE_URL", FROM_FILE), "--lang", "en");
        assertTrue(en.outText().contains("(rendered 0, unchanged 1)"), en.outText());
        assertTrue(en.out().contains("No plan's files changed; updated the site-wide files: feed.xml, sitemap.xml."),
                en.outText());
    }

    /**
     * s22 tryout L2: province.yaml edited so that the plan has an error (a plan_register: no plandoc knows), and given a
     * new url: the plan keeps its published version while the sitemap and the feed take the new address. The build
     * said "no plan's files changed" beside "has errors and was not updated (sources edited <plan.yaml's time>)": it
     * now says no plan was updated, only the site-wide files, and names province.yaml as edited since, with its time.
     */
    @Test
    void aPlanKeptForAnEditOfProvinceYamlNamesThatFileAndOnlyTheSiteWideFilesAreSaidUpdated() throws IOException {
        Path province = content.resolve("province.yaml");
        Files.writeString(province, "province: Quảng Nam\nurl: " + FROM_FILE + "\n");
        build(Map.of());
        Files.writeString(province, "province: Quảng Nam\nurl: " + FROM_VARIABLE + "\nplan_register: thay\n");
        Files.setLastModifiedTime(province, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2026-12-06T05:40:00Z"))); // 12:40 in Việt Nam
        String[] args = {"build", "--content", content.toString(), "--out", site.toString()};
        Cli.Result kept = Cli.runWith(Map.of(), args);
        assertEquals(1, kept.exit(), kept.errText());
        assertTrue(sitemap().contains("<loc>" + FROM_VARIABLE + "qn-stttt-2026/index.html</loc>"), sitemap());
        assertTrue(kept.errText().contains("lưu ý: văn bản qn-stttt-2026 có lỗi nên chưa được cập nhật; trang vẫn hiển thị "
                + "bản đã xuất bản (nguồn sửa lúc "), kept.errText());
        assertTrue(kept.errText().contains("; đã sửa từ đó: " + province + " (lúc 06/12/2026 12:40 giờ Việt Nam)"), kept.errText());
        assertTrue(kept.out().contains("Không văn bản nào được cập nhật (văn bản có lỗi giữ bản đã xuất bản); chỉ cập nhật "
                + "tệp chung của trang: feed.xml, sitemap.xml."), kept.outText());
        assertFalse(kept.outText().contains("Không văn bản nào có tệp thay đổi"), kept.outText());

        Cli.Result en = Cli.runWith(Map.of(), java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                "--lang", "en")).toArray(String[]::new));
        assertTrue(en.errText().contains("; edited since: " + province + " (2026-12-06 12:40 Vietnam time)"), en.errText());
        assertTrue(en.out().stream().anyMatch(l -> l.startsWith("No plan was updated (a plan with errors keeps its "
                + "published version); updated only the site-wide files: ")), en.outText());
    }

    /**
     * s25 tryout L5: a plan kept at its published version while province.yaml was deleted listed that file as
     * "province.yaml (lúc đã xóa)" ("at deleted"): it reads "(đã xóa)".
     */
    @Test
    void aDeletedProvinceYamlIsSaidDeletedNotDeletedAtATime() throws IOException {
        Path province = content.resolve("province.yaml");
        Files.writeString(province, "province: Quảng Nam\nurl: " + FROM_FILE + "\n");
        build(Map.of());
        Files.delete(province);
        Path plan = content.resolve("qn-stttt-2026").resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan) + "\nkhoa_khong_co: 1\n");
        String[] args = {"build", "--content", content.toString(), "--out", site.toString()};
        Cli.Result kept = Cli.runWith(Map.of(), args);
        assertEquals(1, kept.exit(), kept.errText());
        assertTrue(kept.errText().contains(province + " (đã xóa)") && !kept.errText().contains("lúc đã xóa"),
                kept.errText());
        Cli.Result en = Cli.runWith(Map.of(), "build", "--content", content.toString(), "--out", site.toString(),
                "--lang", "en");
        assertTrue(en.errText().contains(province + " (removed)"), en.errText());
    }

    /**
     * s22 tryout L3: a url: with an error held the plan back ("giữ bản đã xuất bản trước vì có lỗi"), though no document
     * prints the address. The error is still reported (exit 1), but the plan's edit is published, and the sitemap and
     * the feed keep the address they had, the note saying why.
     */
    @Test
    void aWrongAddressIsAnErrorThatLeavesThePlansBuiltAndTheSitemapAsItWas() throws IOException {
        Path province = content.resolve("province.yaml");
        Files.writeString(province, "province: Quảng Nam\nurl: " + FROM_FILE + "\n");
        build(Map.of());
        Files.writeString(province, "province: Quảng Nam\nurl: stttt.quangnam.example/van-ban\n");
        Path plan = content.resolve("qn-stttt-2026/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("title: Triển khai nền tảng số dùng chung",
                "title: Triển khai nhanh nền tảng số dùng chung"));
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result wrong = Cli.runWith(Map.of(), "build", "--reissue", "--content", content.toString(), "--out",
                site.toString());
        assertEquals(1, wrong.exit(), wrong.errText());
        assertTrue(wrong.errText().contains("province.yaml:2:6: lỗi: url: \"stttt.quangnam.example/van-ban\" không phải "
                + "địa chỉ http(s) đầy đủ"), wrong.errText());
        assertTrue(wrong.errText().contains("lưu ý: url: trong " + province + " có lỗi nên sitemap.xml và feed.xml giữ địa "
                + "chỉ của lần build trước, " + FROM_FILE + ", cho tới khi sửa url:; các văn bản vẫn được dựng và cập nhật "
                + "như thường"), wrong.errText());
        assertTrue(wrong.outText().contains("(vẽ lại 1, giữ nguyên 0)"), wrong.outText());
        assertTrue(Files.readString(site.resolve("qn-stttt-2026/index.html")).contains("Triển khai nhanh nền tảng số"));
        assertTrue(sitemap().contains("<loc>" + FROM_FILE + "qn-stttt-2026/index.html</loc>"), sitemap());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("xml:base=\"" + FROM_FILE + "\""));
    }

    /** The kept address is offered as the officer writes it, not percent-encoded as the sitemap holds it (s21 tryout 6). */
    @Test
    void theKeptAddressIsOfferedWithItsVietnameseLetters() throws IOException {
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: https://cong.quangnam.example/kế-hoạch/\n");
        assertEquals(0, build(Map.of()).exit());
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\n");
        Cli.Result vi = build(Map.of());
        assertTrue(vi.errText().contains("giữ địa chỉ của lần build trước, https://cong.quangnam.example/kế-hoạch/, chứ"
                + " không bỏ sitemap.xml; để ghi hẳn địa chỉ này, thêm vào " + content.resolve("province.yaml")
                + " dòng: url: https://cong.quangnam.example/kế-hoạch/"), vi.errText());
        assertTrue(sitemap().contains("<loc>https://cong.quangnam.example/k%E1%BA%BF-ho%E1%BA%A1ch/index.html</loc>"), sitemap());
        // Written as the note says, the address is the site's: nothing more is said.
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\nurl: https://cong.quangnam.example/kế-hoạch/\n");
        assertFalse(build(Map.of()).errText().contains("sitemap"));
    }

    @Test
    void aSiteNeverGivenAnAddressHasNoSitemapAndNothingIsSaid() throws IOException {
        Cli.Result first = build(Map.of());
        Cli.Result second = build(Map.of(), "--clean");
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        // Only the site's open-data note (s36 review M4: once, with data_licence:) says what a site without url: lacks.
        assertTrue(first.errText().contains("sitemap"), first.errText());
        for (String err : List.of(first.errText(), second.errText())) {
            assertTrue(err.lines().filter(l -> l.contains("sitemap")).allMatch(l -> l.contains("data_licence:")), err);
        }
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("xml:base"));
    }
}

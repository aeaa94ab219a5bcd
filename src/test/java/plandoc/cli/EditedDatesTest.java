package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s23 review L1: outside git, a plan republished with corrected text or figures kept its feed entry's
 * {@code <updated>} and its sitemap {@code <lastmod>} at the issue date, so feed readers never saw the correction.
 * Real builds of a content folder outside git, the feed and the sitemap read back: the entry is dated by the latest
 * modification time of the plan's sources when that is later than its issue, clamped to {@code SOURCE_DATE_EPOCH};
 * a rebuild, {@code --clean} or not, and a build into an empty folder write the same feed and sitemap.
 */
class EditedDatesTest {
    private static final String ISSUED = "2012-12-28T00:00:00+07:00";
    /** Before the issue: the sources as written for it. */
    private static final Instant WRITTEN = Instant.parse("2012-12-20T02:00:00Z");
    /** The correction's time: 15:00 in Vietnam. */
    private static final Instant CORRECTED = Instant.parse("2026-03-10T08:00:00Z");

    @TempDir
    Path dir;
    private Path content;
    private Path yaml;

    @BeforeEach
    void plan() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        yaml = Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml");
        Files.writeString(yaml, SeparateAppendicesTest.YAML);
        Path province = Files.writeString(content.resolve("province.yaml"), "url: https://cong.hatinh.gov.vn/van-ban/\n");
        Files.setLastModifiedTime(yaml, FileTime.from(WRITTEN));
        Files.setLastModifiedTime(province, FileTime.from(WRITTEN));
    }

    @Test
    void aCorrectionOutsideGitDatesTheFeedEntryAndTheSitemap() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, build(site, Map.of()).exit());
        assertEquals(ISSUED, updated(site), "sources older than the issue: dated by its issue");
        assertEquals("2012-12-28", lastmod(site));

        correct(CORRECTED);
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result corrected = build(site, Map.of(), "--reissue");
        assertEquals(0, corrected.exit(), corrected.errText());
        assertEquals("2026-03-10T15:00:00+07:00", updated(site), "dated by the correction, in Vietnam time");
        assertEquals(ISSUED, published(site), "still published on its issue date");
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<updated>2026-03-10T15:00:00+07:00</updated>\n  <link"),
                "the feed's own updated is its newest entry's: " + Files.readString(site.resolve("feed.xml")));
        assertEquals("2026-03-10", lastmod(site), "the sitemap says the page changed that day");

        byte[] feed = Files.readAllBytes(site.resolve("feed.xml"));
        byte[] sitemap = Files.readAllBytes(site.resolve("sitemap.xml"));
        for (String option : List.of("--quiet", "--clean")) {
            Cli.Result again = build(site, Map.of(), option);
            assertEquals(0, again.exit(), again.errText());
            assertArrayEquals(feed, Files.readAllBytes(site.resolve("feed.xml")), "a rebuild that changed no file: " + option);
            assertArrayEquals(sitemap, Files.readAllBytes(site.resolve("sitemap.xml")), option);
        }
        Path fresh = dir.resolve("fresh");
        assertEquals(0, build(fresh, Map.of()).exit());
        assertArrayEquals(feed, Files.readAllBytes(fresh.resolve("feed.xml")), "a build into an empty folder: the same feed");
        assertArrayEquals(sitemap, Files.readAllBytes(fresh.resolve("sitemap.xml")));
    }

    /** {@code SOURCE_DATE_EPOCH} is the time a reproducible build is made at: no edit is dated later. */
    @Test
    void sourceDateEpochClampsTheEditTime() throws Exception {
        correct(CORRECTED);
        Path site = dir.resolve("site");
        assertEquals(0, build(site, Map.of("SOURCE_DATE_EPOCH", "1700000000")).exit());
        assertEquals("2023-11-15T05:13:20+07:00", updated(site), "1700000000 in Vietnam time");
        assertEquals("2023-11-15", lastmod(site));
        assertEquals(0, build(site, Map.of("SOURCE_DATE_EPOCH", "1800000000")).exit());
        assertEquals("2026-03-10T15:00:00+07:00", updated(site), "an epoch after the edit leaves it as it is");
    }

    /** Corrects the plan's text at {@code when}, as an officer fixes a typo after publication. */
    private void correct(Instant when) throws Exception {
        String text = Files.readString(yaml);
        assertFalse(text.contains("đã sửa"));
        Files.writeString(yaml, text.replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa."));
        Files.setLastModifiedTime(yaml, FileTime.from(when));
    }

    private Cli.Result build(Path site, Map<String, String> variables, String... options) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("SOURCE_DATE_EPOCH");
        environment.remove("PLANDOC_SITE_URL");
        environment.putAll(variables);
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.runWith(environment, args.toArray(String[]::new));
    }

    private static String updated(Path site) throws Exception {
        return entry(site, "updated");
    }

    private static String published(Path site) throws Exception {
        return entry(site, "published");
    }

    /** The one entry's {@code element}. */
    private static String entry(Path site, String element) throws Exception {
        String feed = Files.readString(site.resolve("feed.xml"));
        String entry = feed.substring(feed.indexOf("<entry>"));
        Matcher m = Pattern.compile("<" + element + ">([^<]+)</" + element + ">").matcher(entry);
        assertTrue(m.find(), feed);
        return m.group(1);
    }

    private static String lastmod(Path site) throws Exception {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        Matcher m = Pattern.compile("<lastmod>([^<]+)</lastmod>").matcher(sitemap);
        assertTrue(m.find(), sitemap);
        LocalDate.parse(m.group(1));
        return m.group(1);
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s19: an output folder remembers that it publishes separate appendix PDFs. A build without
 * {@code --separate-appendices} after one with it keeps writing them (the same bytes, still listed on the plan's
 * page) and says so; {@code --no-separate-appendices} removes them and names them; a site whose bookkeeping
 * predates the setting (session 18) is read from what it publishes. Real builds.
 */
class RememberedSeparateAppendicesTest {
    private static final String SLUG = "qd-4086";
    private static final List<String> SEPARATE = List.of("4086-QD-UBND-phu-luc-1.pdf", "4086-QD-UBND-phu-luc-2.pdf");

    @TempDir
    Path dir;
    private Path content;
    private Path site;

    @BeforeEach
    void plan() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve(SLUG)).resolve("plan.yaml"), SeparateAppendicesTest.YAML);
        site = dir.resolve("site");
    }

    @Test
    void aPlainBuildAfterOneWithSeparateAppendicesKeepsWritingThemAndSaysSo() throws Exception {
        Cli.Result first = build("--separate-appendices");
        assertEquals(0, first.exit(), first.errText());
        assertFalse(first.outText().contains("--no-separate-appendices"), "asked for: nothing to say " + first.outText());
        Map<String, byte[]> published = files(site.resolve(SLUG));
        assertTrue(published.keySet().containsAll(SEPARATE), published.keySet().toString());

        // Answered from the last build's record, then rendered again from scratch: the same files either way.
        for (String[] options : List.of(new String[0], new String[] {"--clean"})) {
            Cli.Result plain = build(options);
            assertEquals(0, plain.exit(), plain.errText());
            assertTrue(plain.outText().contains("Vẫn ghi mỗi phụ lục thành tệp PDF riêng như lần build với "
                    + "--separate-appendices (thư mục " + site + " ghi nhớ điều này trong " + dir.resolve(".plandoc/site")
                    + ", để liên kết tới các tệp đó không hỏng); muốn thôi, build với --no-separate-appendices."),
                    plain.outText());
            assertSameFiles(published, files(site.resolve(SLUG)));
            String page = Files.readString(site.resolve(SLUG).resolve("index.html"));
            SEPARATE.forEach(name -> assertTrue(page.contains("href=\"" + name + "\""), name + " still listed"));
        }
        Cli.Result english = build("--clean", "--lang", "en");
        assertTrue(english.outText().contains("Still writing each appendix as its own PDF, as the build with "
                + "--separate-appendices did"), english.outText());
        for (String name : SEPARATE) { // the page's chrome is in English now; the documents are the same
            assertArrayEquals(published.get(name), Files.readAllBytes(site.resolve(SLUG).resolve(name)), name);
        }
    }

    @Test
    void optingOutRemovesThemAndNamesThem() throws Exception {
        assertEquals(0, build("--separate-appendices").exit());
        Cli.Result out = build("--no-separate-appendices");
        assertEquals(0, out.exit(), out.errText());
        assertTrue(out.outText().contains("Đã xóa các tệp phụ lục riêng khỏi " + site + " (--no-separate-appendices; liên kết "
                + "tới các tệp này không mở được nữa): " + SLUG + "/" + SEPARATE.get(0) + ", " + SLUG + "/" + SEPARATE.get(1)),
                out.outText());
        assertFalse(out.outText().contains("Vẫn ghi"), out.outText());
        for (String name : SEPARATE) {
            assertFalse(Files.exists(site.resolve(SLUG).resolve(name)), name);
            assertFalse(Files.readString(site.resolve(SLUG).resolve("index.html")).contains(name), name + " no longer listed");
        }
        // Remembered too: the next plain build writes none and has nothing to say of them.
        Cli.Result next = build("--clean");
        assertEquals(0, next.exit(), next.errText());
        assertFalse(next.outText().contains("phụ lục riêng") || next.outText().contains("Vẫn ghi"), next.outText());
        assertFalse(files(site.resolve(SLUG)).keySet().stream().anyMatch(n -> n.contains("phu-luc")));
    }

    @Test
    void bothOptionsAreAUsageError() {
        Cli.Result both = build("--separate-appendices", "--no-separate-appendices");
        assertEquals(2, both.exit(), both.errText());
        assertTrue(both.errText().contains("--separate-appendices và --no-separate-appendices không dùng cùng nhau"),
                both.errText());
        assertFalse(Files.exists(site), "nothing built");
    }

    /** A site built by session 18's plandoc: its bookkeeping has no setting, its cache lists the separate files. */
    @Test
    void aSiteWhoseBookkeepingPredatesTheSettingIsReadFromWhatItPublishes() throws Exception {
        assertEquals(0, build("--separate-appendices").exit());
        Path setting = dir.resolve(".plandoc/site/settings.json");
        assertTrue(Files.readString(setting).contains("\"separate_appendices\" : true"), Files.readString(setting));
        Files.delete(setting);
        Map<String, byte[]> published = files(site.resolve(SLUG));

        Cli.Result plain = build("--clean");
        assertEquals(0, plain.exit(), plain.errText());
        assertTrue(plain.outText().contains("Vẫn ghi mỗi phụ lục thành tệp PDF riêng"), plain.outText());
        assertSameFiles(published, files(site.resolve(SLUG)));
        assertTrue(Files.readString(setting).contains("\"separate_appendices\" : true"), "remembered from now on");

        // Its bookkeeping deleted altogether (the build says not to): read from the plan folders' files.
        try (Stream<Path> walk = Files.walk(dir.resolve(".plandoc/site"))) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Cli.Result lost = build();
        assertEquals(0, lost.exit(), lost.errText());
        assertTrue(lost.outText().contains("Vẫn ghi mỗi phụ lục thành tệp PDF riêng"), lost.outText());
        assertTrue(files(site.resolve(SLUG)).keySet().containsAll(SEPARATE));

        // A site that never published them: a plain build stays plain.
        Path other = dir.resolve("other");
        Cli.Result never = Cli.run("build", "--content", content.toString(), "--out", other.toString(), "-j", "1");
        assertEquals(0, never.exit(), never.errText());
        assertFalse(files(other.resolve(SLUG)).keySet().stream().anyMatch(n -> n.contains("phu-luc")));
        assertTrue(Files.readString(dir.resolve(".plandoc/other/settings.json")).contains("false"));
    }

    /** site-draft/ remembers its own: a draft build keeps writing them there, and the published site is not touched. */
    @Test
    void aDraftOutputRemembersItsOwn() throws Exception {
        Path yaml = content.resolve(SLUG).resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  number: 4086\n", "  draft: true\n"));
        Path drafts = dir.resolve("site-draft");
        Cli.Result first = Cli.run("build", "--draft", "--separate-appendices", "--content", content.toString(), "--out",
                drafts.toString(), "-j", "1");
        assertEquals(0, first.exit(), first.errText());
        List<String> separate = files(drafts.resolve(SLUG)).keySet().stream().filter(n -> n.contains("-phu-luc")).toList();
        assertEquals(2, separate.size(), files(drafts.resolve(SLUG)).keySet().toString());
        Map<String, byte[]> printed = files(drafts.resolve(SLUG));

        Cli.Result again = Cli.run("build", "--draft", "--clean", "--content", content.toString(), "--out", drafts.toString(),
                "-j", "1");
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.outText().contains("Vẫn ghi mỗi phụ lục thành tệp PDF riêng"), again.outText());
        assertSameFiles(printed, files(drafts.resolve(SLUG)));
        assertFalse(Files.exists(dir.resolve(".plandoc/site/settings.json")), "the published site remembers nothing of it");
    }

    /** {@code build --merge}: shards built without them are not merged into a site that publishes them, unless asked. */
    @Test
    void aMergeFromShardsWithoutThemIntoASiteThatPublishesThemIsRefused() throws Exception {
        assertEquals(0, build("--separate-appendices").exit());
        Path shard = dir.resolve("shard-1");
        Cli.Result part = Cli.run("build", "--shard", "1/1", "--content", content.toString(), "--out", shard.toString(),
                "-j", "1");
        assertEquals(0, part.exit(), part.errText());
        Map<String, byte[]> published = files(site.resolve(SLUG));

        Cli.Result refused = merge(shard);
        assertEquals(2, refused.exit(), refused.errText());
        assertTrue(refused.errText().contains(site + " đăng phụ lục thành tệp PDF riêng nhưng các phần ghép không có"),
                refused.errText());
        assertSameFiles(published, files(site.resolve(SLUG)));

        Cli.Result stopped = merge(shard, "--no-separate-appendices");
        assertEquals(0, stopped.exit(), stopped.errText());
        assertTrue(stopped.outText().contains("Đã xóa các tệp phụ lục riêng khỏi " + site), stopped.outText());
        assertFalse(Files.exists(site.resolve(SLUG).resolve(SEPARATE.get(0))));
    }

    private Cli.Result merge(Path shard, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--merge", shard.toString(), "--content", content.toString(),
                "--out", site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli.Result build(String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " byte-identical"));
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;

/**
 * s18: a separate appendix's file is named by the number the appendix prints ("PHỤ LỤC 07" →
 * "…-phu-luc-07.pdf", "PHỤ LỤC II" → "…-phu-luc-II.pdf", a plan's only appendix "PHỤ LỤC" → "…-phu-luc.pdf"),
 * not by its place ("…-phu-luc-7.pdf", every plandoc before). A site published with the old names keeps them as
 * copies of the new files (build.KeptNames), while its pages link only the new ones: real builds.
 */
class AppendixFileNamesTest {
    private static final String SLUG = "qd-4086";

    @TempDir
    Path dir;

    @Test
    void theFileNameEndsWithTheNumberAsPrinted() throws Exception {
        assertEquals(List.of("4086-QD-UBND-phu-luc-01.pdf", "4086-QD-UBND-phu-luc-02.pdf"),
                appendixFiles(numbered("arabic-2")));
        assertEquals(List.of("4086-QD-UBND-phu-luc-I.pdf", "4086-QD-UBND-phu-luc-II.pdf"), appendixFiles(numbered("roman")));
        assertEquals(List.of("4086-QD-UBND-phu-luc-1.pdf", "4086-QD-UBND-phu-luc-2.pdf"), appendixFiles(numbered("arabic")));
        String single = numbered("arabic-2").replaceFirst("(?s)\n {4}- id: pl-he-thong\n.*$", "\n")
                .replace(" và {ref:pl-he-thong}", "");
        assertEquals(List.of("4086-QD-UBND-phu-luc.pdf"), appendixFiles(single), "printed \"PHỤ LỤC\", no number");
    }

    @Test
    void aSitePublishedWithTheOldNamesKeepsThemAsCopiesAndLinksTheNewOnes() throws Exception {
        Path site = dir.resolve("site");
        Path folder = site.resolve(SLUG);
        Path record = dir.resolve(".plandoc/site/records/" + SLUG + ".json");
        Map<String, String> renamed = publishedWithTheOldNames();

        Cli.Result rebuilt = build();
        assertEquals(0, rebuilt.exit(), rebuilt.errText());
        assertTrue(rebuilt.outText().contains("Giữ tên tệp cũ của " + SLUG + " làm bản sao của tệp mới, để liên kết cũ vẫn mở "
                + "được (trang và danh mục chỉ dẫn tên mới): 4086-QD-UBND-phu-luc-1.pdf → 4086-QD-UBND-phu-luc-01.pdf, "
                + "4086-QD-UBND-phu-luc-2.pdf → 4086-QD-UBND-phu-luc-02.pdf (plandoc nay đặt tên tệp phụ lục theo số in "
                + "trên phụ lục)."), rebuilt.outText()); // one reason, said once
        for (Map.Entry<String, String> name : renamed.entrySet()) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(name.getKey())), Files.readAllBytes(folder.resolve(name.getValue())),
                    name.getValue() + " is a copy of " + name.getKey());
        }
        for (String page : List.of("index.html", SLUG + "/index.html")) {
            String text = Files.readString(site.resolve(page));
            assertTrue(text.contains("4086-QD-UBND-phu-luc-01.pdf") && text.contains("4086-QD-UBND-phu-luc-02.pdf"), page);
            assertFalse(text.contains("phu-luc-1.pdf") || text.contains("phu-luc-2.pdf"), page + " links only the new names");
        }
        assertTrue(Files.readString(record).contains("\"name\" : \"4086-QD-UBND-phu-luc-1.pdf\",\n    \"of\" : \"4086-QD-UBND-phu-luc-01.pdf\""),
                Files.readString(record));

        // The next build renders nothing and keeps both names.
        List<String> files = list(folder);
        Cli.Result next = build();
        assertEquals(0, next.exit(), next.errText());
        assertTrue(next.outText().contains("(vẽ lại 0, giữ nguyên 1)"), next.outText());
        assertEquals(files, list(folder));
        assertTrue(files.containsAll(renamed.values()), files.toString());
    }

    /** s19: the old names stay while the site remembers its separate appendices, also through plain builds. */
    @Test
    void oldNamesSurviveAPlainBuildWhileTheSiteRemembersItsSeparateAppendices() throws Exception {
        Path folder = dir.resolve("site").resolve(SLUG);
        Map<String, String> renamed = publishedWithTheOldNames();
        assertEquals(0, build().exit());
        List<String> files = list(folder);
        for (String[] options : List.of(new String[0], new String[] {"--clean"})) {
            List<String> args = new java.util.ArrayList<>(List.of("build", "--content", dir.resolve("content").toString(),
                    "--out", dir.resolve("site").toString(), "-j", "1"));
            args.addAll(List.of(options));
            Cli.Result plain = Cli.run(args.toArray(String[]::new));
            assertEquals(0, plain.exit(), plain.errText());
            assertEquals(files, list(folder), "the separate files and their old names are kept");
            for (Map.Entry<String, String> name : renamed.entrySet()) {
                assertArrayEquals(Files.readAllBytes(folder.resolve(name.getKey())),
                        Files.readAllBytes(folder.resolve(name.getValue())), name.getValue() + " still a copy");
            }
        }
    }

    /** The separate-appendices test's plan, its two appendices numbered {@code numbering}. */
    private static String numbered(String numbering) {
        String yaml = SeparateAppendicesTest.YAML;
        assertTrue(yaml.contains("  numbering: arabic\n"));
        return yaml.replace("  numbering: arabic\n", "  numbering: " + numbering + "\n");
    }

    private List<String> appendixFiles(String yaml) throws Exception {
        Path content = dir.resolve("content-" + Integer.toHexString(yaml.hashCode()));
        RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(true)).render(TestPlans.resolveClean(content, yaml));
        return rendered.files().stream().map(RenderedPlan.OutputFile::name).filter(n -> n.contains("-phu-luc")).toList();
    }

    private Cli.Result build(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", dir.resolve("content").toString(),
                "--out", dir.resolve("site").toString(), "-j", "1", "--separate-appendices"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /**
     * The plan built, then its site made as a plandoc before s18 published it: the same files under "-phu-luc-1",
     * "-phu-luc-2", in the folder, the plan's record and the build cache, whose key a new plandoc does not match (it
     * renders again). Returns new name → old name.
     */
    private Map<String, String> publishedWithTheOldNames() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve(SLUG)).resolve("plan.yaml"), numbered("arabic-2"));
        Path site = dir.resolve("site");
        Path folder = site.resolve(SLUG);
        Cli.Result first = build();
        assertEquals(0, first.exit(), first.errText());
        Map<String, String> renamed = Map.of("4086-QD-UBND-phu-luc-01.pdf", "4086-QD-UBND-phu-luc-1.pdf",
                "4086-QD-UBND-phu-luc-02.pdf", "4086-QD-UBND-phu-luc-2.pdf");
        Path record = dir.resolve(".plandoc/site/records/" + SLUG + ".json");
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"key\" : \"([0-9a-f]{64})\"").matcher(Files.readString(record));
        assertTrue(key.find());
        for (Path book : List.of(record, dir.resolve(".plandoc/site/cache.json"))) {
            String text = Files.readString(book);
            assertTrue(text.contains(key.group(1)), book.toString());
            text = text.replace(key.group(1), "0".repeat(64));
            for (Map.Entry<String, String> name : renamed.entrySet()) {
                assertTrue(text.contains("\"" + name.getKey() + "\""), book + ": " + text);
                text = text.replace("\"" + name.getKey() + "\"", "\"" + name.getValue() + "\"");
            }
            Files.writeString(book, text);
        }
        for (Map.Entry<String, String> name : renamed.entrySet()) {
            Files.move(folder.resolve(name.getKey()), folder.resolve(name.getValue()));
        }
        for (Path page : List.of(site.resolve("index.html"), folder.resolve("index.html"))) {
            String text = Files.readString(page);
            for (Map.Entry<String, String> name : renamed.entrySet()) {
                text = text.replace(name.getKey(), name.getValue());
            }
            Files.writeString(page, text);
        }
        return renamed;
    }

    @Test
    void anAppendixSignedUnderItsOldNameKeepsItAndStaysLinkedThroughRebuilds() throws Exception {
        Path folder = dir.resolve("site").resolve(SLUG);
        publishedWithTheOldNames();
        Path signedAppendix = folder.resolve("4086-QD-UBND-phu-luc-1.pdf");
        sign(signedAppendix);
        byte[] signed = Files.readAllBytes(signedAppendix);

        // Rendered again by this plandoc (the cache's key does not match): no stop, no new signature needed.
        Cli.Result rebuilt = build();
        assertEquals(0, rebuilt.exit(), rebuilt.errText());
        assertTrue(rebuilt.outText().contains("(vẽ lại 1, giữ nguyên 0)"), rebuilt.outText());
        assertArrayEquals(signed, Files.readAllBytes(signedAppendix), "the signed appendix is untouched");
        List<String> files = list(folder);
        assertFalse(files.contains("4086-QD-UBND-phu-luc-01.pdf"), "no unsigned copy under the new name: " + files);
        assertTrue(files.contains("4086-QD-UBND-phu-luc-02.pdf") && files.contains("4086-QD-UBND-phu-luc-2.pdf"),
                "the unsigned appendix takes the new name, its old one kept as a copy: " + files);
        assertTrue(rebuilt.outText().contains("4086-QD-UBND-phu-luc-2.pdf → 4086-QD-UBND-phu-luc-02.pdf (plandoc nay đặt "
                + "tên tệp phụ lục theo số in trên phụ lục)."), rebuilt.outText());
        assertFalse(rebuilt.outText().contains("phu-luc-1.pdf →"), "the signed appendix is not renamed: " + rebuilt.outText());
        for (String page : List.of("index.html", SLUG + "/index.html")) {
            String text = Files.readString(dir.resolve("site").resolve(page));
            assertTrue(text.contains("4086-QD-UBND-phu-luc-1.pdf\"") && text.contains("4086-QD-UBND-phu-luc-02.pdf\""), page);
            assertFalse(text.contains("phu-luc-01.pdf") || text.contains("phu-luc-2.pdf"), page);
        }

        // Rendered from scratch again, the same document: still kept under its signed name.
        Cli.Result clean = build("--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertArrayEquals(signed, Files.readAllBytes(signedAppendix));
        assertEquals(files, list(folder));
    }

    @Test
    void anAppendixChangedSinceItWasSignedUnderItsOldNameStopsThePlanThenTakesTheNewName() throws Exception {
        Path folder = dir.resolve("site").resolve(SLUG);
        publishedWithTheOldNames();
        Path signedAppendix = folder.resolve("4086-QD-UBND-phu-luc-1.pdf");
        sign(signedAppendix);
        byte[] signed = Files.readAllBytes(signedAppendix);
        Path yaml = dir.resolve("content").resolve(SLUG).resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa sau khi ký."));

        // Its document changed: the same stop as any signed file whose document changed, not "no longer written"
        // (re-issued: an issued document edited in place is frozen first, s31).
        Cli.Result refused = build("--reissue");
        assertEquals(1, refused.exit(), refused.errText());
        assertTrue(refused.errText().contains(signedAppendix + ": lỗi: tệp PDF đã ký số (4086-QD-UBND-phu-luc-1.pdf) nhưng "
                + "nguồn của văn bản"), refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(signedAppendix));

        // Replaced: no longer signed, so the new naming applies; the old name stays as a copy.
        Cli.Result replaced = build("--replace-signed", "--reissue");
        assertEquals(0, replaced.exit(), replaced.errText());
        assertTrue(list(folder).contains("4086-QD-UBND-phu-luc-01.pdf"), list(folder).toString());
        assertArrayEquals(Files.readAllBytes(folder.resolve("4086-QD-UBND-phu-luc-01.pdf")),
                Files.readAllBytes(signedAppendix), "the old name is now a copy of the new, unsigned file");
    }

    /**
     * s22: {@code build --merge} over a site that keeps an appendix signed under its old name (a shard, built without
     * the site, names it the new way). The merge said "this build no longer writes it" and, with --replace-signed,
     * dropped the site's old names, whose links then broke.
     */
    @Test
    void aMergeSaysWhyItCannotKeepAnAppendixSignedUnderItsOldNameAndKeepsTheOldNamesOnReplace() throws Exception {
        Path site = dir.resolve("site");
        Path folder = site.resolve(SLUG);
        publishedWithTheOldNames();
        Path signedAppendix = folder.resolve("4086-QD-UBND-phu-luc-1.pdf");
        sign(signedAppendix);
        byte[] signed = Files.readAllBytes(signedAppendix);
        assertEquals(0, build().exit()); // upgraded: the signed name kept, "-phu-luc-2.pdf" a copy of "-phu-luc-02.pdf"
        Map<String, byte[]> before = contents(folder);
        Path shard = dir.resolve("shard");
        Cli.Result sharded = Cli.run("build", "--content", dir.resolve("content").toString(), "--out", shard.toString(),
                "-j", "1", "--shard", "1/1", "--separate-appendices");
        assertEquals(0, sharded.exit(), sharded.errText());

        Cli.Result refused = merge(shard);
        assertEquals(1, refused.exit(), refused.errText());
        assertTrue(refused.errText().contains(signedAppendix + ": lỗi: tệp PDF đã ký số (4086-QD-UBND-phu-luc-1.pdf) là "
                + "phụ lục đã ký dưới tên tệp cũ; phần dựng trên máy khác (--shard) không thấy tệp đã ký nên đặt cho phụ lục "
                + "tên mới (4086-QD-UBND-phu-luc-01.pdf)"), refused.errText());
        assertFalse(refused.errText().contains("không tạo nữa"), refused.errText());
        assertEquals(before.keySet(), contents(folder).keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, contents(folder).get(name), name));

        Cli.Result replaced = merge(shard, "--replace-signed");
        assertEquals(0, replaced.exit(), replaced.errText());
        Path archived = site.resolve("luu-ban-da-ky").resolve(SLUG);
        List<String> inArchive = list(archived);
        assertEquals(1, inArchive.size(), inArchive.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.resolve(inArchive.get(0))), "the signed file, archived");
        // Both old names still open, copies of the files that replaced them, as a build keeps them.
        assertEquals(List.of("4086-QD-UBND-phu-luc-01.pdf", "4086-QD-UBND-phu-luc-02.pdf", "4086-QD-UBND-phu-luc-1.pdf",
                "4086-QD-UBND-phu-luc-2.pdf"), list(folder).stream().filter(n -> n.contains("phu-luc")).toList());
        for (String n : List.of("1", "2")) {
            assertArrayEquals(Files.readAllBytes(folder.resolve("4086-QD-UBND-phu-luc-0" + n + ".pdf")),
                    Files.readAllBytes(folder.resolve("4086-QD-UBND-phu-luc-" + n + ".pdf")), n);
        }
        assertTrue(replaced.outText().contains("Giữ tên tệp cũ của " + SLUG + " làm bản sao của tệp mới, để liên kết cũ vẫn "
                + "mở được (trang và danh mục chỉ dẫn tên mới): 4086-QD-UBND-phu-luc-1.pdf → 4086-QD-UBND-phu-luc-01.pdf"),
                replaced.outText());
        String record = Files.readString(dir.resolve(".plandoc/site/records/" + SLUG + ".json"));
        assertTrue(record.contains("\"name\" : \"4086-QD-UBND-phu-luc-1.pdf\",\n    \"of\" : \"4086-QD-UBND-phu-luc-01.pdf\"")
                && record.contains("\"name\" : \"4086-QD-UBND-phu-luc-2.pdf\",\n    \"of\" : \"4086-QD-UBND-phu-luc-02.pdf\""),
                record);

        // A build of the merged site keeps them, as it keeps a build's own.
        List<String> files = list(folder);
        Cli.Result next = build();
        assertEquals(0, next.exit(), next.errText());
        assertEquals(files, list(folder));
    }

    private Cli.Result merge(Path shard, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", dir.resolve("content").toString(),
                "--out", dir.resolve("site").toString(), "--merge", shard.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Map<String, byte[]> contents(Path folder) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try {
            for (String name : list(folder)) {
                files.put(name, Files.readAllBytes(folder.resolve(name)));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private void sign(Path pdf) throws Exception {
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path organisation = SignCommandTest.keystore(dir, "co-quan", "UBND tỉnh Hà Tĩnh", ca);
        Cli.Result signed = Cli.runWith(Map.of(SignCommand.PASSWORD_VARIABLE, "mat-khau-thu"), "sign", pdf.toString(),
                "--keystore", organisation.toString(), "--organisation");
        assertEquals(0, signed.exit(), signed.errText());
    }


    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

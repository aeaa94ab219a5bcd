package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s23 review H3 and M2: renaming a plan's folder (its slug) published the plan as a new one. Its signed PDF was
 * archived and a fresh unsigned one served, exit 0, without {@code --replace-signed}; and when the renamed folder had
 * an error, the old folder's last good version was taken off the site with no line saying so. Real sequences — build,
 * sign, rename, build — with the files read back: the signed PDF moves with its document, or the build stops at it
 * (exit 1) and the old folder stays published; a renamed folder with errors keeps the old one listed, and says so.
 */
class RenamedPlanTest {
    private static final String PASSWORD = "mat-khau-thu";
    private static final String PDF = "4086-QD-UBND.pdf";

    @TempDir
    Path dir;
    private Path content;
    private Path site;
    private Path person;

    @BeforeEach
    void plan() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML);
        site = dir.resolve("site");
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", ca);
    }

    @Test
    void aRenamedFolderTakesItsSignedPdfAlong() throws Exception {
        byte[] signed = buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));

        Cli.Result renamed = build();
        assertEquals(0, renamed.exit(), renamed.errText());
        Path moved = site.resolve("quyet-dinh-4086").resolve(PDF);
        assertArrayEquals(signed, Files.readAllBytes(moved), "the signed file, byte for byte, in the new folder");
        assertEquals(List.of(), archive(), "moved, not replaced: nothing archived");
        assertTrue(renamed.out().contains("quyet-dinh-4086: đã chuyển tệp PDF đã ký số " + PDF
                + " từ thư mục cũ qd-4086 sang thư mục này (thư mục đã đổi tên; bản mới trùng với văn bản đã ký)"),
                String.join("\n", renamed.out()));
        assertTrue(Files.readString(site.resolve("quyet-dinh-4086").resolve("index.html")).contains("href=\"" + PDF + "\""),
                "the new page offers the signed file");

        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertArrayEquals(signed, Files.readAllBytes(moved), "and keeps it in the next build");
        assertTrue(again.out().get(again.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 1)"), again.out().toString());
        // s23 tryout H1: rendered again later (a new plandoc, --clean), the moved file is still the same document.
        Cli.Result clean = build("--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertArrayEquals(signed, Files.readAllBytes(moved), "and in a build that renders the plan again");
    }

    @Test
    void aRenamedFolderWhoseSourcesChangedStopsAtTheSignedPdf() throws Exception {
        byte[] signed = buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        Path yaml = content.resolve("quyet-dinh-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa sau khi ký."));

        Cli.Result refused = build();
        assertEquals(1, refused.exit(), "a content error: " + refused.errText());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        // s34 review L1: at the plan.yaml to open, its first edit since signed; the signed PDF named in full.
        List<String> lines = Files.readAllLines(yaml);
        int edited = lines.indexOf(lines.stream().filter(l -> l.contains(", đã sửa sau khi ký.")).findFirst().orElseThrow());
        String at = yaml + ":" + (edited + 1) + ":" + (lines.get(edited).indexOf(", đã sửa sau khi ký.") + 1);
        assertTrue(refused.err().stream().anyMatch(line -> line.startsWith(at + ": lỗi: tệp PDF đã ký số (" + pdf
                + ") nằm ở thư mục cũ qd-4086 trên trang; thư mục của văn bản đã đổi tên thành quyet-dinh-4086")
                && line.contains("--replace-signed")), refused.errText());
        assertTrue(refused.err().stream().anyMatch(line -> line.startsWith("lưu ý: văn bản 4086/QĐ-UBND (thư mục mới "
                + "quyet-dinh-4086) có lỗi nên chưa được đăng; trang vẫn hiển thị bản cũ ở qd-4086 (nguồn sửa lúc ")),
                refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is untouched, still served");
        assertFalse(Files.exists(site.resolve("quyet-dinh-4086")), "nothing published under the new name");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-4086/"), "the old folder stays listed");
        assertEquals(List.of(), archive());

        Cli.Result replaced = build("--replace-signed");
        assertEquals(0, replaced.exit(), replaced.errText());
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        // s34: archived with the plan under its new name, and listed with its versions (it was kept under the old
        // folder's name, which no record lists).
        assertTrue(archived.get(0).startsWith(site.resolve("luu-ban-da-ky").resolve("quyet-dinh-4086")), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)), "the signed original, byte for byte");
        assertListedWithThePlan(archived.get(0));
        byte[] replacement = Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF));
        assertEquals(0, signatures(replacement), "the new version, to be signed again");
        assertArrayEquals(replacement, Files.readAllBytes(site.resolve("qd-4086").resolve(PDF)),
                "the old address opens the current document");

        // Signed again in its new folder: the old address serves the signed file from the next build on.
        Cli.Result signedAgain = Cli.sign(PASSWORD, site.resolve("quyet-dinh-4086").resolve(PDF).toString(),
                "--keystore", person.toString());
        assertEquals(0, signedAgain.exit(), signedAgain.errText());
        Cli.Result next = build();
        assertEquals(0, next.exit(), next.errText());
        byte[] resigned = Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF));
        assertEquals(1, signatures(resigned));
        assertArrayEquals(resigned, Files.readAllBytes(site.resolve("qd-4086").resolve(PDF)),
                "never an unsigned copy at the old address once the document is signed");
        assertEquals(archived, archive(), "the archived signed file stays, and is not archived twice");
        assertListedWithThePlan(archived.get(0));
    }

    /** The renamed plan's page links {@code archived} as a replaced version, and its record lists it (s32). */
    private void assertListedWithThePlan(Path archived) throws Exception {
        String path = site.relativize(archived).toString().replace('\\', '/');
        String page = Files.readString(site.resolve("quyet-dinh-4086").resolve("index.html"));
        assertTrue(page.contains("<a class=\"replaced-version\" href=\"../" + path + "\">"), page);
        var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plandoc.publish.StateFolder
                .resolve(site, plandoc.build.SiteRecord.path("quyet-dinh-4086")).toFile());
        assertEquals(1, record.get("archived").size(), record.toString());
        assertEquals(path, record.get("archived").get(0).get("path").asText());
        assertEquals("signed-replaced", record.get("archived").get(0).get("why").asText());
    }

    /**
     * s23 re-read H1: renamed and marked secret in one edit, the plan is withheld, not failed: its old folder leaves the
     * site (as a secret plan's, its signed PDFs kept outside it) instead of being kept public "because of errors".
     */
    @Test
    void aFolderRenamedAndMadeSecretTakesTheOldFolderOffTheSite() throws Exception {
        assertEquals(0, build().exit());
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        Path yaml = content.resolve("quyet-dinh-4086").resolve("plan.yaml");
        String source = Files.readString(yaml);
        assertTrue(source.contains("document:\n"));
        Files.writeString(yaml, source.replaceFirst("document:\n", "document:\n  secrecy: Mật\n"));

        Cli.Result secret = build();
        assertEquals(0, secret.exit(), secret.errText());
        assertFalse(secret.errText().contains("có lỗi"), secret.errText());
        assertFalse(Files.exists(site.resolve("qd-4086")), "the old folder left the site");
        assertFalse(Files.exists(site.resolve("quyet-dinh-4086")), "the secret plan is not published");
        assertFalse(Files.readString(site.resolve("index.html")).contains("4086/QĐ-UBND"), "nor listed");
    }

    @Test
    void aRenamedFolderWithErrorsKeepsTheOldFolderPublished() throws Exception {
        assertEquals(0, build().exit());
        byte[] published = Files.readAllBytes(site.resolve("qd-4086").resolve(PDF));
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        Path yaml = content.resolve("quyet-dinh-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("{ref:pl-he-thong}", "{ref:pl-khong-co}"));

        Cli.Result broken = build();
        assertEquals(1, broken.exit(), broken.errText());
        assertTrue(broken.err().stream().anyMatch(line -> line.startsWith("lưu ý: văn bản 4086/QĐ-UBND (thư mục mới "
                + "quyet-dinh-4086) có lỗi nên chưa được đăng; trang vẫn hiển thị bản cũ ở qd-4086 (nguồn sửa lúc ")),
                broken.errText());
        assertFalse(broken.outText().contains("Đã gỡ khỏi trang văn bản qd-4086"), broken.outText());
        assertArrayEquals(published, Files.readAllBytes(site.resolve("qd-4086").resolve(PDF)), "the last good version");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-4086/"), "still listed on the index");
        assertFalse(Files.exists(site.resolve("quyet-dinh-4086")));

        Files.writeString(yaml, Files.readString(yaml).replace("{ref:pl-khong-co}", "{ref:pl-he-thong}"));
        Cli.Result fixed = build();
        assertEquals(0, fixed.exit(), fixed.errText());
        assertTrue(fixed.out().stream().anyMatch(line -> line.startsWith("Văn bản qd-4086 đã chuyển sang thư mục "
                + "quyet-dinh-4086")), fixed.outText());
        assertTrue(Files.isRegularFile(site.resolve("quyet-dinh-4086").resolve(PDF)));
        assertArrayEquals(Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF)),
                Files.readAllBytes(site.resolve("qd-4086").resolve(PDF)), "the old address, once the new one is published");
    }

    /**
     * s23 tryout M3: a renamed folder broke every link to its old address. The old folder stays: its page leads to the
     * new folder, each file it published is a copy of the plan's file now (the PDF: the signed file, byte for byte);
     * listed nowhere, said as a move, and kept by the next build and by {@code --clean}.
     */
    @Test
    void aRenamedFolderKeepsItsOldAddress() throws Exception {
        byte[] signed = buildAndSign();
        List<String> published = names(site.resolve("qd-4086"));
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));

        Cli.Result renamed = build();
        assertEquals(0, renamed.exit(), renamed.errText());
        assertTrue(renamed.out().contains("Văn bản qd-4086 đã chuyển sang thư mục quyet-dinh-4086 (thư mục đã đổi tên "
                + "trong content/); địa chỉ cũ qd-4086/ vẫn mở được: trang ở đó dẫn sang địa chỉ mới, các tệp là bản sao "
                + "của tệp hiện hành."), renamed.outText());
        assertFalse(renamed.outText().contains("Đã gỡ khỏi trang"), renamed.outText());
        assertOldAddress("qd-4086", "quyet-dinh-4086", published, signed);
        // The index, its search data, the feed, the data package, the agency view: the plan under its new folder only.
        List<String> siteFiles = names(site).stream().filter(n -> !n.startsWith("qd-4086/") && !n.startsWith("quyet-dinh-4086/")
                && (n.endsWith(".html") || n.endsWith(".xml") || n.endsWith(".json") || n.endsWith(".js"))).toList();
        assertTrue(siteFiles.containsAll(List.of("index.html", "feed.xml", "datapackage.json")), siteFiles.toString());
        for (String file : siteFiles) {
            assertFalse(Files.readString(site.resolve(file)).contains("qd-4086/"), file + " lists the plan once");
        }
        assertTrue(Files.readString(site.resolve("index.html")).contains("quyet-dinh-4086/"));

        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertOldAddress("qd-4086", "quyet-dinh-4086", published, signed);
        Cli.Result clean = build("--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertOldAddress("qd-4086", "quyet-dinh-4086", published, signed);
    }

    /**
     * Renamed twice: both old addresses lead to the newest folder, with the signed PDF. The signed file is compared by
     * the folder its own plan.json names, not the one it was found in (the old code stopped at it, exit 1).
     */
    @Test
    void aSecondRenameKeepsBothOldAddressesAndTheSignedPdf() throws Exception {
        byte[] signed = buildAndSign();
        List<String> published = names(site.resolve("qd-4086"));
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        Files.move(content.resolve("quyet-dinh-4086"), content.resolve("qd-4086-2012"));

        Cli.Result second = build();
        assertEquals(0, second.exit(), second.errText());
        assertTrue(second.out().contains("qd-4086-2012: đã chuyển tệp PDF đã ký số " + PDF + " từ thư mục cũ "
                + "quyet-dinh-4086 sang thư mục này (thư mục đã đổi tên; bản mới trùng với văn bản đã ký)"), second.outText());
        assertArrayEquals(signed, Files.readAllBytes(site.resolve("qd-4086-2012").resolve(PDF)));
        assertOldAddress("qd-4086", "qd-4086-2012", published, signed);
        assertOldAddress("quyet-dinh-4086", "qd-4086-2012", published, signed);
        assertEquals(List.of(), archive());
        assertEquals(0, build("--clean").exit());
        assertOldAddress("qd-4086", "qd-4086-2012", published, signed);
    }

    /** Unpublished for good: its old addresses leave with it; the signed PDF is archived once, not once per copy. */
    @Test
    void anUnpublishedPlanTakesItsOldAddressesAlong() throws Exception {
        Path other = Files.createDirectories(content.resolve("qd-5000"));
        Files.writeString(other.resolve("plan.yaml"), SeparateAppendicesTest.YAML.replace("number: 4086", "number: 5000"));
        byte[] signed = buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        assertTrue(Files.isDirectory(site.resolve("qd-4086")));
        deleteTree(content.resolve("quyet-dinh-4086"));

        // A signed plan leaves the site only when told (s24 review H2, build.UnpublishGuard).
        assertEquals(1, build().exit());
        Cli.Result removed = build("--replace-signed");
        assertEquals(0, removed.exit(), removed.errText());
        assertTrue(removed.out().contains("Đã gỡ khỏi trang văn bản quyet-dinh-4086 (thư mục không còn trong " + content + "/)."),
                removed.outText());
        assertTrue(removed.out().contains("Đã gỡ cùng văn bản quyet-dinh-4086 các địa chỉ cũ của nó (thư mục trước khi "
                + "đổi tên): qd-4086/."), removed.outText());
        assertFalse(Files.exists(site.resolve("qd-4086")), "the old address left with its plan");
        assertFalse(Files.exists(site.resolve("quyet-dinh-4086")));
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)));
        assertTrue(Files.isDirectory(site.resolve("qd-5000")), "the other plan stays");
        Cli.Result next = build("--clean");
        assertEquals(0, next.exit(), next.errText());
        assertFalse(Files.exists(site.resolve("qd-4086")));
    }

    /** The old file names the folder kept as copies (a number corrected) open at the old folder too. */
    @Test
    void theOldNamesOfARenamedFolderStayAtItsOldAddress() throws Exception {
        Path yaml = content.resolve("qd-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("number: 4086", "number: 408"));
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        assertEquals(0, build("--reissue").exit());
        Files.writeString(yaml, Files.readString(yaml).replace("number: 408", "number: 4086"));
        assertEquals(0, build("--reissue").exit());
        List<String> published = names(site.resolve("qd-4086"));
        assertTrue(published.contains("408-QD-UBND.pdf") && published.contains(PDF), published.toString());
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));

        assertEquals(0, build().exit());
        assertEquals(published, names(site.resolve("qd-4086")));
        assertArrayEquals(Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF)),
                Files.readAllBytes(site.resolve("qd-4086").resolve("408-QD-UBND.pdf")), "the old name, the current document");
    }

    /** Renamed back: the folder is the plan's again, and the name it had meanwhile becomes the old address. */
    @Test
    void aFolderRenamedBackIsThePlanAgain() throws Exception {
        assertEquals(0, build().exit());
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        Files.move(content.resolve("quyet-dinh-4086"), content.resolve("qd-4086"));

        Cli.Result back = build();
        assertEquals(0, back.exit(), back.errText());
        String page = Files.readString(site.resolve("qd-4086").resolve("index.html"));
        assertFalse(page.contains("http-equiv=\"refresh\""), "the plan's own page");
        assertTrue(page.contains("href=\"" + PDF + "\""), page);
        assertTrue(Files.readString(site.resolve("quyet-dinh-4086").resolve("index.html"))
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=../qd-4086/\" />"));
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-4086/"));
        assertFalse(Files.readString(site.resolve("index.html")).contains("quyet-dinh-4086/"));
    }

    /**
     * The old folder {@code from} as a build leaves it: a page leading to {@code to} and, of the files it {@code
     * published}, a copy of each {@code to} holds; the PDF the signed file.
     */
    private void assertOldAddress(String from, String to, List<String> published, byte[] signed) throws Exception {
        Path old = site.resolve(from);
        String page = Files.readString(old.resolve("index.html"));
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../" + to + "/\" />"), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"../" + to + "/\" />"), page);
        assertTrue(page.matches("(?s).*<a href=\"\\.\\./" + to + "/\">[^<]* 4086/QĐ-UBND: [^<]+</a>.*"), page);
        assertEquals(published, names(old), "every address the folder published, and no other");
        for (String name : published) {
            if (!name.equals("index.html")) {
                assertArrayEquals(Files.readAllBytes(site.resolve(to).resolve(name)), Files.readAllBytes(old.resolve(name)),
                        name + " is a copy of the plan's file");
            }
        }
        assertArrayEquals(signed, Files.readAllBytes(old.resolve(PDF)), "the signed file at the old address");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A plan with errors that the site never showed: named, not left out in silence. */
    @Test
    void aNewPlanWithErrorsIsNamedAsNotPublished() throws Exception {
        Path other = Files.createDirectories(content.resolve("qd-5000"));
        Files.writeString(other.resolve("plan.yaml"), SeparateAppendicesTest.YAML.replace("number: 4086", "number: 5000")
                .replace("{ref:pl-he-thong}", "{ref:pl-khong-co}"));
        Cli.Result built = build();
        assertEquals(1, built.exit(), built.errText());
        assertTrue(built.err().contains("lưu ý: văn bản qd-5000 có lỗi nên chưa được đăng"), built.errText());
        assertFalse(built.errText().contains("lưu ý: văn bản qd-4086"), built.errText());

        Cli.Result english = build("--lang", "en");
        assertTrue(english.err().contains("note: plan qd-5000 has errors and was not published"), english.errText());
    }

    private byte[] buildAndSign() throws Exception {
        Cli.Result first = build();
        assertEquals(0, first.exit(), first.errText());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        Cli.Result signed = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(0, signed.exit(), signed.errText());
        return Files.readAllBytes(pdf);
    }

    private Cli.Result build(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<Path> archive() throws Exception {
        Path folder = site.resolve("luu-ban-da-ky");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static int signatures(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        }
    }

    /**
     * s24 re-read M2: a plan renamed since it was signed, taken off the site and published again, got its signed file
     * back only when its folder had its signing name: the put-back now compares as KeptSigned does.
     */
    @Test
    void aRenamedPlanTakenOffAndPublishedAgainGetsItsSignedFileBack() throws Exception {
        byte[] signed = buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        Path away = dir.resolve("away");
        Files.move(content.resolve("quyet-dinh-4086"), away);
        Files.writeString(Files.createDirectories(content.resolve("qd-5000")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML.replace("number: 4086", "number: 5000"));
        assertEquals(0, build("--replace-signed", "--unpublish").exit());
        Files.move(away, content.resolve("quyet-dinh-4086"));
        Cli.Result back = build();
        assertEquals(0, back.exit(), back.errText());
        assertArrayEquals(signed, Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF)),
                "the signed file is back in the renamed folder");
    }

    /**
     * s24 re-read H2: a new plan taking the old folder name of a signed plan renamed away stopped at the signed copy kept
     * there ("no longer written"), and --replace-signed archived that copy under the new plan. It takes the folder.
     */
    @Test
    void aNewPlanTakesTheOldFolderOfASignedRenamedPlan() throws Exception {
        byte[] signed = buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        Files.writeString(Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML.replace("number: 4086", "number: 5000"));
        Cli.Result taken = build();
        assertEquals(0, taken.exit(), taken.errText());
        assertTrue(Files.readString(site.resolve("qd-4086").resolve("index.html")).contains("5000"), "the new plan's page");
        assertArrayEquals(signed, Files.readAllBytes(site.resolve("quyet-dinh-4086").resolve(PDF)));
        assertEquals(List.of(), archive(), "nothing archived: the copy was not the new plan's");
    }

    /** s24 re-read L1: a plan renamed since signing, then edited: the error names the file edited, once, where it is now. */
    @Test
    void aRenamedPlanEditedAfterSigningNamesTheEditedFileOnce() throws Exception {
        buildAndSign();
        Files.move(content.resolve("qd-4086"), content.resolve("quyet-dinh-4086"));
        assertEquals(0, build().exit());
        Path yaml = content.resolve("quyet-dinh-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa sau khi ký."));
        Cli.Result changed = build();
        assertEquals(1, changed.exit(), changed.errText());
        assertTrue(changed.errText().contains("(tệp khác bản đã ký: quyet-dinh-4086/plan.yaml)"), changed.errText());
    }
}

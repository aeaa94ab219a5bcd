package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s37: every issued PDF carries the files the site's documents share (agencies.yaml, province.yaml). An edit of one
 * that changes nothing a document prints (an agency added) replaced every issued, published PDF, silently, with no
 * copy kept: the issued documents' embedded sources changed under their numbers. Now their PDFs and the sources they
 * carry stand, one note names them with the command that re-issues each; an edit that changes what a document prints
 * still stops the build, as an edit of its own sources does. And a signed document holding back such an edit: its
 * page says it is signed, and the build after signing settles at once.
 */
class SharedSourceFreezeTest {
    private static final Path PROVINCE = ErrorCasesTest.ERRORS.resolve("province-url");
    /** An agency no document names. */
    private static final String ADDED = "  - { id: so-thu-nghiem, name: Sở Thử nghiệm }\n";
    private static final String NOTE = "văn bản đã ban hành và đã đăng mang trong tệp PDF một tệp nguồn dùng chung";

    @TempDir
    Path dir;

    @Test
    void anAgencyAddedKeepsEveryIssuedPdfAndSaysSoOnce() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path agencies = content.resolve("agencies.yaml");
        String issuedAgencies = Files.readString(agencies);
        Path first = site.resolve("kh-215").resolve("215-KH-STTTT.pdf");
        Path second = site.resolve("kh-216").resolve("216-KH-STTTT.pdf");
        byte[] issuedFirst = Files.readAllBytes(first);
        byte[] issuedSecond = Files.readAllBytes(second);
        assertEquals(issuedAgencies, IssuedFreezeBuildTest.carried(issuedFirst, "agencies.yaml"));

        Files.writeString(agencies, issuedAgencies + ADDED);
        Cli.Result added = build(content, site);
        assertEquals(0, added.exit(), added.errText());
        assertArrayEquals(issuedFirst, Files.readAllBytes(first), "the issued PDF stays as published");
        assertArrayEquals(issuedSecond, Files.readAllBytes(second), "the issued PDF stays as published");
        assertEquals(issuedAgencies, IssuedFreezeBuildTest.carried(Files.readAllBytes(first), "agencies.yaml"));
        Path record = dir.resolve(".plandoc").resolve("site").resolve("published").resolve("kh-215")
                .resolve("agencies.yaml");
        assertEquals(issuedAgencies, Files.readString(record), "the record keeps the sources the PDF carries");
        assertFalse(Files.exists(site.resolve("ban-da-thay-the")), "nothing re-issued");
        // One note for both, at the agency added, then a command a line.
        String at = agencies + ":" + (issuedAgencies.lines().count() + 1) + ":1";
        int note = indexOf(added.err(), NOTE);
        assertTrue(note >= 0, added.errText());
        assertEquals(1, added.err().stream().filter(l -> l.contains(NOTE)).count(), added.errText());
        assertTrue(added.err().get(note).startsWith("lưu ý: 2 " + NOTE + " đã sửa sau khi đăng mà văn bản in ra không "
                + "đổi gì: 215/KH-STTTT (" + at + "), 216/KH-STTTT (" + at + "). Bản sửa không được đăng vào các văn bản "
                + "này: trang giữ nguyên các tệp PDF đã đăng"), added.err().get(note));
        assertEquals("  ./plandoc build --reissue " + content.resolve("kh-215") + " --out " + site, added.err().get(note + 1));
        assertEquals("  ./plandoc build --reissue " + content.resolve("kh-216") + " --out " + site, added.err().get(note + 2));
        // The page stays a page of the PDF as published: it offers it, with its size.
        assertTrue(Jsoup.parse(site.resolve("kh-215").resolve("index.html").toFile(), "UTF-8")
                .select("a[href=215-KH-STTTT.pdf]").size() > 0);

        // Said once; the next build keeps both as they are, without rendering them.
        Cli.Result again = build(content, site);
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.err().stream().noneMatch(l -> l.contains(NOTE)), again.errText());
        assertTrue(again.out().stream().anyMatch(l -> l.contains("(vẽ lại 0, giữ nguyên 2)")),
                String.join("\n", again.out()));
        assertArrayEquals(issuedFirst, Files.readAllBytes(first));

        // Its folder's --reissue publishes the edit in that document alone, the issued PDF kept in ban-da-thay-the/.
        Cli.Result reissued = Cli.run("build", "--reissue", content.resolve("kh-215").toString(), "--out",
                site.toString(), "-j", "1");
        assertEquals(0, reissued.exit(), reissued.errText());
        assertEquals(issuedAgencies + ADDED, IssuedFreezeBuildTest.carried(Files.readAllBytes(first), "agencies.yaml"));
        try (var files = Files.list(site.resolve("ban-da-thay-the").resolve("kh-215"))) {
            List<Path> kept = files.toList();
            assertEquals(1, kept.size(), kept.toString());
            assertArrayEquals(issuedFirst, Files.readAllBytes(kept.get(0)));
        }
        assertArrayEquals(issuedSecond, Files.readAllBytes(second), "the other stays as issued");
    }

    /** An edit of a shared file that changes what a document prints (an agency's name) is refused, as its own is. */
    /**
     * A document holding back an edit of agencies.yaml whose own plan.yaml is then edited (a comment): its note is its
     * own, at its plan.yaml, not the shared files' note naming plan.yaml as the shared file (s37 new-user review M1).
     */
    @Test
    void anOwnEditBesideAHeldSharedEditIsSaidAsTheDocumentsOwn() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path agencies = content.resolve("agencies.yaml");
        Files.writeString(agencies, Files.readString(agencies) + ADDED);
        Cli.Result shared = build(content, site);
        assertEquals(1, shared.err().stream().filter(l -> l.contains(NOTE)).count(), shared.errText());
        Path plan = content.resolve("kh-215").resolve("plan.yaml");
        byte[] pdf = Files.readAllBytes(site.resolve("kh-215").resolve("215-KH-STTTT.pdf"));
        Files.writeString(plan, "# ghi chú của người soạn\n" + Files.readString(plan));

        Cli.Result own = build(content, site);
        assertEquals(0, own.exit(), own.errText());
        assertEquals(0, own.err().stream().filter(l -> l.contains(NOTE)).count(), own.errText());
        List<String> notes = own.err().stream().filter(l -> l.contains("nguồn của nó đã sửa sau khi đăng")).toList();
        assertEquals(1, notes.size(), own.errText());
        assertTrue(notes.get(0).startsWith(plan + ":1:") && notes.get(0).contains("tệp khác bản đã đăng: plan.yaml, agencies.yaml"), notes.get(0));
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("kh-215").resolve("215-KH-STTTT.pdf")));
    }

    @Test
    void aSharedEditThatChangesThePrintStops() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("kh-215").resolve("215-KH-STTTT.pdf");
        byte[] issued = Files.readAllBytes(pdf);
        Path agencies = content.resolve("agencies.yaml");
        String renamed = Files.readString(agencies).replace("{ id: so-noi-vu, name: Sở Nội vụ, short: [SNV] }",
                "{ id: so-noi-vu, name: Sở Nội vụ tỉnh Quảng Nam, short: [SNV, Sở Nội vụ] }");
        assertFalse(renamed.equals(Files.readString(agencies)));
        Files.writeString(agencies, renamed);
        Cli.Result stopped = build(content, site);
        assertEquals(1, stopped.exit(), stopped.errText());
        assertTrue(stopped.err().stream().anyMatch(l -> l.startsWith(agencies + ":") && l.contains(": lỗi: văn bản "
                + "215/KH-STTTT ngày 12/03/2026 đã ban hành và đã đăng trên trang, nhưng nguồn của nó đã sửa sau khi "
                + "đăng (tệp khác bản đã đăng: agencies.yaml")), stopped.errText());
        assertTrue(stopped.err().stream().noneMatch(l -> l.contains(NOTE)), stopped.errText());
        assertArrayEquals(issued, Files.readAllBytes(pdf));
    }

    /**
     * A province.yaml key no document carries (the site's address) leaves every PDF the same document: published as
     * before, no note, the record taking the new file.
     */
    @Test
    void aProvinceKeyNoDocumentCarriesIsPublished() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path province = content.resolve("province.yaml");
        Files.writeString(province, Files.readString(province) + "url: https://stttt.quangnam.gov.vn/van-ban/\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        assertTrue(built.err().stream().noneMatch(l -> l.contains("văn bản in ra không đổi gì")), built.errText());
        assertEquals(Files.readString(province), Files.readString(dir.resolve(".plandoc").resolve("site")
                .resolve("published").resolve("kh-215").resolve("province.yaml")));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("https://stttt.quangnam.gov.vn/van-ban/kh-215/"));
    }

    /**
     * A signed issued document: an agency added keeps the signed file (it stopped every build, "nguồn … thay đổi sau
     * khi ký"), its page says it is signed.
     */
    @Test
    void aSignedPdfStandsAnAgencyAdded() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("kh-215").resolve("215-KH-STTTT.pdf");
        byte[] signed = sign(pdf);
        Path agencies = content.resolve("agencies.yaml");
        Files.writeString(agencies, Files.readString(agencies) + ADDED);
        Cli.Result added = build(content, site);
        assertEquals(0, added.exit(), added.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed PDF stays as signed");
        assertTrue(signedOnPage(site.resolve("kh-215")), "its page says it is signed");
        Cli.Result again = build(content, site);
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.out().stream().anyMatch(l -> l.contains("(vẽ lại 0, giữ nguyên 2)")),
                String.join("\n", again.out()));
    }

    /**
     * s36's limits: a signed document whose own edit changes nothing printed is held back; its page did not say it is
     * signed, and the builds after signing rendered it again before they settled. Now the page says it, and the build
     * after the first settles.
     */
    @Test
    void aSignedDocumentHoldingBackAnEditSaysItIsSignedAndSettles() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("kh-215").resolve("215-KH-STTTT.pdf");
        byte[] signed = sign(pdf);
        Path plan = content.resolve("kh-215").resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("# A short plan of another province",
                "# Checked again. A short plan of another province"));
        Cli.Result held = build(content, site);
        assertEquals(0, held.exit(), held.errText());
        assertTrue(held.err().stream().anyMatch(l -> l.startsWith(plan + ":1:") && l.contains("văn bản in ra không đổi "
                + "gì")), held.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertTrue(signedOnPage(site.resolve("kh-215")), "its page says it is signed");
        Cli.Result settled = build(content, site);
        assertEquals(0, settled.exit(), settled.errText());
        assertTrue(settled.out().stream().anyMatch(l -> l.contains("(vẽ lại 0, giữ nguyên 2)")),
                String.join("\n", settled.out()));
        assertTrue(settled.err().stream().noneMatch(l -> l.contains("văn bản in ra không đổi gì")), settled.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertTrue(signedOnPage(site.resolve("kh-215")));
    }

    /** {@code build --merge} keeps a shard's version carrying the edited shared file out, as a build does. */
    @Test
    void aMergeKeepsTheIssuedPdfsAnAgencyAdded() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("kh-215").resolve("215-KH-STTTT.pdf");
        byte[] issued = Files.readAllBytes(pdf);
        Path agencies = content.resolve("agencies.yaml");
        Files.writeString(agencies, Files.readString(agencies) + ADDED);
        Path shard = dir.resolve("shard");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", shard.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        Cli.Result merged = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--merge",
                shard.toString());
        assertEquals(0, merged.exit(), merged.errText());
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued PDF stays as published");
        assertEquals(1, merged.err().stream().filter(l -> l.startsWith("lưu ý: 2 " + NOTE)).count(), merged.errText());
        Cli.Result after = build(content, site);
        assertEquals(0, after.exit(), after.errText());
        assertTrue(after.err().stream().noneMatch(l -> l.contains(NOTE)), after.errText());
        assertArrayEquals(issued, Files.readAllBytes(pdf));
    }

    /** Two issued plans of one province sharing its agencies.yaml and province.yaml. */
    private Path content() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.copy(PROVINCE.resolve("agencies.yaml"), content.resolve("agencies.yaml"));
        Files.writeString(content.resolve("province.yaml"),
                "portal: Cổng thông tin điện tử tỉnh Quảng Nam\nprovince: Quảng Nam\n");
        String plan = Files.readString(PROVINCE.resolve("ke-hoach-mot").resolve("plan.yaml"));
        Files.writeString(Files.createDirectories(content.resolve("kh-215")).resolve("plan.yaml"), plan);
        Files.writeString(Files.createDirectories(content.resolve("kh-216")).resolve("plan.yaml"),
                plan.replace("number: 215", "number: 216"));
        return content;
    }

    /** Signs {@code pdf} in place with a throw-away key: the signed bytes. */
    private byte[] sign(Path pdf) throws Exception {
        Path keystore = SignCommandTest.keystore(dir, "thu-ky", "Trần Thị Bích Hạnh", SignCommandTest.TestCa.create());
        Cli.Result sign = Cli.sign("mat-khau-thu", pdf.toString(), "--keystore", keystore.toString());
        assertEquals(0, sign.exit(), sign.errText());
        return Files.readAllBytes(pdf);
    }

    /** Whether the plan's page says its PDF is signed, and by whom. */
    private static boolean signedOnPage(Path folder) throws Exception {
        String text = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8").text();
        return text.contains("đã ký số") && text.contains("Trần Thị Bích Hạnh");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).contains(part)) {
                return n;
            }
        }
        return -1;
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
    }
}

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
 * s24 review H2: a build from another content folder into the portal's site took every other plan off it, a signed
 * decision among them, at exit 0 (its signed PDF moved to {@code luu-ban-da-ky/}); building the right folder again
 * then published that decision unsigned. Real sequences — build two plans, sign one with the test CA, build another
 * content folder (or merge a shard of it) into the same site — with the site read back: the build stops (exit 1,
 * nothing written) unless told {@code --replace-signed} and, when every plan would go, {@code --unpublish}; a plan
 * published again whose PDF is the archived signed document gets that signed file back.
 */
class UnpublishSignedTest {
    private static final String PASSWORD = "mat-khau-thu";
    private static final String PDF = "4086-QD-UBND.pdf";

    @TempDir
    Path dir;
    private Path content;
    private Path other;
    private Path site;
    private Path pdf;
    private byte[] signed;

    /** The site of {@code content} (4086, signed, and 4087) and a content folder {@code khac} holding only 5000. */
    @BeforeEach
    void signedSite() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML);
        write(content, "qd-4087", SeparateAppendicesTest.YAML.replace("number: 4086", "number: 4087"));
        other = Files.createDirectories(dir.resolve("khac"));
        write(other, "qd-5000", SeparateAppendicesTest.YAML.replace("number: 4086", "number: 5000"));
        site = dir.resolve("site");
        Cli.Result first = build(content);
        assertEquals(0, first.exit(), first.errText());
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", ca);
        pdf = site.resolve("qd-4086").resolve(PDF);
        Cli.Result sign = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(0, sign.exit(), sign.errText());
        signed = Files.readAllBytes(pdf);
    }

    @Test
    void aBuildOfAnotherContentFolderStopsUntilToldAndTheSignedFileComesBackWithItsPlan() throws Exception {
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        Cli.Result wrong = build(other);
        assertEquals(1, wrong.exit(), wrong.errText());
        assertTrue(wrong.errText().contains(pdf + ": lỗi: văn bản qd-4086 có tệp PDF đã ký số (" + PDF + ")")
                && wrong.errText().contains("(" + other + ")") && wrong.errText().contains("--replace-signed"),
                "the signed file, its plan, the folder read and the way out: " + wrong.errText());
        assertTrue(wrong.errText().contains("gỡ khỏi trang " + site + " cả 2 văn bản trang đang đăng (qd-4086, qd-4087)")
                && wrong.errText().contains("--unpublish"), "every plan would go: said, with its confirmation: "
                + wrong.errText());
        assertUntouched(index);
        // s24 tryout L3: "[1/1] Đã tạo qd-5000", then "Đã tạo 0/1 văn bản trong site": the plan was rendered, and
        // nothing was written to the site.
        assertTrue(wrong.out().stream().anyMatch(l -> l.startsWith("[1/1] Đã dựng qd-5000 (")), wrong.outText());
        assertNothingWritten(wrong);

        // Told about the signature only: every plan would still go.
        Cli.Result signedOnly = build(other, "--replace-signed");
        assertEquals(1, signedOnly.exit(), signedOnly.errText());
        assertFalse(signedOnly.errText().contains("có tệp PDF đã ký số"), signedOnly.errText());
        assertTrue(signedOnly.errText().contains("--unpublish"), signedOnly.errText());
        assertUntouched(index);

        // In English too, each with its file or folder.
        Cli.Result english = build(other, "--lang", "en");
        assertEquals(1, english.exit());
        assertTrue(english.errText().contains(pdf + ": error: plan qd-4086 has digitally signed PDFs (" + PDF + ")")
                && english.errText().contains(other + ": error: this build would take off the site " + site
                + " all 2 plans it publishes (qd-4086, qd-4087)"), english.errText());
        assertTrue(english.out().stream().anyMatch(l -> l.startsWith("[1/1] Rendered qd-5000 (")), english.outText());
        assertTrue(last(english).startsWith("Nothing was written to " + site + " because of the errors above: no document "
                + "published or taken off, in "), english.outText());
        assertFalse(english.outText().contains("Built"), english.outText());

        // Confirmed: today's behaviour, the signed file kept in the archive.
        Cli.Result confirmed = build(other, "--replace-signed", "--unpublish");
        assertEquals(0, confirmed.exit(), confirmed.errText());
        assertFalse(Files.exists(site.resolve("qd-4086")));
        assertTrue(Files.isDirectory(site.resolve("qd-5000")));
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)));

        // The right folder again: 4086 is published with its signature, not unsigned (review H2: exit 0, unsigned).
        // It takes qd-5000, all the site now publishes, off: confirmed as well.
        Cli.Result unconfirmed = build(content);
        assertEquals(1, unconfirmed.exit(), unconfirmed.errText());
        // Refused before a plan is rendered, naming both content folders (s32 tryout M6: said after the render).
        assertTrue(unconfirmed.errText().contains("không phải thư mục mà trang " + site + " được build lần trước ("
                + other + "), và lần build này sẽ gỡ khỏi trang văn bản qd-5000"), unconfirmed.errText());
        assertFalse(unconfirmed.out().stream().anyMatch(l -> l.startsWith("[1/")), unconfirmed.outText());
        Cli.Result again = build(content, "--unpublish");
        assertEquals(0, again.exit(), again.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is back in its place");
        assertTrue(again.outText().contains("qd-4086: đã đặt lại tệp PDF đã ký số " + PDF + ", lấy từ "
                + archived.get(0)), again.outText());
        assertFalse(again.outText().contains("Đã lưu tệp đã ký số"), "nothing archived: " + again.outText());
        assertEquals(List.of(), archive(), "taken out of the archive, not left there twice");
        assertSignatures(1);
        assertFalse(Files.exists(site.resolve("qd-5000")));

        Cli.Result next = build(content);
        assertEquals(0, next.exit(), next.errText());
        assertTrue(next.out().get(next.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 2)"), next.outText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
    }

    /** A plan folder deleted from the right content: signed, the build stops; unsigned, it goes at exit 0. */
    @Test
    void aDeletedFolderGoesUnlessItsPlanIsSigned() throws Exception {
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        Path moved = dir.resolve("qd-4086-cu");
        Files.move(content.resolve("qd-4086"), moved);
        write(content, "qd-4088", SeparateAppendicesTest.YAML.replace("number: 4086", "number: 4088"));
        Cli.Result signedGone = build(content);
        assertEquals(1, signedGone.exit(), signedGone.errText());
        assertTrue(signedGone.errText().contains("văn bản qd-4086 có tệp PDF đã ký số"), signedGone.errText());
        assertFalse(signedGone.errText().contains("--unpublish"), "qd-4087 stays, not every plan going: "
                + signedGone.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("qd-4088")), "nothing written");
        // s24 tryout L3: it ended "Đã tạo 0/2 văn bản trong site (vẽ lại 0, giữ nguyên 2)", created none yet kept two.
        assertNothingWritten(signedGone);

        Files.move(moved, content.resolve("qd-4086"));
        deleteTree(content.resolve("qd-4087"));
        Cli.Result unsigned = build(content);
        assertEquals(0, unsigned.exit(), unsigned.errText());
        assertFalse(Files.exists(site.resolve("qd-4087")));
        assertTrue(unsigned.outText().contains("Đã gỡ khỏi trang văn bản qd-4087"), unsigned.outText());
        // Published: the summary counts the plans the site now holds, both rendered (4086 keeping its signed file).
        assertTrue(last(unsigned).startsWith("Đã tạo 2/2 văn bản trong " + site + " (vẽ lại 2, giữ nguyên 0), mất "),
                unsigned.outText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
    }

    /**
     * A signed plan taken off with {@code --replace-signed} and published again: its archived signed file is put back
     * when the new PDF is its document, and stays in the archive when the document changed meanwhile.
     */
    @Test
    void aSignedPlanPublishedAgainGetsItsSignedFileBackWhenItIsTheSameDocument() throws Exception {
        Path moved = dir.resolve("qd-4086-cu");
        Files.move(content.resolve("qd-4086"), moved);
        Cli.Result off = build(content, "--replace-signed");
        assertEquals(0, off.exit(), off.errText());
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());

        Files.move(moved, content.resolve("qd-4086"));
        Path plan = content.resolve("qd-4086").resolve("plan.yaml");
        String yaml = Files.readString(plan);
        Files.writeString(plan, yaml.replace("date: 2012-12-28", "date: 2012-12-29"));
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result changed = build(content, "--reissue");
        assertEquals(0, changed.exit(), changed.errText());
        assertSignatures(0);
        assertEquals(archived, archive(), "another document: the signed file stays archived");
        assertFalse(changed.outText().contains("đã đặt lại"), changed.outText());

        Files.writeString(plan, yaml);
        Cli.Result same = build(content, "--reissue");
        assertEquals(0, same.exit(), same.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is back in its place");
        assertTrue(same.outText().contains("qd-4086: đã đặt lại tệp PDF đã ký số " + PDF), same.outText());
        assertEquals(List.of(), archive());
        // Put back, it is the plan's signed file: the page says so (s24 re-read H1: it stayed unmarked).
        assertTrue(Files.readString(site.resolve("qd-4086").resolve("index.html")).contains("class=\"signed-pdf\""));
    }

    /** {@code build --merge} of shards built from another content folder is held to the same rule. */
    @Test
    void aMergeOfAnotherContentFolderStopsToo() throws Exception {
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        Path shard = dir.resolve("shard-1");
        Cli.Result built = Cli.run("build", "--content", other.toString(), "--out", shard.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        Cli.Result merged = Cli.run("build", "--content", other.toString(), "--out", site.toString(), "--merge",
                shard.toString());
        assertEquals(1, merged.exit(), merged.errText());
        assertTrue(merged.errText().contains("văn bản qd-4086 có tệp PDF đã ký số")
                && merged.errText().contains("(" + shard + ")") && merged.errText().contains("--unpublish"),
                merged.errText());
        assertUntouched(index);
        assertNothingWritten(merged);

        Cli.Result confirmed = Cli.run("build", "--content", other.toString(), "--out", site.toString(), "--merge",
                shard.toString(), "--replace-signed", "--unpublish");
        assertEquals(0, confirmed.exit(), confirmed.errText());
        assertEquals(1, archive().size());
    }

    /**
     * s25: a merge that publishes a plan again put it back unsigned, its signed file left in the archive (only a
     * build put it back). Now it gets its signed file back as in a build, says so, and its page says it is signed.
     */
    @Test
    void aMergePublishingAPlanAgainPutsItsSignedFileBack() throws Exception {
        Path moved = dir.resolve("qd-4086-cu");
        Files.move(content.resolve("qd-4086"), moved);
        Cli.Result off = build(content, "--replace-signed");
        assertEquals(0, off.exit(), off.errText());
        assertEquals(1, archive().size());

        Files.move(moved, content.resolve("qd-4086"));
        Path shard = dir.resolve("shard-1");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", shard.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        Cli.Result merged = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--merge",
                shard.toString());
        assertEquals(0, merged.exit(), merged.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is back in its place");
        assertEquals(List.of(), archive());
        assertTrue(merged.outText().contains("qd-4086: đã đặt lại tệp PDF đã ký số " + PDF), merged.outText());
        assertFalse(merged.outText().contains("Đã lưu tệp đã ký số"), "not said to be archived: " + merged.outText());
        assertTrue(Files.readString(site.resolve("qd-4086").resolve("index.html")).contains("class=\"signed-pdf\""));
        assertTrue(Files.readString(site.resolve("index.html")).contains("Văn bản (PDF, đã ký số)"));
    }

    private void assertUntouched(byte[] index) throws Exception {
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is served as it was");
        assertTrue(Files.isDirectory(site.resolve("qd-4087")), "the other plan is still published");
        assertFalse(Files.exists(site.resolve("qd-5000")), "nothing of the other folder written");
        assertFalse(Files.exists(site.resolve("luu-ban-da-ky")), "nothing archived");
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "the index as it was");
    }

    /** A refused build's last line says nothing was written, and where; no line says a plan was made in it. */
    private void assertNothingWritten(Cli.Result refused) {
        assertTrue(last(refused).startsWith("Không ghi gì vào " + site + ": lần build dừng vì lỗi ở trên, không đăng, "
                + "không gỡ văn bản nào, mất "), refused.outText());
        assertFalse(refused.outText().contains("Đã tạo"), refused.outText());
    }

    private static String last(Cli.Result result) {
        return result.out().get(result.out().size() - 1);
    }

    private void assertSignatures(int count) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(count, document.getSignatureDictionaries().size());
        }
    }

    private Cli.Result build(Path from, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", from.toString(), "--out",
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

    private static void write(Path content, String slug, String yaml) throws Exception {
        Files.writeString(Files.createDirectories(content.resolve(slug)).resolve("plan.yaml"), yaml);
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * s24 re-read H0: the put-back removed the plan's whole archive folder, with the signed file the same
     * {@code --replace-signed} build had just archived there; the build said where it was kept, and it was nowhere.
     */
    @Test
    void aSignedFileReplacedByAnArchivedOnePutBackStaysInTheArchive() throws Exception {
        Path plan = content.resolve("qd-4086").resolve("plan.yaml");
        String yaml = Files.readString(plan);
        Files.writeString(plan, yaml.replace("date: 2012-12-28", "date: 2012-12-29"));
        assertEquals(0, build(content, "--replace-signed").exit());
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        // Another certificate of the printed signer (the sign check wants the holder to be the printed signer).
        Path second = SignCommandTest.keystore(dir, "nguoi-ky-2", "Nguyễn Thiện", ca);
        assertEquals(0, Cli.sign(PASSWORD, pdf.toString(), "--keystore", second.toString()).exit());
        byte[] signedSecond = Files.readAllBytes(pdf);

        Files.writeString(plan, yaml);
        Cli.Result back = build(content, "--replace-signed");
        assertEquals(0, back.exit(), back.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the first signed file is back");
        boolean kept = false;
        for (Path archived : archive()) {
            kept |= java.util.Arrays.equals(signedSecond, Files.readAllBytes(archived));
        }
        assertTrue(kept, "the second signed file is in the archive, as the build says: " + archive());
    }
}

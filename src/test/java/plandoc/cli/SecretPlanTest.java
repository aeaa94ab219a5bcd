package plandoc.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;
import plandoc.serve.PreviewServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document with a secrecy level ({@code document.secrecy}) is a state secret: no build publishes it, and a
 * published plan marked secret since is withdrawn from the site in the build's one transaction — page, files, old
 * file names, index, feed, search data, data package — its signed PDFs moved out of the site. Real builds of the
 * fixture {@code fixtures/secret/ke-hoach-mat}, the site read back file by file.
 */
class SecretPlanTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/secret/ke-hoach-mat/plan.yaml");
    private static final String SECRET = "ke-hoach-mat";
    private static final String ISSUED = "ke-hoach-da-ban-hanh";
    /** Words of the secret plan's title: found in none of the site's files. */
    private static final String TITLE_WORDS = "ĐXQ-27";

    @TempDir
    Path dir;
    private Path content;
    private Path site;

    @BeforeEach
    void content() throws Exception {
        content = dir.resolve("content");
        site = dir.resolve("site");
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());
    }

    @Test
    void aSecretPlanIsNeitherPublishedNorPrintedAsADraftAndCheckNotesIt() throws Exception {
        copyFixture(true);
        Cli.Result build = build();
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().contains("Không đăng " + SECRET + ": văn bản có độ mật \"Tối mật\" (secrecy: trong"
                + " plan.yaml), là bí mật nhà nước nên không bao giờ được đăng lên cổng thông tin"), build.outText());
        assertEquals(1, build.outText().lines().filter(l -> l.contains(SECRET)).count(), "one line: " + build.outText());
        assertTrue(build.outText().contains("Đã tạo 1/2 văn bản"), build.outText());
        assertNotIn(site);
        assertTrue(Files.exists(site.resolve(ISSUED).resolve("01-KH-UBND.pdf")), "the issued plan beside it is published");

        // Nor is it printed into the draft output, which goes to the e-office system.
        Path drafts = dir.resolve("site-draft");
        Cli.Result draft = Cli.run("build", "--draft", "--lang", "en", "--content", content.toString(), "--out",
                drafts.toString(), "-j", "1");
        assertEquals(0, draft.exit(), draft.errText());
        assertTrue(draft.outText().contains("Not published " + SECRET + ": the document is classified \"Tối mật\""),
                draft.outText());
        assertFalse(draft.outText().contains("Not printed " + SECRET), "said once, as secret: " + draft.outText());
        assertNotIn(drafts);

        // check: a note, not an error or a warning.
        Cli.Result check = Cli.run("check", content.toString());
        assertEquals(0, check.exit(), check.errText());
        assertTrue(check.errText().contains(content.resolve(SECRET).resolve("plan.yaml") + ": lưu ý: văn bản có độ mật"
                + " \"Tối mật\" (secrecy:): build không đăng văn bản này lên cổng thông tin"), check.errText());
        assertTrue(check.outText().contains("0 lỗi, 0 cảnh báo"), check.outText());
    }

    /**
     * Published, signed, renumbered (the signed original archived in the site, the old name kept as a copy), signed
     * again, then marked secret: the next build takes every trace out and keeps the signed PDFs beside the site.
     */
    @Test
    void aPublishedPlanMarkedSecretIsWithdrawnWithItsOldNamesAndSignedCopies() throws Exception {
        copyFixture(false);
        assertEquals(0, build().exit());
        Path first = site.resolve(SECRET).resolve("4087-QD-UBND.pdf");
        assertTrue(Files.exists(first), "published while not secret");
        assertTrue(Files.readString(site.resolve("index.html")).contains(TITLE_WORDS));
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Văn A", ca);
        sign(first, person);

        Path plan = content.resolve(SECRET).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("number: 4087", "number: 4088"));
        Cli.Result renumbered = build("--replace-signed");
        assertEquals(0, renumbered.exit(), renumbered.errText());
        Path second = site.resolve(SECRET).resolve("4088-QD-UBND.pdf");
        sign(second, person);
        assertTrue(Files.exists(first), "the old name kept");
        assertTrue(Files.isDirectory(site.resolve("luu-ban-da-ky").resolve(SECRET)), "the first signed copy archived");

        Files.writeString(plan, Files.readString(plan).replace("  urgency: Khẩn\n", "  secrecy: Mật\n  urgency: Khẩn\n"));
        Cli.Result withdrawn = build("--lang", "en");
        assertEquals(0, withdrawn.exit(), withdrawn.errText());
        Path kept = dir.resolve("site-mat");
        assertTrue(withdrawn.outText().contains("Withdrew " + SECRET + " from " + site + ": the document is now"
                + " classified \"Mật\" (secrecy: in plan.yaml), never published on the portal"), withdrawn.outText());
        assertTrue(withdrawn.outText().contains("signed PDFs (if any) moved to " + kept + "; upload " + site
                + " to the portal now"), withdrawn.outText());
        assertEquals(1, withdrawn.outText().lines().filter(l -> l.contains(SECRET)).count(), withdrawn.outText());
        assertFalse(withdrawn.outText().contains("Not published"), withdrawn.outText());
        assertNotIn(site);
        assertTrue(Files.exists(site.resolve(ISSUED).resolve("01-KH-UBND.pdf")), "the issued plan stays");

        // Both signed PDFs are kept, outside the site: the one archived before and the one in the plan's folder.
        List<Path> signed;
        try (Stream<Path> files = Files.walk(kept)) {
            signed = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(2, signed.size(), signed.toString());
        assertTrue(signed.stream().allMatch(p -> p.startsWith(kept.resolve("luu-ban-da-ky").resolve(SECRET))), signed.toString());
        assertTrue(signed.stream().anyMatch(p -> p.getFileName().toString().startsWith("4087-QD-UBND-da-ky-")), signed.toString());
        assertTrue(signed.stream().anyMatch(p -> p.getFileName().toString().startsWith("4088-QD-UBND-da-ky-")), signed.toString());

        // The next build has nothing left to withdraw: it says the plan is not published.
        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.outText().contains("Không đăng " + SECRET), again.outText());
        assertNotIn(site);
    }

    /**
     * s24-guard left it: a plan signed while public, then marked secret (its signed PDF kept beside the site, in
     * site-mat/), then made public again unchanged was published unsigned, its signed file left in site-mat/. The
     * build now puts a copy back in its place, says where from, and the page says the PDF is signed.
     */
    @Test
    void aSignedPlanMadeSecretThenPublicAgainGetsItsSignedFileBack() throws Exception {
        copyFixture(false);
        assertEquals(0, build().exit());
        Path pdf = site.resolve(SECRET).resolve("4087-QD-UBND.pdf");
        sign(pdf, SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Văn A", SignCommandTest.TestCa.create()));
        byte[] signed = Files.readAllBytes(pdf);
        Path plan = content.resolve(SECRET).resolve("plan.yaml");
        String issued = Files.readString(plan);
        Files.writeString(plan, issued.replace("  urgency: Khẩn\n", "  secrecy: Mật\n  urgency: Khẩn\n"));
        Cli.Result withdrawn = build();
        assertEquals(0, withdrawn.exit(), withdrawn.errText());
        assertNotIn(site);
        Path kept;
        try (Stream<Path> files = Files.walk(dir.resolve("site-mat"))) {
            kept = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }

        Files.writeString(plan, issued);
        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertTrue(Files.exists(pdf), "published again");
        assertTrue(java.util.Arrays.equals(signed, Files.readAllBytes(pdf)), "the signed file, byte for byte");
        assertTrue(again.outText().contains(SECRET + ": đã đặt lại tệp PDF đã ký số 4087-QD-UBND.pdf, chép từ " + kept
                + " (văn bản không còn mật; bản mới trùng với văn bản đã ký; bản lưu ở đó vẫn giữ)"), again.outText());
        assertTrue(Files.readString(site.resolve(SECRET).resolve("index.html")).contains("class=\"signed-pdf\""),
                "its page says it is signed");
        assertTrue(Files.readString(site.resolve("index.html")).contains("Văn bản (PDF, đã ký số)"));
        assertTrue(java.util.Arrays.equals(signed, Files.readAllBytes(kept)), "the copy kept beside the site stays");
        assertFalse(Files.exists(site.resolve("luu-ban-da-ky")), "nothing in the site's archive");

        // The next build has nothing to put back: the signed file is the plan's own now.
        Cli.Result third = build();
        assertEquals(0, third.exit(), third.errText());
        assertFalse(third.outText().contains("đã đặt lại"), third.outText());
        assertTrue(java.util.Arrays.equals(signed, Files.readAllBytes(pdf)));
    }

    /**
     * A sharded build is held to the same rule: a signed plan marked secret leaves the site merged from shards, its
     * signed PDF kept beside the site, never in the site's archive that is uploaded with it.
     */
    @Test
    void aSignedPlanMarkedSecretLeavesAMergedSiteItsSignedFileKeptOutsideIt() throws Exception {
        copyFixture(false);
        assertEquals(0, build().exit());
        Path pdf = site.resolve(SECRET).resolve("4087-QD-UBND.pdf");
        sign(pdf, SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Văn A", SignCommandTest.TestCa.create()));
        byte[] signed = Files.readAllBytes(pdf);
        Path plan = content.resolve(SECRET).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("  urgency: Khẩn\n", "  secrecy: Mật\n  urgency: Khẩn\n"));
        Path shard = dir.resolve("shard-1");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", shard.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        Cli.Result merged = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--merge",
                shard.toString());
        assertEquals(0, merged.exit(), merged.errText() + merged.outText());
        assertTrue(merged.outText().contains("Đã gỡ " + SECRET + " khỏi " + site), merged.outText());
        assertTrue(merged.outText().contains("\"Mật\"") && merged.outText().contains(dir.resolve("site-mat").toString()),
                merged.outText());
        assertNotIn(site);
        List<Path> kept;
        try (Stream<Path> files = Files.walk(dir.resolve("site-mat"))) {
            kept = files.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(java.util.Arrays.equals(signed, Files.readAllBytes(kept.get(0))), "the signed file, kept outside");
    }

    /** {@code serve} previews it on the officer's computer, its PDF downloadable for printing; never into the site. */
    @Test
    void serveShowsASecretPlanAndItsPdfLocallyOnly() throws Exception {
        copyFixture(true);
        assertEquals(0, build().exit());
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, Path.of("templates"), site,
                "127.0.0.1", 0, 2, RenderSettings.defaults(), Messages.forLanguage("vi"), log::add))) {
            assertTrue(server.awaitIdle(120_000), "the preview's site lane caught up");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/" + SECRET + "/4087-QD-UBND.pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode(), "the preview's PDF link works for a secret plan");
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            assertNotIn(site);
        }
        assertTrue(log.stream().anyMatch(l -> l.equals(SECRET + " có độ mật \"Tối mật\" (secrecy:): chỉ xem trước trên"
                + " máy này, không ghi vào " + site + "; build không đăng văn bản mật lên cổng.")), log.toString());
        assertNotIn(site);
    }

    /**
     * Marked secret in a plan.yaml that no longer parses: a plan with errors keeps its last published version — but a
     * plan whose text says {@code secrecy:} is withdrawn all the same, and the build fails on the error.
     */
    @Test
    void aPublishedPlanMarkedSecretInAFileWithASyntaxErrorIsWithdrawnAllTheSame() throws Exception {
        copyFixture(false);
        assertEquals(0, build().exit());
        assertTrue(Files.exists(site.resolve(SECRET).resolve("4087-QD-UBND.pdf")));
        Path plan = content.resolve(SECRET).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("  urgency: Khẩn\n", "  secrecy: 'Tuyệt mật'\n  urgency: [\n"));
        Cli.Result build = build();
        assertEquals(1, build.exit(), build.errText());
        assertTrue(build.outText().contains("Đã gỡ " + SECRET + " khỏi " + site + ": văn bản nay có độ mật \"Tuyệt mật\""),
                build.outText());
        assertNotIn(site);
    }

    private void copyFixture(boolean secret) throws Exception {
        String yaml = Files.readString(FIXTURE);
        if (!secret) {
            yaml = yaml.replace("  secrecy: Tối mật\n", "");
        }
        Files.writeString(Files.createDirectories(content.resolve(SECRET)).resolve("plan.yaml"), yaml);
    }

    private Cli.Result build(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void sign(Path pdf, Path keystore) {
        Cli.Result signed = Cli.sign("mat-khau-thu", pdf.toString(), "--keystore", keystore.toString());
        assertEquals(0, signed.exit(), signed.errText());
    }

    /**
     * No file of the output — page, PDF, DOCX, XLSX, index, feed, search data, data package, bookkeeping — is the
     * secret plan's or names it: its slug, number and title words appear nowhere (a PDF's text is compressed, so a
     * PDF is known by its name).
     */
    private static void assertNotIn(Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String relative = out.relativize(file).toString();
            assertFalse(relative.contains(SECRET) || relative.contains("4087") || relative.contains("4088"), relative);
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertFalse(text.contains(SECRET), relative + " names the secret plan");
            assertFalse(text.contains(TITLE_WORDS), relative + " has the secret plan's title");
            if (!relative.endsWith(".pdf")) {
                assertFalse(text.contains("4087/QĐ") || text.contains("4088/QĐ"), relative + " has its number");
            }
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("index.html")));
    }
}

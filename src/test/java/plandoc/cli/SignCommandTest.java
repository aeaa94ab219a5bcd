package plandoc.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code plandoc sign} with a throw-away CA made here with BouncyCastle (nothing committed): the
 * person's then the organisation's PAdES signature, each valid and covering the whole file by
 * poppler's pdfsig; PDF/A-3a and PDF/UA-1 kept; weak keys, wrong passwords, expired certificates,
 * foreign and already signed PDFs refused with the input untouched; one byte edited invalidates.
 */
class SignCommandTest {

    private static final String PASSWORD = "mat-khau-thu";

    @TempDir
    Path temp;

    @Test
    void personThenOrganisationSignaturesAreValidAndCoverTheWholeFile() throws Exception {
        Path pdf = plandocPdf();
        Path person = keystore("nguoi-ky", "Nguyễn Thiện", 2048, Duration.ofDays(365));
        Path organisation = keystore("co-quan", "UBND tỉnh Hà Tĩnh", 3072, Duration.ofDays(365));
        var built = Files.getPosixFilePermissions(pdf);

        Cli.Result first = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(0, first.exit(), first.errText());
        // The time as the build's messages give it (dd/MM/yyyy HH:mm, Việt Nam time), not ISO (s21 tryout 8).
        assertTrue(first.out().get(0).matches("Đã ký số .* lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d giờ Việt Nam\\)\\."), first.out().toString());
        assertFalse(String.join("", first.out()).contains(PASSWORD) || first.errText().contains(PASSWORD));
        // Readable by the web server as the build left it (rsync -a keeps the mode): not createTempFile's 0600.
        assertEquals(built, Files.getPosixFilePermissions(pdf));
        String afterPerson = pdfsig(pdf);
        assertTrue(afterPerson.contains("Signature is Valid.") && afterPerson.contains("Total document signed"), afterPerson);
        Cli.Result second = Cli.sign(PASSWORD, pdf.toString(), "--keystore", organisation.toString(), "--organisation",
                "--lang", "en");
        assertEquals(0, second.exit(), second.errText());
        assertTrue(second.out().get(0).matches("Signed .* \\(the organisation's signature, \\d{4}-\\d\\d-\\d\\d"
                + " \\d\\d:\\d\\d Vietnam time\\)\\."), second.out().toString());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(2, signatures.size());
            assertEquals("Nguyễn Thiện", signatures.get(0).getName());
            assertEquals("UBND tỉnh Hà Tĩnh", signatures.get(1).getName());
            assertEquals("ETSI.CAdES.detached", signatures.get(1).getSubFilter());
            assertEquals(7 * 3600 * 1000, signatures.get(0).getSignDate().getTimeZone().getRawOffset());
        }
        PdfConformance.assertConforms("signed PDF", Files.readAllBytes(pdf));

        String report = pdfsig(pdf);
        assertEquals(2, count(report, "Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);

        // Both signatures are there: no hint to sign with --organisation, which was just done (s37 review L2).
        Cli.Result third = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(1, third.exit());
        assertEquals("lỗi: " + pdf + " đã có 2 chữ ký số, đủ chữ ký của văn bản; không ký thêm; tệp PDF không thay đổi",
                third.errText());

        byte[] edited = Files.readAllBytes(pdf);
        int at = 20_000; // inside the first byte range of both signatures (the page content)
        edited[at] = (byte) (edited[at] ^ 0x01);
        Path tampered = temp.resolve("tampered.pdf");
        Files.write(tampered, edited);
        String broken = pdfsig(tampered);
        assertEquals(0, count(broken, "Signature is Valid."), broken);
    }

    @Test
    void badKeysAndBadFilesAreRefusedAndThePdfIsUntouched() throws Exception {
        Path pdf = plandocPdf();
        byte[] before = Files.readAllBytes(pdf);

        Cli.Result weak = Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", keystore("yeu", "Khóa yếu", 1024, Duration.ofDays(30)).toString());
        assertEquals(1, weak.exit());
        assertEquals("lỗi: khóa RSA 1024 bit quá yếu để ký văn bản điện tử; cần tối thiểu RSA 2048 bit, ECDSA 256 bit; tệp PDF không thay đổi",
                weak.errText());

        Cli.Result expired = Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", keystore("cu", "Hết hạn", 2048, Duration.ofDays(-1)).toString());
        assertEquals(1, expired.exit());
        assertTrue(expired.errText().startsWith("lỗi: chứng thư số của CN=Hết hạn chỉ có hiệu lực từ"), expired.errText());

        Path good = keystore("tot", "Nguyễn Thiện", 2048, Duration.ofDays(30));
        Cli.Result wrong = Cli.runWith(Map.of(SignCommand.PASSWORD_VARIABLE, "sai"), "sign", pdf.toString(),
                "--keystore", good.toString(), "--lang", "en");
        assertEquals(1, wrong.exit());
        assertEquals("error: wrong password for keystore " + good + "; the PDF is unchanged", wrong.errText());

        Cli.Result organisationFirst = Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", good.toString(), "--organisation");
        assertEquals(1, organisationFirst.exit());
        assertTrue(organisationFirst.errText().contains("người có thẩm quyền ký trước"), organisationFirst.errText());

        Path foreign = temp.resolve("khac.pdf");
        try (PDDocument other = new PDDocument()) {
            other.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            other.save(foreign.toFile());
        }
        Cli.Result notOurs = Cli.sign(PASSWORD, foreign.toString(), "--keystore", good.toString());
        assertEquals(1, notOurs.exit());
        assertTrue(notOurs.errText().contains("không phải tệp PDF do plandoc tạo"), notOurs.errText());

        // Not a key store: said in the officer's words, not Java's ("(null)", "rejects tag type 45").
        Path notes = Files.writeString(temp.resolve("ghi-chu.txt"), "không phải tệp khóa");
        Cli.Result text = Cli.sign(PASSWORD, pdf.toString(), "--keystore", notes.toString());
        assertEquals(1, text.exit());
        assertEquals("lỗi: " + notes + " không phải tệp khóa PKCS#12 (.p12, .pfx) hoặc tệp bị hỏng; cần tệp .p12 chứa khóa"
                + " bí mật và chứng thư số của người ký, do nhà cung cấp chữ ký số cấp; tệp PDF không thay đổi", text.errText());
        Path pem = Files.writeString(temp.resolve("chung-thu.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Cli.Result certificate = Cli.sign(PASSWORD, pdf.toString(), "--keystore", pem.toString(), "--lang", "en");
        assertEquals(1, certificate.exit());
        assertTrue(certificate.errText().startsWith("error: " + pem + " is a PEM certificate or key"), certificate.errText());
        assertTrue(certificate.errText().contains("openssl pkcs12 -export"), certificate.errText());

        // A folder (plandoc sign site) is the user's mistake, said as one; it was an internal error (exit 3).
        Cli.Result folder = Cli.sign(PASSWORD, temp.toString(), "--keystore", good.toString());
        assertEquals(1, folder.exit(), folder.errText());
        assertEquals("lỗi: " + temp + " là một thư mục; mỗi lần ký một tệp PDF, ví dụ plandoc sign site/<thư mục văn bản>/"
                + "<số>-<ký hiệu>.pdf --keystore …", folder.errText());

        Cli.Result noPassword = Cli.runWith(Map.of(), "sign", pdf.toString(), "--keystore", good.toString());
        assertEquals(2, noPassword.exit());

        assertArrayEquals(before, Files.readAllBytes(pdf), "every refusal leaves the PDF as it was");
        try (var files = Files.list(pdf.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    @Test
    void theOrganisationDoesNotSignWithThePersonsOwnCertificate() throws Exception {
        Path pdf = plandocPdf();
        Path person = keystore("nguoi-ky", "Nguyễn Thiện", 2048, Duration.ofDays(30));
        assertEquals(0, Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString()).exit());
        byte[] signedOnce = Files.readAllBytes(pdf);

        Cli.Result same = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString(), "--organisation");
        assertEquals(1, same.exit(), same.errText());
        assertEquals("lỗi: chữ ký đã có trong " + pdf + " được ký bằng chính chứng thư số này (Nguyễn Thiện); theo Nghị định"
                + " 30, người có thẩm quyền và cơ quan, tổ chức mỗi bên ký bằng chứng thư số của mình: dùng tệp khóa của cơ"
                + " quan (--keystore) cho --organisation; tệp PDF không thay đổi", same.errText());
        assertArrayEquals(signedOnce, Files.readAllBytes(pdf), "the refusal leaves the signed PDF as it was");

        // Another certificate with the same name is another signer's: only the certificate itself counts.
        Path organisation = keystore("co-quan", "Nguyễn Thiện", 2048, Duration.ofDays(30));
        assertEquals(0, Cli.sign(PASSWORD, pdf.toString(), "--keystore", organisation.toString(), "--organisation").exit());
        try (PDDocument signed = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("Chữ ký số của người có thẩm quyền", "Chữ ký số của cơ quan, tổ chức"),
                    signed.getSignatureDictionaries().stream().map(s -> s.getReason()).toList());
        }
        // A third signature is refused without the hint to sign with --organisation, which was just done (s22 tryout L1).
        Cli.Result third = Cli.sign(PASSWORD, pdf.toString(), "--keystore", organisation.toString(), "--organisation");
        assertEquals(1, third.exit());
        assertEquals("lỗi: " + pdf + " đã có 2 chữ ký số, đủ chữ ký của văn bản; không ký thêm; tệp PDF không thay đổi",
                third.errText());
    }

    @Test
    void aPersonalCertificateOfAnotherPersonThanThePrintedSignerIsRefusedUnlessSaidToDiffer() throws Exception {
        Path pdf = plandocPdf(); // prints the signer "Nguyễn Thiện"
        byte[] before = Files.readAllBytes(pdf);
        Path other = keystore("nguoi-khac", "Nguyen Van A", 2048, Duration.ofDays(30));

        Cli.Result vi = Cli.sign(PASSWORD, pdf.toString(), "--keystore", other.toString());
        assertEquals(1, vi.exit(), vi.errText());
        assertEquals("lỗi: chứng thư số trong tệp khóa là của \"Nguyen Van A\", nhưng " + pdf + " in người ký là"
                + " \"Nguyễn Thiện\"; người có thẩm quyền ký bằng chứng thư số của chính mình: dùng tệp khóa của Nguyễn"
                + " Thiện, hoặc nếu văn bản ghi sai người ký thì sửa name: dưới signature: trong plan.yaml, chạy lại plandoc"
                + " build rồi ký tệp PDF mới; nếu đúng là một người (chứng thư ghi tên khác đi), thêm --signer-differs;"
                + " tệp PDF không thay đổi", vi.errText());
        Cli.Result en = Cli.sign(PASSWORD, pdf.toString(), "--keystore", other.toString(), "--lang", "en");
        assertEquals(1, en.exit(), en.errText());
        assertTrue(en.errText().startsWith("error: the certificate in the keystore belongs to \"Nguyen Van A\", but " + pdf
                + " prints the signer \"Nguyễn Thiện\";"), en.errText());
        assertTrue(en.errText().endsWith("add --signer-differs; the PDF is unchanged"), en.errText());
        assertArrayEquals(before, Files.readAllBytes(pdf), "the refusal leaves the PDF as it was");
        // A near name is another person too: Nguyễn Thiện is not Nguyễn Thiện Nhân's certificate.
        Cli.Result longer = Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", keystore("dai-hon", "Nguyễn Thiện Nhân", 2048, Duration.ofDays(30)).toString());
        assertEquals(1, longer.exit(), longer.errText());
        assertArrayEquals(before, Files.readAllBytes(pdf));

        // The officer who knows the two names are one person says so.
        Cli.Result known = Cli.sign(PASSWORD, pdf.toString(), "--keystore", other.toString(), "--signer-differs");
        assertEquals(0, known.exit(), known.errText());
        try (PDDocument signed = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Nguyen Van A", signed.getSignatureDictionaries().get(0).getName());
        }
    }

    @Test
    void theCertificateMayNameThePrintedSignerInTheCasOwnSpelling() throws Exception {
        Path pdf = plandocPdf(); // prints the signer "Nguyễn Thiện"
        byte[] unsigned = Files.readAllBytes(pdf);
        // Upper-case without diacritics, with an identity number before or after it, decomposed, run together.
        for (String holder : List.of("NGUYEN THIEN", "NGUYỄN THIỆN", "CMND:012345678 - Nguyen  Thien",
                "Nguyễn Thiện (012345678901)", java.text.Normalizer.normalize("Nguyễn Thiện", java.text.Normalizer.Form.NFD),
                "NGUYENTHIEN")) {
            Files.write(pdf, unsigned);
            Cli.Result signed = Cli.sign(PASSWORD, pdf.toString(),
                    "--keystore", keystore("nguoi-ky", holder, 2048, Duration.ofDays(30)).toString());
            assertEquals(0, signed.exit(), holder + ": " + signed.errText());
        }
        // "Đ" has no Unicode decomposition: ICU's Latin-ASCII still reads it as D.
        Path dung = Files.createDirectories(temp.resolve("dung")).resolve("4086-QD-UBND.pdf");
        Files.write(dung, plandocPdf("Đặng Văn Đức"));
        Cli.Result plain = Cli.sign(PASSWORD, dung.toString(),
                "--keystore", keystore("dang", "DANG VAN DUC", 2048, Duration.ofDays(30)).toString());
        assertEquals(0, plain.exit(), plain.errText());
    }

    @Test
    void aWrongAliasNamesTheKeysInTheKeyStoreAndHowToPickOne() throws Exception {
        Path pdf = plandocPdf();
        byte[] before = Files.readAllBytes(pdf);
        Path store = keystore("nguoi-ky", "Nguyễn Thiện", 2048, Duration.ofDays(30));

        Cli.Result vi = Cli.sign(PASSWORD, pdf.toString(), "--keystore", store.toString(), "--alias", "nguoi-ky");
        assertEquals(1, vi.exit(), vi.errText());
        assertEquals("lỗi: tệp khóa " + store + " không có khóa tên \"nguoi-ky\" (--alias); các khóa trong tệp: \"ky-so\"; chọn"
                + " một bằng --alias, ví dụ --alias \"ky-so\", hoặc bỏ --alias để dùng khóa đầu tiên; tệp PDF không thay đổi",
                vi.errText());
        Cli.Result en = Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", store.toString(), "--alias", "nguoi-ky", "--lang", "en");
        assertEquals(1, en.exit(), en.errText());
        assertEquals("error: keystore " + store + " has no key named \"nguoi-ky\" (--alias); the keys in it: \"ky-so\"; pick one"
                + " with --alias, e.g. --alias \"ky-so\", or leave --alias out to use the first key; the PDF is unchanged", en.errText());
        assertArrayEquals(before, Files.readAllBytes(pdf));

        Cli.Result named = Cli.sign(PASSWORD, pdf.toString(), "--keystore", store.toString(), "--alias", "ky-so");
        assertEquals(0, named.exit(), "the alias the message names signs: " + named.errText());
    }

    private Path plandocPdf() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("site"));
        return Files.write(folder.resolve("4086-QD-UBND.pdf"), plandocPdf("Nguyễn Thiện"));
    }

    /** The test decision's PDF, printing {@code signer} under the signature. */
    private byte[] plandocPdf(String signer) throws Exception {
        String yaml = TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + signer);
        assertTrue(yaml.contains("name: " + signer));
        var plan = TestPlans.resolveClean(Files.createDirectories(temp.resolve("content-" + signer.hashCode())), yaml);
        return PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                        RenderSettings.defaults()).render(plan).files().stream()
                .filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
    }

    /** A throw-away CA made for one test: its key and self-signed certificate. */
    record TestCa(KeyPair key, X509Certificate certificate) {
        static final X500Name NAME = new X500Name("CN=plandoc test CA, O=plandoc tests");

        static TestCa create() throws Exception {
            KeyPair ca = rsa(2048);
            Instant now = Instant.now();
            return new TestCa(ca, SignCommandTest.certificate(NAME, NAME, ca.getPublic(), ca.getPrivate(), now.minus(Duration.ofDays(2)),
                    now.plus(Duration.ofDays(400)), true));
        }
    }

    /** A PKCS#12 file holding a key of {@code bits} and a certificate issued by a throw-away CA. */
    private Path keystore(String file, String commonName, int bits, Duration validFor) throws Exception {
        return keystore(file, commonName, bits, validFor, TestCa.create());
    }

    static Path keystore(Path folder, String file, String commonName, TestCa ca) throws Exception {
        return new SignCommandTest().keystoreIn(folder, file, commonName, 2048, Duration.ofDays(30), ca);
    }

    private Path keystore(String file, String commonName, int bits, Duration validFor, TestCa testCa) throws Exception {
        return keystoreIn(temp, file, commonName, bits, validFor, testCa);
    }

    private Path keystoreIn(Path folder, String file, String commonName, int bits, Duration validFor, TestCa testCa)
            throws Exception {
        KeyPair ca = testCa.key();
        X500Name caName = TestCa.NAME;
        Instant now = Instant.now();
        X509Certificate caCert = testCa.certificate();
        KeyPair leaf = rsa(bits);
        Instant end = validFor.isNegative() ? now.plus(validFor) : now.plus(validFor);
        Instant start = validFor.isNegative() ? now.minus(Duration.ofDays(30)) : now.minus(Duration.ofDays(1));
        X509Certificate leafCert = certificate(caName, new X500Name("CN=" + commonName), leaf.getPublic(), ca.getPrivate(),
                start, end, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("ky-so", leaf.getPrivate(), PASSWORD.toCharArray(), new java.security.cert.Certificate[]{leafCert, caCert});
        Path path = folder.resolve(file + ".p12");
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return path;
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name issuer, X500Name subject, java.security.PublicKey key,
                                               PrivateKey issuerKey, Instant from, Instant to, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    static String pdfsig(Path pdf, String... options) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) is installed by .ci/run");
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/pdfsig"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return output;
    }

    /**
     * An NSS database (certutil, Debian libnss3-tools) trusting only {@code ca}, for pdfsig -nssdir; the
     * test is skipped where certutil is absent (.ci/run installs it).
     */
    static Path trustStore(Path folder, TestCa ca) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/certutil")), "certutil (libnss3-tools) is installed by .ci/run");
        Path nss = Files.createDirectories(folder.resolve("nss"));
        Path der = Files.write(folder.resolve("test-ca.der"), ca.certificate().getEncoded());
        run("/usr/bin/certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run("/usr/bin/certutil", "-A", "-d", "sql:" + nss, "-n", "plandoc-test-ca", "-t", "CT,C,C", "-i", der.toString());
        return nss;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    @Test
    void signaturesFromATrustedCaAreValidTrustedAndCoverTheDocument() throws Exception {
        Path pdf = plandocPdf();
        TestCa ca = TestCa.create();
        Path nss = trustStore(temp, ca);
        Cli.Result person = Cli.sign(PASSWORD, pdf.toString(), "--keystore",
                keystore("nguoi-ky", "Nguyễn Thiện", 2048, Duration.ofDays(30), ca).toString());
        assertEquals(0, person.exit(), person.errText());
        Cli.Result organisation = Cli.sign(PASSWORD, pdf.toString(), "--keystore",
                keystore("co-quan", "UBND tỉnh Hà Tĩnh", 2048, Duration.ofDays(30), ca).toString(), "--organisation");
        assertEquals(0, organisation.exit(), organisation.errText());

        String report = pdfsig(pdf, "-nssdir", "sql:" + nss);
        assertEquals(2, count(report, "Signature Validation: Signature is Valid."), report);
        assertEquals(2, count(report, "Certificate Validation: Certificate is Trusted."), report);
        assertFalse(report.contains("issuer isn't trusted") || report.contains("Certificate issuer is unknown"), report);
        assertTrue(report.contains("Total document signed"), report);

        String untrusted = pdfsig(pdf, "-nssdir", "sql:" + trustStore(Files.createDirectories(temp.resolve("other")),
                TestCa.create()));
        assertEquals(0, count(untrusted, "Certificate is Trusted"), "another CA's store does not trust it: " + untrusted);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

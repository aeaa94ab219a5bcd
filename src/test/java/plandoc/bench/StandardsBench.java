package plandoc.bench;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import plandoc.Generator;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.resolved.ResolvedPlan;
import plandoc.sign.PdfSigner;
import plandoc.sign.SigningKey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Warm, in one process: what PDF/A-3a + PDF/UA-1 tagging costs (the bundled decision's PDF printed
 * with and without the standards, same page, same fonts) and what one PAdES signature costs
 * (RSA 2048, a key made here). Rows for {@link Bench} ({@code --only standards}).
 */
final class StandardsBench {

    /** Wall times in ms; {@code taggedCpu}/{@code untaggedCpu}: the rendering thread's CPU time in ms. */
    record Result(List<Long> tagged, List<Long> untagged, List<Long> taggedCpu, List<Long> untaggedCpu,
                  List<Long> signing, int pages) {
    }

    static Result run(Path project, Path work, int runs) throws Exception {
        Path folder = project.resolve("content/ha-tinh-4086-2012");
        ResolvedPlan plan = new Generator(project).resolve(folder).resolved().orElseThrow();
        PlanRenderer pages = PlanRenderer.forTemplates(project.resolve("templates"),
                new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults());
        String page = pages.renderPage(plan);
        String css = Files.readString(project.resolve("templates/assets/pdf.css"), StandardCharsets.UTF_8);
        PdfFonts fonts = PdfFonts.load(project.resolve("templates"));
        PdfRenderer tagged = new PdfRenderer(fonts, css, RenderSettings.defaults());
        PdfRenderer untagged = PdfRenderer.withoutStandardsForBenchmark(fonts, css, RenderSettings.defaults());
        Map<String, Path> images = Map.of();
        byte[] pdf = null;
        for (int warmUp = 0; warmUp < 5; warmUp++) { // both paths compiled by the JIT before timing
            pdf = tagged.render(page, plan, images);
            untagged.render(page, plan, images);
        }
        List<Long> taggedTimes = new ArrayList<>();
        List<Long> untaggedTimes = new ArrayList<>();
        List<Long> taggedCpu = new ArrayList<>();
        List<Long> untaggedCpu = new ArrayList<>();
        // CPU time as well: the machine is often shared, and the other processes' load shows in wall times only.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            untagged.render(page, plan, images);
            untaggedTimes.add((System.nanoTime() - start) / 1_000_000);
            untaggedCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            pdf = tagged.render(page, plan, images);
            taggedTimes.add((System.nanoTime() - start) / 1_000_000);
            taggedCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        SigningKey key = throwAwayKey();
        PdfSigner signer = new PdfSigner();
        Path file = work.resolve("standards/signed.pdf");
        Files.createDirectories(file.getParent());
        List<Long> signing = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            Files.write(file, pdf);
            long start = System.nanoTime();
            signer.sign(file, key, PdfSigner.Role.PERSONAL, ZonedDateTime.now(PdfSigner.VIETNAM));
            if (r > 0) { // the first run warms up BouncyCastle
                signing.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        int pageCount;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pageCount = document.getNumberOfPages();
        }
        return new Result(taggedTimes, untaggedTimes, taggedCpu, untaggedCpu, signing, pageCount);
    }

    private static SigningKey throwAwayKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=plandoc benchmark");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
                name, pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new SigningKey(pair.getPrivate(), List.of(certificate));
    }
}

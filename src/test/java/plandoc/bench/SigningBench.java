package plandoc.bench;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import plandoc.Generator;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
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
 * Issue 12, warm in one process ({@code --only signing}): what the empty signature fields cost in the
 * bundled decision's PDF (printed with and without them, interleaved), signing into them (the person,
 * then the organisation), {@code --separate-appendices} (the whole plan rendered with and without it),
 * and the organisation's signature with its E1 text on a separate appendix file.
 */
final class SigningBench {

    record Result(List<Long> withFields, List<Long> withoutFields, List<Long> personal, List<Long> organisation,
                  List<Long> separate, List<Long> together, int extraFiles, List<Long> stamp) {
    }

    static Result run(Path project, Path work, int runs) throws Exception {
        ResolvedPlan plan = new Generator(project).resolve(project.resolve("content/ha-tinh-4086-2012")).resolved().orElseThrow();
        Path templates = project.resolve("templates");
        PlanRenderer pages = PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults());
        String page = pages.renderPage(plan);
        String css = Files.readString(templates.resolve("assets/pdf.css"), StandardCharsets.UTF_8);
        PdfFonts fonts = PdfFonts.load(templates);
        PdfRenderer fields = new PdfRenderer(fonts, css, RenderSettings.defaults());
        PdfRenderer bare = PdfRenderer.withoutSignatureFieldsForBenchmark(fonts, css, RenderSettings.defaults());
        byte[] pdf = fields.render(page, plan, Map.of());
        bare.render(page, plan, Map.of());
        List<Long> withFields = new ArrayList<>();
        List<Long> withoutFields = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            bare.render(page, plan, Map.of());
            withoutFields.add(millis(start));
            start = System.nanoTime();
            pdf = fields.render(page, plan, Map.of());
            withFields.add(millis(start));
        }

        SigningKey key = throwAwayKey();
        PdfSigner signer = new PdfSigner();
        Path file = Files.createDirectories(work.resolve("signing")).resolve("signed.pdf");
        List<Long> personal = new ArrayList<>();
        List<Long> organisation = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            Files.write(file, pdf);
            long start = System.nanoTime();
            // The benchmark's certificate is no printed signer's: its name is not what is measured.
            signer.sign(file, key, PdfSigner.Role.PERSONAL, PdfSigner.SignerCheck.KNOWN_TO_DIFFER,
                    ZonedDateTime.now(PdfSigner.VIETNAM));
            long first = millis(start);
            start = System.nanoTime();
            signer.sign(file, key, PdfSigner.Role.ORGANISATION, ZonedDateTime.now(PdfSigner.VIETNAM));
            if (r > 0) { // the first run warms up BouncyCastle
                personal.add(first);
                organisation.add(millis(start));
            }
        }

        PlanRenderer one = PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults());
        PlanRenderer split = PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(true));
        RenderedPlan rendered = split.render(plan);
        one.render(plan);
        List<Long> together = new ArrayList<>();
        List<Long> separate = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            one.render(plan);
            together.add(millis(start));
            start = System.nanoTime();
            rendered = split.render(plan);
            separate.add(millis(start));
        }
        String stem = plan.info().fileStem();
        List<RenderedPlan.OutputFile> extra = rendered.files().stream()
                .filter(f -> f.name().startsWith(stem + "-") && f.name().endsWith(".pdf")).toList();
        byte[] appendix = extra.get(0).bytes();
        Path appendixFile = work.resolve("signing/appendix.pdf");
        List<Long> stamp = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            Files.write(appendixFile, appendix);
            long start = System.nanoTime();
            signer.sign(appendixFile, key, PdfSigner.Role.ORGANISATION, ZonedDateTime.now(PdfSigner.VIETNAM));
            if (r > 0) {
                stamp.add(millis(start));
            }
        }
        return new Result(withFields, withoutFields, personal, organisation, separate, together, extra.size(), stamp);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
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

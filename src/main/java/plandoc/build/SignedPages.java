package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.compute.SignatureWording;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.PublishedSignatures;
import plandoc.publish.Transaction;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.render.html.PlanLinks;
import plandoc.resolved.DigitalSignature;
import plandoc.resolved.ResolvedPlan;

/**
 * {@code build --merge}: the page and record of a plan whose PDF the site keeps signed, as a build makes them (s24
 * re-read M3). A shard renders without the site, so its page and record say nothing of a signature: the record here
 * gets the signatures read from the signed file, and the page is made again with the mark, from the plan's sources as
 * the shard published them and its folder's history as a build reads it. A plan the site already shows so, under the
 * same key and signatures, keeps its page as it is: nothing is read.
 */
final class SignedPages {
    private static final String PAGE = "index.html";

    private final Renderers renderers;
    /** The plan folders' histories, as a build reads them for their pages. */
    private final Function<List<Path>, Provenance> histories;
    /** A plan folder loaded, checked and computed; empty when it has errors. */
    private final Function<Path, Optional<ResolvedPlan>> resolver;

    SignedPages(Renderers renderers, Function<List<Path>, Provenance> histories,
                Function<Path, Optional<ResolvedPlan>> resolver) {
        this.renderers = renderers;
        this.histories = histories;
        this.resolver = resolver;
    }

    /**
     * The valid signatures of the plan's own PDF (the one its page links as the document) when it is one of the signed
     * files kept ({@code signed}: name → bytes); none otherwise, e.g. for an old name's copy signed in place.
     */
    static List<DigitalSignature> signatures(PlanLinks links, Map<String, byte[]> signed) {
        String pdf = links.pdf().substring(links.pdf().lastIndexOf('/') + 1);
        byte[] bytes = signed.get(pdf);
        return bytes == null ? List.of() : PublishedSignatures.of(bytes);
    }

    /**
     * A plan merged from a shard whose PDF the site keeps signed: its record (the shard's, with the sizes of the
     * signed files), its published sources in the shard's output, the signatures, and the record the site had of
     * it before, if any.
     */
    record Signed(SiteRecord record, Path sources, List<DigitalSignature> signatures, Optional<SiteRecord> before) {
        Signed {
            signatures = List.copyOf(signatures);
        }
    }

    /**
     * Each of {@code plans} by slug: its record with the signatures and the size of its page, the page staged with
     * the mark. A plan whose page cannot be made is left as the shard made it, with a problem in {@code problems}.
     */
    Map<String, SiteRecord> mark(List<Signed> plans, Path outDir, Transaction transaction,
                                 List<RenderProblem> problems) throws IOException {
        Map<String, SiteRecord> marked = new LinkedHashMap<>();
        List<Signed> toMake = new ArrayList<>();
        for (Signed plan : plans) {
            Optional<byte[]> kept = keptPage(plan, outDir);
            if (kept.isPresent()) {
                marked.put(plan.record().slug(), staged(plan, kept.get(), transaction));
            } else {
                toMake.add(plan);
            }
        }
        if (toMake.isEmpty()) {
            return marked;
        }
        Provenance provenance = histories.apply(toMake.stream().map(p -> Path.of(p.record().folder())).toList());
        for (Signed plan : toMake) {
            String slug = plan.record().slug();
            try {
                PlanRenderer renderer = renderers.planRenderer();
                ResolvedPlan resolved = resolver.apply(plan.sources()).orElseThrow(() -> new RenderException(
                        RenderProblem.Kind.INTERNAL, plan.sources().toString(),
                        Message.of("render.unexpected", "published sources do not resolve"), slug, null));
                // Only its page is made, in place of the shard's.
                RenderedPlan page = new RenderedPlan(slug, List.of(new RenderedPlan.OutputFile(PAGE, new byte[0])),
                        List.of(), plan.record().links());
                RenderedPlan withMark = renderer.withSitePage(page, resolved, provenance, java.util.Set.of(),
                        SignatureWording.of(plan.signatures(), renderer.chromeLanguage()),
                        ArchivedVersions.links(plan.record().archived(), renderer.chromeLanguage()), SitePages.sizes(plan.record()));
                marked.put(slug, staged(plan, withMark.file(PAGE).bytes(), transaction));
            } catch (RenderException e) {
                problems.add(e.toProblem());
            }
        }
        return marked;
    }

    /**
     * The site's page of the plan when the site shows this very version signed so already: the same key, the same
     * signatures, the page as recorded.
     */
    private static Optional<byte[]> keptPage(Signed plan, Path outDir) throws IOException {
        if (plan.before().isEmpty() || !plan.before().get().key().equals(plan.record().key())
                || !plan.before().get().summary().signatures().equals(plan.signatures())
                || !plan.before().get().archived().equals(plan.record().archived())) {
            return Optional.empty();
        }
        Path page = outDir.resolve(plan.record().slug()).resolve(PAGE);
        Optional<Long> size = plan.before().get().files().stream().filter(f -> f.name().equals(PAGE))
                .map(BuildCache.OutputFile::size).findFirst();
        return size.isPresent() && Files.isRegularFile(page) && Files.size(page) == size.get()
                ? Optional.of(Files.readAllBytes(page)) : Optional.empty();
    }

    private static SiteRecord staged(Signed plan, byte[] page, Transaction transaction) throws IOException {
        SiteRecord record = plan.record();
        transaction.stageFile(record.slug() + "/" + PAGE, page);
        return KeptSigned.withSizes(record, Map.of(PAGE, page)).withSignatures(plan.signatures());
    }
}

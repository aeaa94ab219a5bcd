package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.build.SiteWideFiles.SitePageFailure;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.SignedFiles;
import plandoc.render.RenderProblem;

/**
 * What a build must be told before it takes plans off the site (s24 review H2: a build from another content folder
 * into the portal's site unpublished every plan, a signed decision among them, at exit 0). A signed PDF is never
 * dropped without {@code --replace-signed}, whether its plan's new version changes it ({@link KeptSigned}) or the plan
 * leaves the site; and a build that would take off every plan the site publishes while publishing none of them —
 * a wrong {@code --content} or {@code --out} far likelier than a portal emptied on purpose — needs {@code --unpublish}.
 * Either stops the whole build: nothing is written. Off for {@code serve}, which writes a preview folder of its own.
 */
final class UnpublishGuard {
    private static final UnpublishGuard OFF = new UnpublishGuard(false, "", Set.of(), true, true, Optional.empty(),
            Map.of());

    private final boolean on;
    /** The folder (or shard outputs) the build read its plans from, as the officer gave it. */
    private final String read;
    /** Every plan of what was read, published or withheld (a draft, a secret plan): not one missing from it. */
    private final Set<String> present;
    private final boolean replaceSigned;
    private final boolean unpublish;
    /** The content folder read, when the build knows it: checked against the site's last one ({@link OtherContent}). */
    private final Optional<ContentRead> content;
    /** The sources read of each plan published now, outside git ({@link PlainVersion}): a merge's, from its shards. */
    private final Map<String, PlainVersion> plain;

    private UnpublishGuard(boolean on, String read, Set<String> present, boolean replaceSigned, boolean unpublish,
                           Optional<ContentRead> content, Map<String, PlainVersion> plain) {
        this.on = on;
        this.read = read;
        this.present = Set.copyOf(present);
        this.replaceSigned = replaceSigned;
        this.unpublish = unpublish;
        this.content = content;
        this.plain = Map.copyOf(plain);
    }

    static UnpublishGuard off() {
        return OFF;
    }

    /** The guard of a build told {@code --replace-signed} and {@code --unpublish} (or not). */
    static UnpublishGuard of(boolean replaceSigned, boolean unpublish) {
        return new UnpublishGuard(true, "", Set.of(), replaceSigned, unpublish, Optional.empty(), Map.of());
    }

    /** This guard for a build that read the plans {@code present} from {@code read}. */
    UnpublishGuard reading(String read, Set<String> present) {
        return on ? new UnpublishGuard(true, read, present, replaceSigned, unpublish, content, plain) : this;
    }

    /**
     * This guard for a merge of shards that read the content folder {@code now}, the sources of their plans laid out in
     * {@code plain} (a build checks the content it read before rendering: {@link SiteBuild#otherContent}).
     */
    UnpublishGuard content(ContentRead now, Map<String, PlainVersion> plain) {
        return on ? new UnpublishGuard(true, read, present, replaceSigned, unpublish, Optional.of(now), plain) : this;
    }

    /**
     * Stops the build before {@link UnpublishedPlans#stage} takes off the plans of {@code cache} not in {@code listed}
     * when one of them has a signed PDF (but a secret plan's, kept outside the site, or one its renamed plan took
     * along), or when they are all the site publishes and none is in what was read nor renamed. Each refusal is a
     * problem; all but the last are added to {@code problems}, the last is thrown. A merge of shards that read other
     * content than the site's last build is refused as a build reading it is ({@link OtherContent}, the versions of
     * {@code records} read with {@code provenance}); a build checks its content before rendering instead.
     */
    void check(Set<String> listed, Set<String> secret, Path outDir, BuildCache cache, RenamedPlans renamed,
               Map<String, List<String>> signedKept, List<RenderProblem> problems, List<SiteRecord> records,
               Provenance provenance) throws IOException, SitePageFailure {
        if (!on) {
            return;
        }
        List<String> leaving = cache.planSlugs().stream().filter(slug -> !listed.contains(slug)).sorted().toList();
        Optional<OtherContent> other = unpublish ? Optional.empty() : content.flatMap(now -> OtherContent.of(now, outDir));
        if (leaving.isEmpty() && other.isEmpty()) {
            return;
        }
        List<RenderProblem> refused = new ArrayList<>();
        if (!replaceSigned) {
            for (String slug : leaving) {
                if (secret.contains(slug)) {
                    continue;
                }
                List<String> signed = new ArrayList<>();
                for (SignedFiles.Signed file : SignedFiles.in(outDir.resolve(slug))) {
                    if (!renamed.carried(slug, file.name(), signedKept)) {
                        signed.add(file.name());
                    }
                }
                if (!signed.isEmpty()) {
                    refused.add(new RenderProblem(RenderProblem.Kind.CONTENT,
                            outDir.resolve(slug).resolve(signed.get(0)).toString(),
                            Message.of(present.contains(slug) ? "publish.unpublish-signed-withheld"
                                    : "publish.unpublish-signed", slug, String.join(", ", signed), read), slug));
                }
            }
        }
        // A renamed plan's old folder is not missing, even when its new folder is withheld (made secret meanwhile).
        Set<String> formerNames = new HashSet<>();
        present.forEach(slug -> renamed.formerSlug(slug).ifPresent(formerNames::add));
        List<String> missing = leaving.stream().filter(s -> !present.contains(s) && !formerNames.contains(s)).toList();
        // The plans the site published before this build (the cache in hand holds those it publishes now too).
        List<String> before = BuildCache.read(outDir).planSlugs();
        boolean all = !unpublish && !missing.isEmpty() && missing.containsAll(before);
        if (all) {
            refused.add(new RenderProblem(RenderProblem.Kind.CONTENT, read, Message.of("publish.unpublish-all",
                    String.valueOf(missing.size()), String.join(", ", missing), outDir), ""));
        }
        Map<String, Optional<plandoc.history.SourceVersion>> versions = new java.util.HashMap<>();
        records.forEach(r -> versions.put(r.slug(), r.version()));
        other.ifPresent(o -> refused.addAll(o.refusals(read, outDir, leaving, missing, all, renamed, present, versions,
                provenance, plain)));
        if (!refused.isEmpty()) {
            problems.addAll(refused.subList(0, refused.size() - 1));
            throw new SitePageFailure(refused.get(refused.size() - 1));
        }
    }
}

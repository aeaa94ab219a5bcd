package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.CheckCache;
import plandoc.build.ShardOutputs;
import plandoc.build.SiteBuild;
import plandoc.build.SiteLock;
import plandoc.build.SeparateAppendices;
import plandoc.build.ToolVersion;
import plandoc.render.RenderProblem;
import plandoc.render.RenderSettings;

/**
 * {@code plandoc build --merge DIR…} (issue 16): joins the outputs of {@code build --shard K/N}, one
 * per CI job, into the site: their plan folders copied, the site pages assembled from their records.
 * A set of folders that is not one whole partition is a usage error (exit 2); a shard output missing
 * a plan's files is a content error (exit 1): that shard must be built again. A signed PDF in the site is
 * treated as a build treats it: kept when the shard's file is the document it signs, else a content error at it
 * (the plan keeps its published version) unless {@code --replace-signed}.
 */
final class ShardMerge {
    private final Console console;
    private final boolean quiet;
    /** {@code --unpublish}: the merge may take off every plan the site publishes. */
    private boolean unpublish;
    /** {@code --reissue}: a shard's edited issued document is re-issued, not refused (s32). */
    private boolean reissue;
    /** The options that chose the site, repeated in the commands a note suggests ({@code SiteBuild#siteOptions}). */
    private String siteOptions = "";

    ShardMerge(Console console, boolean quiet) {
        this.console = console;
        this.quiet = quiet;
    }

    ShardMerge reissue(boolean reissue) {
        this.reissue = reissue;
        return this;
    }

    ShardMerge siteOptions(String siteOptions) {
        this.siteOptions = siteOptions;
        return this;
    }

    ShardMerge unpublish(boolean confirmed) {
        this.unpublish = confirmed;
        return this;
    }

    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    int run(List<Path> dirs, Path content, Path templates, Path out, int jobs, boolean draft, boolean replaceSigned,
            boolean noSeparate) throws IOException {
        long start = System.nanoTime();
        List<ShardOutputs.Output> shards;
        try {
            shards = ShardOutputs.read(dirs);
        } catch (ShardOutputs.Invalid e) {
            console.err().println(console.text("severity.error") + ": "
                    + console.text(e.message().key(), e.message().args().toArray()));
            return ExitCode.USAGE;
        }
        // The shards carry separate appendices when built with them (each shard's output remembers it). A site that
        // publishes them is not merged from shards without them unless asked to stop: its links would break silently.
        boolean shardsSeparate = dirs.stream().allMatch(d -> SeparateAppendices.choose(d, false, false).separate());
        List<String> separateBefore = noSeparate ? SeparateAppendices.published(out) : List.of();
        if (!shardsSeparate && !noSeparate && SeparateAppendices.choose(out, false, false).separate()) {
            console.err().println(console.text("severity.error") + ": " + console.text("build.merge-separate", out));
            return ExitCode.USAGE;
        }
        Optional<SiteLock> lock = SiteLocking.acquire(out, console);
        if (lock.isEmpty()) {
            return ExitCode.CONTENT;
        }
        try (SiteLock held = lock.get()) {
            CheckCache.forget(out);
            SiteBuild build = new SiteBuild(content, templates, out, RenderSettings.fromEnvironment(console.environment())
                    .withSeparateAppendices(shardsSeparate).withProvince(ContentProvince.of(content)).withLanguage(console.messages().locale().getLanguage()),
                    ToolVersion.current(), jobs, draft);
            build.replaceSigned(replaceSigned).unpublish(unpublish).reissue(reissue).siteOptions(siteOptions)
                    .launcher(Launcher.command());
            BuildReport result = build.merge(shards, BuildProgress.SILENT);
            for (RenderProblem p : result.problems()) {
                String severity = p.isDefect() ? "cli.internal-render" : p.isNote() ? "severity.note" : "severity.error";
                console.err().println(p.format(console.messages(), console.text(severity)));
            }
            // A signed PDF the merged version replaces (--replace-signed) is kept in the archive: said as a build says it.
            SignedPutBack.print(console, console.out(), out, result.written().orElse(List.of()),
                    result.written().isPresent() ? build.signedRestored() : java.util.Map.of(), result.versionWords());
            build.setAside().forEach((file, now) -> console.out().println(console.text("build.set-aside",
                    out.resolve(file), now)));
            // The site's old file names kept as copies, as a build keeps them: said as a build says it, even with -q.
            result.namesKept().forEach((slug, names) -> console.out().println(console.text("cli.names-kept", slug,
                    BuildReportPrinter.keptNames(console, names), Launcher.command(), slug)));
            // A draft is never merged into a published site (a shard built with --draft), nor an issued plan into
            // a draft output: said as a build says it.
            // A secret plan (named by its shard) is withdrawn as a build withdraws it, said as a build says it.
            java.util.Map<String, String> secret = new java.util.TreeMap<>();
            shards.forEach(s -> secret.putAll(s.secret()));
            for (String slug : result.withdrawn()) {
                console.out().println(secret.containsKey(slug) ? console.text("build.secret-withdrawn", slug, out,
                        secret.get(slug), plandoc.build.SecretArchive.folder(out))
                        : draft ? console.text("build.issued-withdrawn", slug, out, Launcher.command() + " build")
                        : console.text("build.draft-withdrawn", slug, out, Launcher.command() + " build --draft"));
            }
            List<String> removed = separateBefore.stream().filter(n -> !java.nio.file.Files.exists(out.resolve(n))).toList();
            if (!removed.isEmpty()) {
                console.out().println(console.text("build.separate-removed", out, String.join(", ", removed)));
            }
            if (!quiet) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                // A merge refused or failed wrote nothing: not "merged 0 plans into site" (s24 tryout L3).
                String took = ElapsedTime.format(millis, console.messages());
                console.out().println(result.written().isEmpty() ? console.text("cli.built-nothing", out, took)
                        : console.text("build.merged", shards.size(), result.published().size(), out, took));
            }
            if (result.defect()) {
                return ExitCode.INTERNAL;
            }
            return result.ok() ? ExitCode.OK : ExitCode.CONTENT;
        }
    }
}

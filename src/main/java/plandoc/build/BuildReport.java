package plandoc.build;

import java.util.List;
import plandoc.publish.SitePublisher;
import plandoc.render.RenderProblem;

/**
 * What one build did.
 *
 * @param problems    every render and publish problem, in plan order; one met by several pages (a partial
 *                    template that does not parse, imported by the plan pages and the index) once
 * @param rendered    slugs of the plans rendered and published this time
 * @param unchanged   slugs of the plans whose published files were already up to date
 * @param published   slugs the site index lists
 * @param kept        slugs whose current sources could not be published and whose last published
 *                    version the site still shows
 * @param unpublished slugs taken out of the site (their folder left the content)
 * @param pagesChanged the site pages (paths relative to the site) this build replaced
 * @param recovery    what was left by an interrupted earlier build, and what was done about it
 * @param written     what the build's transaction replaced, added or removed in the site (paths relative
 *                    to the site, folders and files); empty when not known (nothing committed, a merge)
 * @param withdrawn   slugs taken out of the site because they are drafts (their folder is still in the
 *                    content: the plan was turned back into a draft, or a preview by an older plandoc's {@code serve}
 *                    put them there)
 * @param namesKept   per plan whose files were renamed by this build, the old names it keeps as copies of the new
 *                    files (old name → current name, {@code KeptNames}); only names kept for the first time, and
 *                    only when the build was published
 * @param namesDropped per plan, the old names this build no longer keeps ({@code build --drop-old-names}: their copies
 *                    were taken out of the plan's folder; old name → the current name it was a copy of); only when
 *                    the build was published
 * @param signedKept  per plan rendered again, the signed PDFs kept in place of the files it rendered (their signed
 *                    document is the new file, {@code KeptSigned}); only when the build was published
 * @param remade      plans this build did not render whose records an older plandoc wrote, made again from their
 *                    published sources ({@code OlderRecords}): the site pages show their figures as this plandoc
 *                    computes them; only when the build was published
 * @param older       plans the site pages show with the figures an older plandoc computed: their records could not be
 *                    made again (published sources missing, or with errors now); a whole build renders them again
 * @param renderedSame plans rendered again whose files came out byte for byte as published: not written again, and
 *                    counted among {@code unchanged}, not {@code rendered} (their key changed for something their files
 *                    do not print, {@code url:}, or {@code build --clean})
 * @param versionWords the earlier versions the published plans' pages link, by their path from the site root: the words
 *                    each link shows ("Bản ban hành lại, bị thay thế ngày 08/12/2026 (2)"), so the build's line on a
 *                    version it archived quotes the page (s35 review L3)
 */
public record BuildReport(List<RenderProblem> problems, List<String> rendered, List<String> unchanged,
                          List<String> published, List<String> kept, List<String> unpublished,
                          List<String> pagesChanged, SitePublisher.Recovery recovery,
                          java.util.Optional<List<String>> written, List<String> withdrawn,
                          java.util.Map<String, java.util.SortedMap<String, String>> namesKept,
                          java.util.Map<String, java.util.SortedMap<String, String>> namesDropped,
                          java.util.Map<String, List<String>> signedKept, List<String> remade, List<String> older,
                          List<String> renderedSame, java.util.Map<String, String> versionWords) {
    public BuildReport {
        versionWords = java.util.Map.copyOf(versionWords);
        renderedSame = List.copyOf(renderedSame);
        signedKept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signedKept));
        remade = List.copyOf(remade);
        older = List.copyOf(older);
        namesKept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namesKept));
        namesDropped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namesDropped));
        withdrawn = List.copyOf(withdrawn);
        written = written.map(List::copyOf);
        problems = distinct(problems);
        rendered = List.copyOf(rendered);
        unchanged = List.copyOf(unchanged);
        published = List.copyOf(published);
        kept = List.copyOf(kept);
        unpublished = List.copyOf(unpublished);
        pagesChanged = List.copyOf(pagesChanged);
    }

    public BuildReport(List<RenderProblem> problems, List<String> rendered, List<String> unchanged,
                       List<String> published, List<String> kept, List<String> unpublished,
                       List<String> pagesChanged, SitePublisher.Recovery recovery,
                       java.util.Optional<List<String>> written) {
        this(problems, rendered, unchanged, published, kept, unpublished, pagesChanged, recovery, written, List.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), java.util.Map.of());
    }

    public BuildReport(List<RenderProblem> problems, List<String> rendered, List<String> unchanged,
                       List<String> published, List<String> kept, List<String> unpublished,
                       List<String> pagesChanged, SitePublisher.Recovery recovery) {
        this(problems, rendered, unchanged, published, kept, unpublished, pagesChanged, recovery,
                java.util.Optional.empty());
    }

    /** The same report, the {@code drafts} among the plans taken out listed as withdrawn drafts. */
    public BuildReport withdrawing(java.util.Set<String> drafts) {
        return new BuildReport(problems, rendered, unchanged, published, kept,
                unpublished.stream().filter(s -> !drafts.contains(s)).toList(), pagesChanged, recovery, written,
                unpublished.stream().filter(drafts::contains).toList(), namesKept, namesDropped, signedKept, remade, older,
                renderedSame, versionWords);
    }

    /** The problems as printed, each once: the exception behind one is not part of what is printed. */
    private static List<RenderProblem> distinct(List<RenderProblem> problems) {
        java.util.Set<List<Object>> printed = new java.util.HashSet<>();
        return problems.stream().filter(p -> printed.add(List.of(p.kind(), p.location(), p.message(), p.plan())))
                .toList();
    }

    /** Whether nothing went wrong: a note alone (an issued document's edit that prints nothing new) is no failure. */
    public boolean ok() {
        return problems.stream().allMatch(RenderProblem::isNote);
    }

    /** Whether a problem is a fault of plandoc itself (exit 3). */
    public boolean defect() {
        return problems.stream().anyMatch(RenderProblem::isDefect);
    }
}

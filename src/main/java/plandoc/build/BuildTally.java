package plandoc.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import plandoc.publish.SitePublisher;
import plandoc.render.RenderProblem;

/** What a build ({@link SiteUpdate}, {@link SiteMerge}) did, tallied while it runs; its {@link BuildReport} when done. */
final class BuildTally {
    final List<RenderProblem> problems = new ArrayList<>();
    final List<String> rendered = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    final List<String> unpublished = new ArrayList<>();
    final List<String> pages = new ArrayList<>();
    /** Plans whose records were made again from their published sources ({@link OlderRecords}). */
    final List<String> remade = new ArrayList<>();
    /** Plans whose site-page figures come from a record an older plandoc wrote. */
    final List<String> older = new ArrayList<>();
    /** Plans rendered again whose files came out as published (also in {@link #unchanged}). */
    final List<String> renderedSame = new ArrayList<>();
    /** Per plan rendered, the old file names it keeps as copies for the first time (old → current). */
    final Map<String, SortedMap<String, String>> namesKept = new LinkedHashMap<>();
    /** Per plan, the old file names this build dropped ({@code --drop-old-names}; old → current). */
    final Map<String, SortedMap<String, String>> namesDropped = new LinkedHashMap<>();
    /** Per plan rendered, the signed PDFs kept in place of the files it rendered. */
    final Map<String, List<String>> signedKept = new LinkedHashMap<>();
    /** The words each published plan's page links its earlier versions with, by the version's path in the site. */
    final Map<String, String> versionWords = new LinkedHashMap<>();
    SitePublisher.Recovery recovery = SitePublisher.Recovery.CLEAN;
    /** What the committed transaction changed in the site; empty until it committed. */
    java.util.Optional<List<String>> written = java.util.Optional.empty();

    BuildReport build() {
        return new BuildReport(problems, rendered, unchanged, published, kept, unpublished, pages, recovery,
                written, List.of(), written.isPresent() ? namesKept : Map.of(),
                written.isPresent() ? namesDropped : Map.of(), written.isPresent() ? signedKept : Map.of(),
                written.isPresent() ? remade : List.of(), written.isPresent() ? older : List.of(), renderedSame,
                written.isPresent() ? versionWords : Map.of());
    }

    /** The site kept its previous version: this build published and rendered nothing. */
    void nothingPublished() {
        written = java.util.Optional.empty();
        published.clear();
        rendered.clear();
        renderedSame.clear();
        pages.clear();
    }
}

package plandoc.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import plandoc.render.RenderedPlan;
import plandoc.render.edoc.ElectronicRecordXml;
import plandoc.resolved.DocumentInfo;

/**
 * The names a plan's files were published under before, kept as copies of its current files. A published
 * file's name follows the document's number ("5-KH-UBND.pdf"); when that changes ("05-KH-UBND.pdf" since the
 * number below 10 prints with its 0, or a number corrected), links made to the old name — the e-portal's, an
 * e-mail's — would break. So the plan's folder keeps each old name as a byte-for-byte copy of the file that
 * replaced it (a copy, not a link: it survives any upload to a web server), recorded in the plan's
 * {@link SiteRecord} so later builds keep it up to date, while the plan's page, the index, the feed and the data
 * link only the current names. An old name lasts as long as the plan is published; a build into an empty folder
 * has none. The e-document record keeps no old name (it names the number it records).
 */
final class KeptNames {
    /** What plandoc itself names a plan's files: no folder, nothing a web server or a shell reads specially. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private KeptNames() {
    }

    /**
     * Old name → current name, for each file {@code before} published (under its own name or as an old name)
     * that {@code rendered} (the plan {@code now}) no longer writes but whose role one of its files has: the same
     * file under the new number ({@code <old stem><suffix>} → {@code <new stem><suffix>}), or under the name plandoc
     * gives it now ({@link RenderedPlan#formerNames}). None from or to an
     * e-office draft: a draft is never published to the portal, and its "du-thao-…" names must not outlive it.
     */
    static SortedMap<String, String> of(SiteRecord before, DocumentInfo now, RenderedPlan rendered) {
        SortedMap<String, String> kept = new TreeMap<>();
        if (before.info().draft() || now.draft()) {
            return kept;
        }
        Set<String> written = names(rendered);
        Set<String> files = rendered.files().stream().map(RenderedPlan.OutputFile::name).collect(Collectors.toSet());
        String oldStem = before.info().fileStem();
        List<String> published = new ArrayList<>(before.files().stream().map(BuildCache.OutputFile::name).toList());
        published.addAll(before.aliases().keySet());
        for (String name : published) {
            if (written.contains(name) || !PLAIN_NAME.matcher(name).matches()) {
                continue;
            }
            // Where the name led: itself, or for a name kept before, the file it was a copy of.
            String led = before.aliases().getOrDefault(name, name);
            // Not the e-document record: it states its document's number, so a copy under an old number's name
            // is a second record of one document, which an e-office system reading the folder would take in twice.
            if (led.equals(ElectronicRecordXml.fileName(oldStem))) {
                continue;
            }
            String suffix = led.startsWith(oldStem) ? led.substring(oldStem.length()) : "";
            String current = suffix.startsWith(".") || suffix.startsWith("-") ? now.fileStem() + suffix : led;
            // A file plandoc itself names otherwise now ("…-phu-luc-7.pdf" → "…-phu-luc-07.pdf", session 18).
            current = files.contains(current) ? current : rendered.formerNames().getOrDefault(current, current);
            if (files.contains(current)) {
                kept.put(name, current);
            }
        }
        return kept;
    }

    /**
     * Whether {@code before} may have names to keep: only when it published a name that {@code rendered} does
     * not write (then its record is read; otherwise a re-rendered plan costs no read).
     */
    static boolean mayKeep(Optional<BuildCache.PlanEntry> before, RenderedPlan rendered) {
        if (before.isEmpty()) {
            return false;
        }
        Set<String> written = names(rendered);
        return before.get().files().stream().anyMatch(f -> !written.contains(f.name()));
    }

    /** The names of every file {@code rendered} puts in the plan's folder. */
    static Set<String> names(RenderedPlan rendered) {
        Set<String> names = rendered.files().stream().map(RenderedPlan.OutputFile::name).collect(Collectors.toSet());
        rendered.images().forEach(i -> names.add(i.href()));
        return names;
    }

    /** The names of {@code kept} that {@code before} (the plan's last record) did not keep yet: the build says them. */
    static SortedMap<String, String> added(Optional<SiteRecord> before, SortedMap<String, String> kept) {
        SortedMap<String, String> added = new TreeMap<>(kept);
        before.ifPresent(r -> added.keySet().removeAll(r.aliases().keySet()));
        return added;
    }

    /** {@code rendered} with a copy of each kept name's current file under the old name. */
    static RenderedPlan withCopies(RenderedPlan rendered, SortedMap<String, String> kept) {
        if (kept.isEmpty()) {
            return rendered;
        }
        List<RenderedPlan.OutputFile> files = new ArrayList<>(rendered.files());
        kept.forEach((old, current) -> files.add(new RenderedPlan.OutputFile(old, rendered.file(current).bytes())));
        return rendered.withFiles(files);
    }
}

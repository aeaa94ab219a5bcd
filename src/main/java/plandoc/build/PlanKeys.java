package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import plandoc.history.Provenance;
import plandoc.render.html.SourceView;

/**
 * The input keys of plans: what a plan's published files were made from (plandoc, the templates, the render
 * settings, the files beside the plan folders, its commit and history, its folder's files). A plan whose
 * key is the one its published files were made from is not rendered again.
 */
final class PlanKeys {
    private PlanKeys() {
    }

    /**
     * What every plan's key starts from: plandoc itself, the templates, the render settings and the fonts found
     * (templates/fonts, PLANDOC_FONTS, the system's: Times New Roman put in place renders the PDFs again).
     */
    static String baseKey(ToolVersion tool, Renderers renderers) {
        return new Digest().add(tool.fingerprint()).add(renderers.templatesKey())
                .add(renderers.settings().digestText()).add(renderers.facesKey()).hex();
    }

    /**
     * A plan's input key: {@code base}, the files beside the plan folders, the page footer's commit
     * (the plan's own: the last that touched its folder, so a commit to another plan leaves this key as
     * it is) and the plan's history, and the plan folder's files.
     *
     * @param shared the digests of the files beside each content folder, filled as they are met
     */
    static String planKey(String base, Map<Path, String> shared, Provenance provenance, String slug, Path folder)
            throws IOException {
        return planKey(base, shared, provenance, slug, folder, folderDigest(folder));
    }

    /** As above, with the digest of the folder's files ({@link #folderDigest}) already made. */
    static String planKey(String base, Map<Path, String> shared, Provenance provenance, String slug, Path folder,
                          String folderDigest) {
        Path contentDir = folder.toAbsolutePath().normalize().getParent();
        String sharedKey = shared.computeIfAbsent(contentDir, PlanKeys::sharedInputs);
        // The page's footer prints the plan's own commit and history: they are inputs too.
        return new Digest().add(base).add(sharedKey).add(SourceView.of(provenance, slug).digestText())
                .add(folderDigest).hex();
    }

    /**
     * {@code key} of a plan whose page shows its standing ({@link plandoc.resolved.Standing}: replaced by, no longer
     * in force, what it replaces): the other document's number and date are inputs of its page, so a change to them
     * renders it again. A plan in force and replacing none keeps its key as it was.
     */
    static String withStanding(String key, plandoc.resolved.Standing standing) {
        return standing.isEmpty() ? key : new Digest().add(key).add(standing.digestText()).hex();
    }

    /**
     * {@code key} of a plan whose page lists other documents ({@code related}: what it amends or corrects, what amends
     * or corrects it): their numbers and dates are inputs of its page, so a change to them renders it again. A plan
     * linked to none keeps its key as it was.
     */
    static String withRelated(String key, plandoc.resolved.Related related) {
        return related.isEmpty() ? key : new Digest().add(key).add(related.digestText()).hex();
    }

    /**
     * {@code key} with the other documents a plan's page names: its standing, then its related documents, then those
     * its prose cites and links ({@code cited}: their folders are inputs of its files, so a document published or moved
     * later makes them again; a plan citing none keeps its key as it was).
     */
    static String withOtherDocuments(String key, plandoc.resolved.DocumentInfo info) {
        String named = withRelated(withStanding(key, info.standing()), info.related());
        return info.cited().isEmpty() ? named : new Digest().add(named).add(info.cited().digestText()).hex();
    }

    /** The digest of every file in a plan folder (the same {@link CheckCache} keys a plan by). */
    static String folderDigest(Path folder) throws IOException {
        return new Digest().addTree(folder).hex();
    }

    /**
     * Files beside the plan folders (the agency register, content/agencies.yaml) feed every plan's
     * check and pages, so they are part of every plan's key.
     */
    private static String sharedInputs(Path contentDir) {
        Digest digest = new Digest();
        try {
            for (Path file : besideFiles(contentDir)) {
                digest.add(file.getFileName().toString()).addFile(file);
            }
        } catch (IOException e) {
            digest.add("unreadable " + System.nanoTime()); // never equal to a published key: render again
        }
        return digest.hex();
    }

    /** The regular files beside a plan folder (the agency register), in name order. */
    static List<Path> besideFiles(Path contentDir) {
        if (contentDir == null || !Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> list = Files.list(contentDir)) {
            return list.filter(Files::isRegularFile).filter(f -> !Digest.isScratch(f)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // then the plan's own check has already said the folder cannot be read
        }
    }
}

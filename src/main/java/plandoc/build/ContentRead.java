package plandoc.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.publish.StateFolder;

/**
 * The content folder a build read, kept beside the site in {@value #FILE} by each build that wrote it: the next build
 * knows whether it reads the same content (s25 tryout M3: a wrong {@code --content} holding an older copy of the same
 * plans published it over the site as a folder "rename", and no line named the folder read).
 *
 * @param folder     the content folder, absolute (the parent of a plan folder built alone)
 * @param shown      the folder as the officer typed it
 * @param repository the git repository holding it, empty outside git
 * @param commit     that repository's HEAD, empty outside git
 */
record ContentRead(String folder, String shown, Optional<String> repository, Optional<String> commit) {
    static final String FILE = StateFolder.PREFIX + "content.json";

    /** The content folder {@code content} (as given to the build) and the repository's HEAD there. */
    static ContentRead of(Path content) {
        // The folder itself, not the way to it: a checkout reached through a link is the same content (s26 re-read M5).
        Path absolute = real(content);
        Path shown = content;
        if (PlanLoader.isPlanFolder(content) && absolute.getParent() != null) {
            absolute = absolute.getParent();
            shown = content.getParent() != null ? content.getParent() : absolute;
        }
        // "<git folder> <id>" or "<work tree> jgit <id>": the repository is all before the id.
        Optional<String> head = new ProvenanceReader().head(absolute).filter(h -> !h.startsWith("unreadable "));
        return new ContentRead(absolute.toString(), shown.toString(),
                head.map(h -> h.substring(0, h.lastIndexOf(' '))), head.map(h -> h.substring(h.lastIndexOf(' ') + 1)));
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /**
     * The commit this record names, read in the checkout {@code here} of the same content on this machine: a merge's
     * shards recorded their runner's checkout, which need not exist where they are merged (CI jobs check out at paths
     * of their own), so their history is asked of {@code here}'s repository. This record as it is when {@code here} is
     * not in git.
     */
    ContentRead inCheckout(ContentRead here) {
        return here.repository.isEmpty() || commit.isEmpty() ? this
                : new ContentRead(here.folder, here.shown, here.repository, commit);
    }

    /** What the last build that wrote {@code out} read; empty before any did (or an older plandoc's site). */
    static Optional<ContentRead> last(Path out) {
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readAllBytes(StateFolder.resolve(out, FILE)));
            return Optional.of(new ContentRead(node.path("folder").asText(), node.path("shown").asText(),
                    text(node, "repository"), text(node, "commit")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /**
     * Whether this is other content than {@code last}: another folder, or the same folder holding another repository.
     * A new commit of the same repository is the same content, edited.
     */
    boolean otherThan(ContentRead last) {
        return !folder.equals(last.folder) || !repository.equals(last.repository);
    }

    /**
     * Whether this content is {@code last} edited on in git: its HEAD is {@code last}'s commit or holds it in its history
     * (a new clone, a CI job's checkout elsewhere, at the same or a later commit). What it then takes off or replaces
     * is the history's doing, not a wrong folder's.
     */
    boolean follows(ContentRead last) {
        if (commit.isEmpty() || last.commit.isEmpty()) {
            return false;
        }
        if (commit.get().equals(last.commit.get())) {
            return true;
        }
        try (plandoc.history.GitRepository repository = plandoc.history.GitRepository.containing(Path.of(folder))
                .orElse(null)) {
            return repository != null && repository.holds(commit.get(), last.commit.get());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether this is another folder beside the one last built, which is still there: a copy of it (the USB stick, an
     * old export). A folder last built that is gone was moved or renamed, with or without its site; this folder takes
     * its place, and its plans are edits (s27 re-read H1: a moved project refused every edit outside git).
     */
    boolean beside(ContentRead last) {
        return !folder.equals(last.folder) && Files.isDirectory(Path.of(last.folder));
    }

    /** How the refusal names the folder last built: with its repository when only that differs. */
    String named(ContentRead read) {
        return folder.equals(read.folder) ? folder + repository.map(r -> " (" + r + ")").orElse("") : folder;
    }

    byte[] bytes() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("folder", folder);
        fields.put("shown", shown);
        repository.ifPresent(r -> fields.put("repository", r));
        commit.ifPresent(c -> fields.put("commit", c));
        try {
            return (new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(fields) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}

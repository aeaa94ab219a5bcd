package plandoc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;

/**
 * Which edit that changes nothing printed a site has told about ({@link IssuedFreeze.KeepPublished}), by plan: the
 * digest of the sources it holds back ({@link IssuedSources#digest}), in {@value #FOLDER}{@code /<slug>}. The note is
 * about the site's published files, so the site remembers it, beside its published sources: a {@code --clean}
 * build, a lost or dropped build cache or a new plandoc (which renders the plan again) finds the same edit held back
 * and says nothing (s36); a further edit is said. Taken away when the plan's sources are published or it leaves the
 * site.
 */
final class UnprintedSaid {
    /** Beside the published sources ({@link SiteUpdate#PUBLISHED}); not a page of the site. */
    static final String FOLDER = StateFolder.PREFIX + "unprinted-said";

    private UnprintedSaid() {
    }

    /** Whether the site in {@code outDir} told about plan {@code slug}'s sources {@code digest} being held back. */
    static boolean said(Path outDir, String slug, String digest) {
        Path file = StateFolder.resolve(outDir, path(slug));
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(digest);
        } catch (IOException e) {
            return false; // unreadable: said again, which tells no untruth
        }
    }

    /** Remembers, with this build's transaction, that plan {@code slug}'s held-back sources {@code digest} were said. */
    static void stageSaid(Transaction transaction, String slug, String digest) throws IOException {
        transaction.stageFile(path(slug), (digest + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets plan {@code slug}'s held-back edit: its sources are published, or it leaves the site. */
    static void stageForgotten(Path outDir, Transaction transaction, String slug) {
        if (Files.exists(StateFolder.resolve(outDir, path(slug)))) {
            transaction.remove(path(slug));
        }
    }

    private static String path(String slug) {
        return FOLDER + "/" + slug;
    }
}

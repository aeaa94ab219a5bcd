package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plandoc.publish.SignedFiles;
import plandoc.publish.Transaction;

/** Taking the plans a build no longer lists out of the site, for {@link SiteUpdate} and {@link SiteMerge}. */
final class UnpublishedPlans {
    private UnpublishedPlans() {
    }

    /**
     * Plans that left the content (or never made it into the site) are taken out of it; their signed PDFs,
     * which a build never deletes, are kept in {@link SignedFiles#ARCHIVE}. A secret plan's are kept outside the
     * site instead, with those archived before: the site's archive is uploaded with it. A signed PDF that moved with
     * its renamed plan ({@link RenamedPlans#carried}) is not archived.
     */
    static boolean stage(Set<String> listed, Set<String> secret, Path outDir, BuildCache cache,
                         Transaction transaction, BuildTally report, RenamedPlans renamed) throws IOException {
        return stage(listed, secret, outDir, cache, transaction, report, renamed, MovedFolders.none(), Map.of());
    }

    /**
     * As above; a renamed plan's old folder that stays as its old address ({@link MovedFolders}) is not removed, and
     * its signed PDFs the plan's build archived under its new name ({@code archivedAtRename}, by the new name) are not
     * archived again.
     */
    static boolean stage(Set<String> listed, Set<String> secret, Path outDir, BuildCache cache, Transaction transaction,
                         BuildTally report, RenamedPlans renamed, MovedFolders moved,
                         Map<String, List<String>> archivedAtRename) throws IOException {
        boolean changed = false;
        for (String slug : cache.planSlugs()) {
            if (!listed.contains(slug)) {
                if (secret.contains(slug)) {
                    SecretArchive.keep(outDir, slug);
                    transaction.remove(SignedFiles.ARCHIVE + "/" + slug);
                }
                for (SignedFiles.Signed file : secret.contains(slug) ? List.<SignedFiles.Signed>of()
                        : SignedFiles.in(outDir.resolve(slug))) {
                    if (renamed.carried(slug, file.name(), report.signedKept)
                            || renamed.carried(slug, file.name(), archivedAtRename)) {
                        continue;
                    }
                    transaction.stageFile(SignedFiles.archivePath(outDir, slug, file), file.bytes());
                }
                if (!moved.keepsFolder(slug)) {
                    transaction.remove(slug);
                    withdrawVersions(slug, outDir, transaction);
                }
                transaction.remove(SiteUpdate.PUBLISHED + "/" + slug);
                UnprintedSaid.stageForgotten(outDir, transaction, slug);
                transaction.remove(SiteRecord.path(slug));
                cache.removePlan(slug);
                report.unpublished.add(slug);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * A withdrawn document's earlier versions ({@link IssuedFreeze#ARCHIVE}, s32) go with it, as an e-portal takes a
     * withdrawn document's archive down with it; the build says so. Its replaced signed PDFs stay in
     * {@link SignedFiles#ARCHIVE}: a signed file cannot be made again, and a build never deletes one. A renamed plan's
     * versions follow it (its new record lists them), so they are kept.
     */
    private static void withdrawVersions(String slug, Path outDir, Transaction transaction) throws IOException {
        if (java.nio.file.Files.isDirectory(outDir.resolve(IssuedFreeze.ARCHIVE).resolve(slug))) {
            transaction.remove(IssuedFreeze.ARCHIVE + "/" + slug);
        }
        // Versions kept in a former folder's archive (renamed by an earlier build) are listed by the record.
        for (ArchivedVersion version : SiteRecords.read(outDir, slug).map(SiteRecord::archived).orElse(List.of())) {
            if (version.why().reissued() && !version.path().startsWith(IssuedFreeze.ARCHIVE + "/" + slug + "/")
                    && java.nio.file.Files.isRegularFile(outDir.resolve(version.path()))) {
                transaction.remove(version.path());
            }
        }
    }
}

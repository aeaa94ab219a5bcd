package plandoc.history;

import org.eclipse.jgit.internal.util.CleanupService;

/**
 * Gives JGit the cleanup service it makes when it runs as an OSGi bundle, before any repository is
 * opened (issue 17). Outside OSGi, JGit's first {@code FileSnapshot} registers its exit cleanup as a
 * JVM shutdown hook and, to do so, first loads all of JGitText's ~1,000 messages by reflection: about
 * 35 ms of CPU on the git thread of every build, for messages a successful read never prints. The
 * OSGi service keeps the cleanup and runs it only when its bundle stops, which plandoc never does;
 * nothing is lost, because plandoc only reads repositories (no lock file to remove) and JGit's one
 * other listener stops a thread that already ends on its own (its file-store timestamp writer).
 *
 * <p>{@code CleanupService} is JGit's internal class and its public constructor is meant for OSGi:
 * when a JGit upgrade removes or changes it, JGit simply registers its hook as before.
 */
final class CleanupWithoutHook {
    /** Static because JGit's cleanup service is itself process-wide: one per JVM, whoever opens a repository. */
    private static boolean installed;

    private CleanupWithoutHook() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            new CleanupService(); // registers itself as JGit's instance
        } catch (LinkageError | RuntimeException e) {
            // JGit changed: its own default (a shutdown hook) stays
        }
    }
}

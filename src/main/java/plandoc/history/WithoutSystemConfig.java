package plandoc.history;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from running {@code git config --system} to find the system-wide configuration: plandoc
 * must not depend on a git binary (and must not start one). The repository's own and the user's
 * configuration files are still read, as git reads them. JGit offers this only as a process-wide
 * setting, hence the one global installation.
 */
final class WithoutSystemConfig extends SystemReader.Delegate {
    private WithoutSystemConfig(SystemReader delegate) {
        super(delegate);
    }

    static synchronized void install() {
        SystemReader current = SystemReader.getInstance();
        if (!(current instanceof WithoutSystemConfig)) {
            SystemReader.setInstance(new WithoutSystemConfig(current));
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        // What JGit itself returns when GIT_CONFIG_NOSYSTEM is set: an empty configuration.
        return new FileBasedConfig(parent, null, fs) {
            @Override
            public void load() {
                // nothing to load
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}

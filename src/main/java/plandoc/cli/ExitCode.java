package plandoc.cli;

/** Process exit codes, as scripts and CI rely on them. */
final class ExitCode {
    static final int OK = 0;
    /** The content (or a template) has problems; the messages say which. */
    static final int CONTENT = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;
    /** A fault in plandoc itself, not in the user's files. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}

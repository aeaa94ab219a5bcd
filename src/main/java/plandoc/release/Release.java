package plandoc.release;

/**
 * The program's name and release, as {@code --version}, the build cache's identity and the Word copy's
 * properties print them. Its own package, depending on nothing, so that every stage may name the release
 * without reaching up to {@code build} (it did, from render: a package cycle).
 */
public final class Release {
    public static final String VERSION = "0.1.0";
    /** "plandoc 0.1.0": the program that wrote a file (the Word copy's Application). */
    public static final String APPLICATION = "plandoc " + VERSION;
    /** Written by the Maven build (pom.xml, "release-build"): the commit the code was built from. */
    public static final String RESOURCE = "/plandoc/release.properties";

    private Release() {
    }

    /**
     * The release and the exact build, as {@code --version} answers: "plandoc 0.1.0 (commit 16c5f829a1cb)", "… +
     * chưa commit)" / "… + uncommitted changes)" when built from a modified tree (the mark the site's footer uses),
     * "(không rõ commit)" / "(unknown commit)" when built without git (a source tarball) — the tryout's administrator could not tell two builds of 0.1.0 apart. Only there: the files a
     * build writes name the release alone ({@link #APPLICATION}), so a new commit that changes no output
     * rewrites no published file and keeps the build cache.
     *
     * @param commit as the Maven build wrote it into {@link #RESOURCE} (read by the command line: this package
     *               does no I/O), "" when it found none
     * @param english {@code --lang en}; Vietnamese otherwise, like every other line the command line prints
     */
    public static String build(String commit, boolean modified, boolean english) {
        // A StringBuilder and no regular expression: --version runs interpreted (the wrapper's -Xint), where a
        // string concatenation's bootstrap or a Pattern cost it ~20 ms (issue 17, docs/benchmarks.md "s19-small").
        if (!commitName(commit)) {
            return new StringBuilder(APPLICATION).append(english ? " (unknown commit)" : " (không rõ commit)").toString();
        }
        StringBuilder s = new StringBuilder(APPLICATION).append(" (commit ").append(commit);
        return (modified ? s.append(english ? " + uncommitted changes" : " + chưa commit") : s).append(')').toString();
    }

    /** Git's short or full hexadecimal name; not an empty or unresolved "${plandoc.commit}". */
    private static boolean commitName(String commit) {
        if (commit.length() < 7 || commit.length() > 40) {
            return false;
        }
        for (int i = 0; i < commit.length(); i++) {
            char c = commit.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}

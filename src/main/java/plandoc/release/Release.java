package plandoc.release;

/**
 * The program's name and release, as {@code --version}, the build cache's identity and the Word copy's
 * properties print them. Its own package, depending on nothing, so that every stage may name the release
 * without reaching up to {@code build} (it did, from render: a package cycle).
 */
public final class Release {
    public static final String VERSION = "0.1.0";
    /** "plandoc 0.1.0": the program that wrote a file, or answers {@code --version}. */
    public static final String APPLICATION = "plandoc " + VERSION;

    private Release() {
    }
}

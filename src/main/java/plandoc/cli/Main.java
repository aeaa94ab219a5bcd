package plandoc.cli;

/**
 * Entry point: answers {@code --version} at once and hands everything else to {@link PlandocCommand}.
 * Kept free of picocli's types: the JVM verifies a class as a whole, and a picocli exception in one of its
 * methods had it open 30 jars of the class path before printing the version (issue 17). Free of every
 * library's types for a second reason: a jar started without its {@code lib/} folder must still get here
 * and say so ({@link Installation}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] arguments) {
        String[] args = WindowsArguments.recovered(arguments);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(version(false));
            System.exit(ExitCode.OK);
        }
        int exit;
        try {
            exit = PlandocCommand.run(args, null);
        } catch (NoClassDefFoundError e) {
            // Nothing is checked before: the libraries are looked for only once one was not found, so a
            // run of a whole installation costs nothing more.
            exit = Installation.missingLibraries(args).orElseThrow(() -> e);
        }
        System.exit(exit);
    }

    /** The release and the commit the Maven build wrote ({@link plandoc.release.Release#build}). */
    static String version(boolean english) {
        java.util.Properties built = new java.util.Properties();
        try (java.io.InputStream in = Main.class.getResourceAsStream(plandoc.release.Release.RESOURCE)) {
            if (in != null) {
                built.load(in);
            }
        } catch (java.io.IOException e) {
            // Said as unknown, like a build without git.
        }
        return plandoc.release.Release.build(built.getProperty("commit", ""),
                Boolean.parseBoolean(built.getProperty("modified")), english);
    }
}

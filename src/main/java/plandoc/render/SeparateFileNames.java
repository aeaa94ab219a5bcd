package plandoc.render;

import java.util.regex.Pattern;

/**
 * How the separate files of {@code build --separate-appendices} are named ({@link SeparateFiles} makes the names),
 * in one place, so that the build can tell them among a folder's files: the site remembers it publishes them.
 */
public final class SeparateFileNames {
    /** "&lt;stem&gt;-phu-luc[-&lt;n&gt;].pdf": an appendix, {@code <n>} as it prints its number. */
    static final String APPENDIX = "-phu-luc";
    /** "&lt;stem&gt;-van-ban-kem-theo.pdf": the attached document. */
    static final String ATTACHED = "-van-ban-kem-theo.pdf";
    private static final Pattern NAME = Pattern.compile(".+(" + APPENDIX + "(-[A-Za-z0-9]+)?\\.pdf|"
            + Pattern.quote(ATTACHED) + ")");

    private SeparateFileNames() {
    }

    /**
     * What {@code RenderedPlan#formerNames} says, told from a plan's file names alone, in the order its render wrote
     * them (a site record's, a shard's output): the {@code i}th appendix file was named {@code <stem>-phu-luc-<i>.pdf}
     * before session 18 (its place, whatever it printed). For {@code build --merge}, which has the files, not the plan.
     */
    public static java.util.Map<String, String> formerNames(String stem, java.util.List<String> names) {
        java.util.Map<String, String> former = new java.util.TreeMap<>();
        int place = 0;
        for (String name : names) {
            if (name.startsWith(stem + APPENDIX) && name.endsWith(".pdf") && NAME.matcher(name).matches()
                    && !name.endsWith(ATTACHED)) {
                place++;
                String old = formerFile(stem, place - 1);
                if (!old.equals(name)) {
                    former.put(old, name);
                }
            }
        }
        return former;
    }

    /** "…-phu-luc-7.pdf": the name plandoc gave the {@code index}th appendix (from 0) before session 18. */
    static String formerFile(String stem, int index) {
        return stem + APPENDIX + "-" + (index + 1) + ".pdf";
    }

    /** Whether a file name is a separate file's, a name kept from before session 18 ("…-phu-luc-7.pdf") included. */
    public static boolean named(String fileName) {
        return NAME.matcher(fileName).matches();
    }
}

package plandoc.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a plan's file has a new name and its old one is kept as a copy ({@link KeptNames}), as the build tells the
 * officer: a number changed in the source (a mistyped number corrected, say: an old name never published may be
 * dropped) is not plandoc's own naming changing (the old name was published by an earlier plandoc).
 */
public enum OldName {
    /** The document's number changed in its source. */
    NUMBER_CHANGED,
    /** The same number, printed with its leading 0 now ("5-KH-UBND.pdf" → "05-KH-UBND.pdf"). */
    NUMBER_PRINTED_WITH_ZERO,
    /** A separate appendix named by the number it prints ("…-phu-luc-7.pdf" → "…-phu-luc-07.pdf"), session 18. */
    APPENDIX_BY_PRINTED_NUMBER;

    /** "…-phu-luc-7.pdf": its stem (the document's number) and the part that names the appendix. */
    private static final Pattern APPENDIX = Pattern.compile("(.+)-phu-luc(-[^.]+)?\\.pdf");
    /** A name starting with the document's number ("05-KH-UBND…"). */
    private static final Pattern NUMBERED = Pattern.compile("0*([0-9].*)");

    /** Why {@code old} became {@code current}: two names of one plan's file. */
    public static OldName of(String old, String current) {
        String before = stem(old);
        String now = stem(current);
        if (before.equals(now) && !old.equals(before) && !current.equals(now)) {
            return APPENDIX_BY_PRINTED_NUMBER;
        }
        return withoutZeros(before).equals(withoutZeros(now)) ? NUMBER_PRINTED_WITH_ZERO : NUMBER_CHANGED;
    }

    /** The document's part of a file name: "424-QD-UBND" for an appendix's file, the whole name for another. */
    private static String stem(String name) {
        Matcher appendix = APPENDIX.matcher(name);
        return appendix.matches() ? appendix.group(1) : name;
    }

    private static String withoutZeros(String name) {
        Matcher numbered = NUMBERED.matcher(name);
        return numbered.matches() ? numbered.group(1) : name;
    }

    /** The key of the words that give this reason (messages_*.properties). */
    public String messageKey() {
        return "cli.name-kept." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package plandoc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes for authors inside a text, written as HTML comments ({@code <!-- … -->}): never printed.
 * {@code <!-- plandoc giữ nguyên -->} on a line exempts that line from the checks of typed figures,
 * references and words (issue 14); {@code <!-- plandoc từ wifi, Zalo -->} anywhere in a plan accepts
 * words for the whole plan. (No ": " in them, so they fit in a plain YAML scalar.)
 */
public final class AuthorNotes {
    private static final Pattern NOTE = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    // The colon after "plandoc" and "từ" is optional: ": " would end a plain YAML scalar.
    private static final Pattern KEEP = Pattern.compile("<!--\\s*plandoc:?\\s*(giữ nguyên|keep)\\s*-->");
    private static final Pattern WORDS = Pattern.compile("<!--\\s*plandoc:?\\s*(?:từ|words):?\\s(.*?)-->", Pattern.DOTALL);

    private AuthorNotes() {
    }

    /** The text without its notes (and without a space left before a removed note). */
    public static String strip(String text) {
        if (text.indexOf("<!--") < 0) {
            return text;
        }
        // A line holding only a note goes with its line break; a note after text goes with its spaces.
        return text.replaceAll("(?m)^[ \\t]*<!--.*?-->[ \\t]*(\\n|$)", "").replaceAll("[ \\t]*<!--.*?-->", "");
    }

    /** The notes of one text, found once: whether an offset is inside a note or on a line kept as typed. */
    public static final class Scan {
        private final List<int[]> notes = new ArrayList<>();
        private final List<int[]> keptLines = new ArrayList<>();

        public Scan(String text) {
            if (text.indexOf("<!--") < 0) {
                return;
            }
            Matcher m = NOTE.matcher(text);
            while (m.find()) {
                notes.add(new int[] {m.start(), m.end()});
                if (KEEP.matcher(m.group()).matches()) {
                    int start = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
                    int end = text.indexOf('\n', m.end());
                    keptLines.add(new int[] {m.start() == 0 ? 0 : start, end < 0 ? text.length() : end});
                }
            }
        }

        /** Inside a note, or on a line that carries the opt-out. */
        public boolean skip(int offset) {
            return within(notes, offset) || within(keptLines, offset);
        }

        private static boolean within(List<int[]> ranges, int offset) {
            for (int[] r : ranges) {
                if (offset >= r[0] && offset < r[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The words a text accepts for its plan. */
    public static List<String> acceptedWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            Arrays.stream(m.group(1).split("[,;\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).forEach(out::add);
        }
        return out;
    }
}

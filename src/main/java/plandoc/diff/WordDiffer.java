package plandoc.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-level differences by the longest common subsequence of words. Common leading and trailing
 * words are set aside first, so a small edit in a long text costs little; what remains is compared
 * in full (quadratic, fine for the paragraphs of a plan).
 */
final class WordDiffer {
    /** Beyond this many word pairs the table would take too much memory; the texts are then shown whole. */
    private static final long MAX_CELLS = 4_000_000;

    WordDiff diff(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        Runs runs = new Runs();
        for (int i = 0; i < prefix; i++) {
            runs.add(WordDiff.Op.SAME, a[i]);
        }
        middle(Arrays.copyOfRange(a, prefix, a.length - suffix), Arrays.copyOfRange(b, prefix, b.length - suffix), runs);
        for (int i = a.length - suffix; i < a.length; i++) {
            runs.add(WordDiff.Op.SAME, a[i]);
        }
        return new WordDiff(runs.done());
    }

    private static void middle(String[] a, String[] b, Runs runs) {
        if ((long) a.length * b.length > MAX_CELLS) {
            List.of(a).forEach(w -> runs.add(WordDiff.Op.REMOVED, w));
            List.of(b).forEach(w -> runs.add(WordDiff.Op.ADDED, w));
            return;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                runs.add(WordDiff.Op.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                runs.add(WordDiff.Op.ADDED, b[j++]);
            } else {
                runs.add(WordDiff.Op.REMOVED, a[i++]);
            }
        }
    }

    private static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    /**
     * Collects words into runs. Within a change, removed words come before added ones, so
     * "[-10-]{+5+}" reads as a replacement rather than interleaved fragments.
     */
    private static final class Runs {
        private final List<WordDiff.Run> done = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final List<String> added = new ArrayList<>();
        private final List<String> same = new ArrayList<>();

        void add(WordDiff.Op op, String word) {
            switch (op) {
                case SAME -> {
                    flushChange();
                    same.add(word);
                }
                case REMOVED -> {
                    flushSame();
                    removed.add(word);
                }
                case ADDED -> {
                    flushSame();
                    added.add(word);
                }
            }
        }

        List<WordDiff.Run> done() {
            flushSame();
            flushChange();
            return done;
        }

        private void flushSame() {
            if (!same.isEmpty()) {
                done.add(new WordDiff.Run(WordDiff.Op.SAME, String.join(" ", same)));
                same.clear();
            }
        }

        private void flushChange() {
            if (!removed.isEmpty()) {
                done.add(new WordDiff.Run(WordDiff.Op.REMOVED, String.join(" ", removed)));
                removed.clear();
            }
            if (!added.isEmpty()) {
                done.add(new WordDiff.Run(WordDiff.Op.ADDED, String.join(" ", added)));
                added.clear();
            }
        }
    }
}

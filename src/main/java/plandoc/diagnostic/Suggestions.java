package plandoc.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** Finds the nearest valid name for a misspelt one ("nmae" → "name"). */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int tolerance = Math.max(2, wrong.length() / 3);
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** Every valid name within the tolerance of {@link #nearest}, nearest first (then in their order). */
    public static java.util.List<String> near(String wrong, Collection<String> valid) {
        int tolerance = Math.max(2, wrong.length() / 3);
        return valid.stream().filter(c -> distance(wrong.toLowerCase(), c.toLowerCase()) <= tolerance)
                .sorted(java.util.Comparator.comparingInt(c -> distance(wrong.toLowerCase(), c.toLowerCase())))
                .toList();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

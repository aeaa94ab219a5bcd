package plandoc.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.SourcePosition;

/**
 * {@code title: #Dự thảo …}, {@code - #1 Sở Tài chính}: words beginning with "#" where a value goes, which YAML reads
 * as a comment, so the value is empty without a sign (a title printed blank, a recipient line gone). Said where the
 * "#" stands right where the value begins (one blank after the ":" or "-") or is glued to a word ("#1"); a comment
 * set further off ({@code date:        # ngày ban hành}, as the scaffold writes them) is a comment, left alone.
 */
final class CommentedValue {
    /**
     * @param column  where the "#" is
     * @param comment what YAML took for a comment, from the "#" to the end of the line
     * @param quoted  the line's key (or "- ") and the value in quotes: the comment, without its "#" when a blank
     *                follows it
     * @param glued   the "#" is glued to a word ("#1")
     * @param note    the key may be left empty, and the comment may be a note about it: a warning, not an error
     */
    record Found(int column, String comment, String quoted, boolean glued, boolean note) {
    }

    /** The blanks after the ":" or "-", then the comment. */
    private static final Pattern AFTER = Pattern.compile("([ ]+)(#.*\\S)\\s*");

    private CommentedValue() {
    }

    private static boolean single(Shape.Value value) {
        return value instanceof Shape.Value.Scalar || value instanceof Shape.Value.Choice
                || value instanceof Shape.Value.Whole
                || value instanceof Shape.Value.AnyOf any && any.options().stream().anyMatch(CommentedValue::single);
    }

    /**
     * The comment that took the place of {@code key}'s value, when it is to be said; {@code empty} is where YAML put
     * the empty value, just after the ":"; {@code holder} what the mapping holding the key is (null: not known).
     * Judged by what the key holds where it stands: a list or a table may be left empty with a note after it
     * ({@code targets: # chưa có số liệu}); an optional value so left ({@code text: # Đầu mối: …}) is a {@link Found#note}
     * to warn of, unless the "#" is glued to a word ({@code #1}, {@code #Dự thảo}: words, not a note); a required one
     * may not be empty.
     */
    static Optional<Found> ofKey(SourceFile source, String key, SourcePosition empty, Shape.Value holder) {
        Optional<Shape.Key> shaped = PlanShape.keyIn(holder, key);
        if (shaped.isPresent() && !single(shaped.get().value())) {
            return Optional.empty();
        }
        boolean required = shaped.isPresent() && shaped.get().required();
        // An optional value with a note one blank after its ":" ("text: # Đầu mối: …"): words lost, or a note; warned.
        return of(source, empty, key + ": ").filter(f -> f.glued() || shaped.isPresent())
                .map(f -> f.glued() || required ? f : new Found(f.column(), f.comment(), f.quoted(), false, true));
    }

    /** The comment that took the place of a list entry; {@code empty} is just after its "-". */
    static Optional<Found> ofEntry(SourceFile source, SourcePosition empty) {
        String line = source.line(empty.line());
        int dash = empty.column() - 2;
        return dash >= 0 && dash < line.length() && line.charAt(dash) == '-' ? of(source, empty, "- ") : Optional.empty();
    }

    private static Optional<Found> of(SourceFile source, SourcePosition empty, String lead) {
        String line = source.line(empty.line());
        if (empty.column() - 1 > line.length()) {
            return Optional.empty();
        }
        Matcher m = AFTER.matcher(line.substring(empty.column() - 1));
        if (!m.matches()) {
            return Optional.empty();
        }
        String comment = m.group(2);
        boolean atValue = m.group(1).length() == 1;
        boolean glued = comment.length() > 1 && !Character.isWhitespace(comment.charAt(1)) && comment.charAt(1) != '#';
        if (!atValue && !glued) {
            return Optional.empty();
        }
        int column = empty.column() + m.group(1).length();
        // "#1", "#Dự thảo": the "#" is the value's; "# Đầu mối: …" is the "#" of a comment before the value's words.
        String value = glued ? comment : comment.substring(1).strip();
        return Optional.of(new Found(column, comment, lead + ColonInValue.quoted(value), glued, false));
    }
}

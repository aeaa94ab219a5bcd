package plandoc.diagnostic;

import java.util.Comparator;

/** A place in a source file, 1-based, as editors count it. {@code file} is the path as shown to the user. */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::file)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    /** The start of a file: for problems about a whole file. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}

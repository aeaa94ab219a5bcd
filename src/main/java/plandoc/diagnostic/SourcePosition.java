package plandoc.diagnostic;

/** A place in a source file, 1-based, as editors count it. {@code file} is the path as shown to the user. */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    /** The start of a file: for problems about a whole file. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /**
     * A folder, or a file as a whole, with no line to point at: printed as its path alone ({@code templates/fonts:
     * cảnh báo: …}), not {@code templates/fonts:1:1}, a line a folder does not have (s28 tryout F7).
     */
    public static SourcePosition whole(String path) {
        return new SourcePosition(path, 0, 0);
    }

    /**
     * By file, line, column. Written out rather than a chain of {@code Comparator.comparing}: its
     * lambdas were linked in the first file read of every cold build (~2 ms, issue 17).
     */
    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line == 0 && column == 0 ? file : file + ":" + line + ":" + column;
    }

    /** As the record's own; written out, see {@link Problem#equals}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePosition p && line == p.line && column == p.column
                && java.util.Objects.equals(file, p.file);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(file) * 31 + Integer.hashCode(line)) * 31 + Integer.hashCode(column);
    }
}

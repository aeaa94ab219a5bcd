package plandoc.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * A source file's text: strictly UTF-8, byte-order mark removed, with its lines kept so that
 * positions can be turned back into context (block scalar indentation, quoting).
 */
final class SourceFile {
    /** Plans are hand-written; anything larger is a mistake (a pasted export) and would only be slow. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final String displayPath;
    private final String text;
    private final List<String> lines;

    private SourceFile(String displayPath, String text) {
        this.displayPath = displayPath;
        this.text = text;
        this.lines = text.lines().toList();
    }

    static SourceFile of(String displayPath, String text) {
        return new SourceFile(displayPath, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads the file, or reports why it cannot be read and returns null. */
    static SourceFile read(Path file, String displayPath, Problems problems) {
        SourcePosition start = SourcePosition.startOf(displayPath);
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(start, "file.too-large", Files.size(file) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            SourceFile source = of(displayPath, text);
            LegacyEncoding.check(source, problems);
            return source;
        } catch (CharacterCodingException e) {
            // Notepad's "Unicode" is UTF-16: said so, as "save as Unicode" is what the officer just did.
            if (utf16(file)) {
                problems.error(start, "file.utf16");
            } else {
                NotUtf8 at = NotUtf8.find(readQuietly(file));
                problems.error(new SourcePosition(displayPath, at.line(), at.column()), "file.not-utf8", at.readable());
            }
            return null;
        } catch (IOException e) {
            problems.error(start, "file.unreadable", e.getMessage());
            return null;
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Whether the file starts with a UTF-16 byte order mark (FF FE or FE FF). */
    private static boolean utf16(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int a = in.read();
            int b = in.read();
            return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
        } catch (IOException e) {
            return false;
        }
    }

    String displayPath() {
        return displayPath;
    }

    String text() {
        return text;
    }

    /** The text's lines, without their line ends. */
    List<String> lines() {
        return lines;
    }

    /** The character at a 1-based position, or 0 when outside the text. */
    char charAt(int line, int column) {
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        String l = lines.get(line - 1);
        return column >= 1 && column <= l.length() ? l.charAt(column - 1) : 0;
    }

    /** How many lines the file has. */
    int lineCount() {
        return lines.size();
    }

    /** A 1-based line's text, or "" when outside the file. */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /** The spaces a line starts with: YAML indents with spaces only (a tab is not indentation). */
    static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** The indentation of the first non-blank line after {@code line} (1-based), for block scalars. */
    int indentAfter(int line) {
        for (int i = line; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                return indent(l);
            }
        }
        return 0;
    }
}

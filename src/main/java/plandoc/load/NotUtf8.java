package plandoc.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a file stops being UTF-8: the first byte that is not (a file saved by Word or Notepad in the Windows
 * code page, Windows-1258 in Vietnam), as a line and column, and that line as far as it reads. "The file is not
 * UTF-8" at 1:1 leaves the officer looking for a letter in thousands.
 *
 * @param line     1-based
 * @param column   1-based, in characters of the line's readable start
 * @param readable the line with each byte that is not UTF-8 shown as "?", shortened to about a line of text
 */
record NotUtf8(int line, int column, String readable) {
    /** A line shown longer than this is cut (with "…") a little after the byte. */
    private static final int SHOWN = 60;

    /** The first byte of {@code bytes} that is not UTF-8; the start of the file when all are. */
    static NotUtf8 find(byte[] bytes) {
        int bad = firstMalformed(bytes);
        if (bad < 0) {
            return new NotUtf8(1, 1, "");
        }
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        if (line == 1 && before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        String whole = lenient(bytes, lineStart, lineEnd);
        if (line == 1 && whole.startsWith("\uFEFF")) {
            whole = whole.substring(1);
        }
        int column = before.length() + 1;
        int cut = Math.max(SHOWN, column + 20);
        String readable = whole.length() > cut ? whole.substring(0, cut) + "…" : whole;
        return new NotUtf8(line, column, readable.strip());
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** The bytes as UTF-8, each byte that is not shown as "?". */
    private static String lenient(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("?");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }
}

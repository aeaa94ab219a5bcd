package plandoc.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media type of a file the site holds, by its extension: one table for the feed's download links
 * and the preview server (which adds the charset to text types).
 */
public final class MediaTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("css", "text/css"), Map.entry("js", "text/javascript"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"), Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("ttf", "font/ttf"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"));

    private MediaTypes() {
    }

    /** "application/pdf" for "424-QD-UBND.pdf"; empty for an extension the site does not serve. */
    public static Optional<String> of(String fileName) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(fileName)));
    }

    /** Whether the type is text, served with its charset. */
    public static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml");
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

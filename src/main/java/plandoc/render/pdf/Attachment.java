package plandoc.render.pdf;

/**
 * A file carried inside the PDF as a PDF/A-3 associated file.
 *
 * @param name         the path it is extracted to, relative, with '/' ("ha-tinh-4086-2012/plan.yaml")
 * @param mimeType     its media type ("application/json")
 * @param relationship {@code Data} (what the document's figures are) or {@code Source} (what it is built from)
 * @param description  shown by PDF readers next to the file
 */
public record Attachment(String name, String mimeType, String relationship, String description, byte[] bytes) {
    public static final String DATA = "Data";
    public static final String SOURCE = "Source";
    /**
     * The Info entry of a separate appendix file (build --separate-appendices) naming the plan's PDF beside it, which
     * holds the sources the separate file does not carry: {@code plandoc extract} on it says to extract from there.
     */
    public static final String SOURCES_IN = "plandoc-sources-in";
}

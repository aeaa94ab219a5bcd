package plandoc.resolved;

/** Text ready for a reader: either Markdown blocks or an inline run of spans. References are already resolved. */
public sealed interface Rich permits MarkdownText, InlineText {
    /** The text without markup, as a reader would copy it. */
    String plain();

    boolean isEmpty();
}

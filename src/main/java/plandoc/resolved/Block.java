package plandoc.resolved;

/** One piece of a section's, article's or appendix's content, in reading order. */
public sealed interface Block permits TextBlock, TableBlock, SectionBlock, ImageBlock, NoteBlock {
    /** "text", "table", "section", "image" or "note": what a template switches on. */
    String kind();
}

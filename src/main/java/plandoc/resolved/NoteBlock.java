package plandoc.resolved;

/** A short centred note, e.g. "the map is published with the paper copy" or the end mark "./.". */
public record NoteBlock(InlineText text, NoteRole role) implements Block {
    @Override
    public String kind() {
        return "note";
    }
}

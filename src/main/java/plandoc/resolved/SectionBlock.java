package plandoc.resolved;

/** A numbered (or unnumbered) sub-section. */
public record SectionBlock(SectionView section) implements Block {
    @Override
    public String kind() {
        return "section";
    }
}

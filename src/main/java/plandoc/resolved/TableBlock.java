package plandoc.resolved;

/** An embedded table (objectives, tasks or a budget). */
public record TableBlock(TableView table) implements Block {
    @Override
    public String kind() {
        return "table";
    }
}

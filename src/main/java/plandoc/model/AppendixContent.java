package plandoc.model;

import java.nio.file.Path;

/** What an appendix holds. */
public sealed interface AppendixContent {
    /** Markdown, from a file in the plan folder or written inline. */
    record Markdown(Text text) implements AppendixContent {
    }

    /** An image file inside the plan folder. */
    record Image(Path file, String href) implements AppendixContent {
    }

    /** Published separately (e.g. a printed map): a note stands in for the content. */
    record External(Text note) implements AppendixContent {
    }

    /** An embedded table by id. */
    record Show(Id table) implements AppendixContent {
    }
}

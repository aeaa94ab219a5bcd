package plandoc.history;

import java.util.Optional;

/**
 * One version of a plan in its history: the commit, and what it changed in the document, absent when
 * nothing computed it (a preview, a caller without a {@link ChangeSummarizer}).
 */
public record HistoryEntry(Commit commit, Optional<ContentChange> change) {
    public HistoryEntry(Commit commit) {
        this(commit, Optional.empty());
    }

    /** Whether the version changed the document; true when not known. */
    public boolean changesDocument() {
        return change.map(ContentChange::changesDocument).orElse(true);
    }
}

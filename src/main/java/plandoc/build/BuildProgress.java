package plandoc.build;

/**
 * What a build tells whoever shows its progress. Called from the render threads, so an
 * implementation must be thread-safe.
 */
public interface BuildProgress {
    BuildProgress SILENT = new BuildProgress() {
    };

    /** Rendering is about to start: {@code toRender} plans need it, {@code unchanged} do not. */
    default void started(int toRender, int unchanged) {
    }

    /** A plan's inputs are as when its published files were made: nothing to do. */
    default void unchanged(String slug) {
    }

    default void planStarted(String slug) {
    }

    default void planFinished(String slug, long millis, boolean ok) {
    }

    /** A plan rendered again (its key changed) whose files came out as published, byte for byte: none written. */
    default void planFinishedSame(String slug, long millis) {
        planFinished(slug, millis, true);
    }

    /** Every plan is done; the index, assets and cache follow. */
    default void finished() {
    }
}

package plandoc.build;

import java.util.Optional;

/**
 * One plan of this build: its key and whether its published files already match it; when they
 * do, its site record (and whether that must be staged again: made now from the resolved plan).
 */
record Planned(PlanSource source, String key, boolean fresh, Optional<SiteRecord> record,
              boolean restageRecord) {
    Planned(PlanSource source, String key, boolean fresh) {
        this(source, key, fresh, Optional.empty(), false);
    }

    String slug() {
        return source.slug();
    }
}

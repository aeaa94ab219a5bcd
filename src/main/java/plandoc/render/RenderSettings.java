package plandoc.render;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the render stage that do not come from the plans.
 *
 * @param sourceDateEpoch the PDF creation date for documents without an issue date (reproducible
 *                        builds' {@code SOURCE_DATE_EPOCH}); a document with a date always uses its date
 */
public record RenderSettings(Optional<Instant> sourceDateEpoch) {

    public static RenderSettings defaults() {
        return new RenderSettings(Optional.empty());
    }

    /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970) from the given environment. */
    public static RenderSettings fromEnvironment(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || !epoch.strip().matches("\\d+")) {
            return defaults();
        }
        return new RenderSettings(Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip()))));
    }
}

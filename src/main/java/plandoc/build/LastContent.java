package plandoc.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The content folder an output folder's last build read, when it is not the one a build reads now: what that site
 * carries (its sitemap's address) belongs to the other content, not to this one (s32 tryout M6: a Hà Tĩnh build into
 * the Quảng Trị drafts folder kept Quảng Trị's address and advised adding it to Hà Tĩnh's province.yaml).
 */
public final class LastContent {
    private LastContent() {
    }

    /** The folder {@code out} was last built from, as typed then, when it is other content than {@code content}. */
    public static Optional<String> otherThan(Path content, Path out) {
        ContentRead now = ContentRead.of(content);
        return ContentRead.last(out).filter(last -> now.otherThan(last) && !now.follows(last))
                .map(last -> last.shown().isEmpty() ? last.folder() : last.shown());
    }
}

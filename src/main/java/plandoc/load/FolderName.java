package plandoc.load;

import java.util.regex.Pattern;
import plandoc.diagnostic.Folding;

/**
 * A plan folder's name becomes the plan's address on the site and its files' folder, so `check` holds it to
 * what `build` can write (letters, digits, '.', '-', '_'; no space) and suggests a name that works.
 */
final class FolderName {
    /** The same rule as the site writer's (render.PlanFiles): letters, digits, dot, dash, underscore; no leading dot. */
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}_\\-][\\p{L}\\p{N}._\\-]*");
    static final int MAX_LENGTH = 120;

    private FolderName() {
    }

    static boolean isPublishable(String name) {
        return SAFE.matcher(name).matches() && name.length() <= MAX_LENGTH;
    }

    /** "kế hoạch 167" → "ke-hoach-167". */
    static String suggestion(String name) {
        String slug = Folding.slug(name);
        return slug.isEmpty() ? "ke-hoach-moi" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}

package plandoc.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the preview server shows, shared between the rebuild threads and the HTTP threads: for each
 * plan its last good page and its current errors, and for the site the errors of the last build.
 * Every page has a version that moves when what it shows moves, and pages reload on that.
 */
final class PreviewState {
    /** The site index's page key. */
    static final String INDEX = "";

    /**
     * A located problem as the overlay shows it: "content/x/plan.yaml:12:5" and the message; a note ("the site was
     * left as it was") follows from an error and is no error itself.
     */
    record Issue(String location, String message, boolean note) {
        Issue(String location, String message) {
            this(location, message, false);
        }
    }

    /** One plan as last read: its page (absent until it first renders) and what is wrong now. */
    record PlanView(String slug, Optional<byte[]> page, List<Issue> errors) {
        PlanView {
            errors = List.copyOf(errors);
        }
    }

    private final Map<String, PlanView> plans = new TreeMap<>();
    private final Map<String, Long> versions = new TreeMap<>();
    private List<Issue> siteErrors = List.of();
    private long clock;

    synchronized Optional<PlanView> plan(String slug) {
        return Optional.ofNullable(plans.get(slug));
    }

    synchronized List<String> slugs() {
        return List.copyOf(plans.keySet());
    }

    /** Stores a plan's view; moves its version (and the index's) only when something visible changed. */
    synchronized boolean put(PlanView view) {
        PlanView old = plans.put(view.slug(), view);
        boolean changed = old == null || !Arrays.equals(old.page().orElse(null), view.page().orElse(null)) || !old.errors().equals(view.errors());
        if (changed) {
            bump(view.slug());
            if (old == null || !old.errors().equals(view.errors())) {
                bump(INDEX); // the index's overlay lists every plan's errors
            }
        }
        return changed;
    }

    synchronized boolean remove(String slug) {
        if (plans.remove(slug) == null) {
            return false;
        }
        bump(slug);
        bump(INDEX);
        return true;
    }

    /** Errors of the last site build and of the templates, shown on every page. */
    synchronized void siteErrors(List<Issue> errors) {
        if (!siteErrors.equals(errors)) {
            siteErrors = List.copyOf(errors);
            plans.keySet().forEach(this::bump);
            bump(INDEX);
        }
    }

    /** A page written by the site build (the index, the agency view) changed on disk. */
    synchronized void touched(String page) {
        bump(page);
    }

    synchronized long version(String page) {
        return versions.getOrDefault(page, 0L);
    }

    /** The errors a page shows: its plan's, or every plan's on the index; then the site's. */
    synchronized List<Issue> errorsFor(String page) {
        List<Issue> errors = new ArrayList<>();
        if (page.equals(INDEX)) {
            plans.values().forEach(p -> errors.addAll(p.errors()));
        } else if (plans.containsKey(page)) {
            errors.addAll(plans.get(page).errors());
        }
        errors.addAll(siteErrors);
        return errors;
    }

    /**
     * The plans that have errors and have never rendered: the site's pages (index, agency view) leave them out, as
     * there is no last good version to list (s37 review L4: one vanished from the index with no word of it).
     */
    synchronized List<String> unlisted() {
        return plans.values().stream().filter(p -> p.page().isEmpty() && !p.errors().isEmpty())
                .map(PlanView::slug).toList();
    }

    /** {"": 3, "ha-tinh-4086-2012": 7, …} */
    synchronized String versionsJson() {
        Map<String, Long> all = new LinkedHashMap<>(versions);
        StringBuilder json = new StringBuilder("{");
        all.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(jsonEscape(key)).append("\":").append(value);
        });
        return json.append('}').toString();
    }

    private void bump(String page) {
        versions.put(page, ++clock);
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package plandoc.serve;

import java.util.Set;

/**
 * What a burst of file events touched, in the terms a rebuild needs.
 *
 * @param plans     plan folder names under the content folder whose files changed (created, edited, deleted)
 * @param everyPlan a file beside the plan folders changed (the agency register), or events were lost:
 *                  every plan must be read again
 * @param templates something under the templates folder changed: every page must be rendered again
 */
record Changes(Set<String> plans, boolean everyPlan, boolean templates) {
    Changes {
        plans = Set.copyOf(plans);
    }

    boolean isEmpty() {
        return plans.isEmpty() && !everyPlan && !templates;
    }
}

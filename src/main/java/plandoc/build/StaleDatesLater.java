package plandoc.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import plandoc.diagnostic.Problems;
import plandoc.history.FormerDraft;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.model.Plan;
import plandoc.validate.StaleIssueDate;

/**
 * The issue-date check's question to git ({@link FormerDraft}), put off in a build until its provenance thread has
 * read each plan folder's log (issue 17): asked while the plans are checked, it walked the history on the thread the
 * render waits for, and the provenance walked it again. The warning is not printed in any document, only reported
 * with the check's problems, which a build prints once {@link SiteBuild#check} returns: the plan's problems get it
 * before then, sorted among them as before.
 */
public final class StaleDatesLater {
    private record Asked(Plan plan, LocalDate today, Problems problems) {
    }

    private final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());

    /** The check as far as it goes without git; a plan it would ask git about waits for {@link #answer}. */
    public void ask(Plan plan, LocalDate today, Problems problems) {
        boolean[] needsGit = {false};
        StaleIssueDate.check(plan, today, p -> {
            needsGit[0] = true;
            return false;
        }, problems);
        if (needsGit[0]) {
            asked.add(new Asked(plan, today, problems));
        }
    }

    /** Finishes the waiting checks; {@code provenance} is asked for only when one waits. */
    void answer(Supplier<Provenance> provenance) {
        List<Asked> waiting;
        synchronized (asked) {
            waiting = List.copyOf(asked);
            asked.clear();
        }
        if (waiting.isEmpty()) {
            return;
        }
        Provenance known = provenance.get();
        for (Asked a : waiting) {
            StaleIssueDate.check(a.plan(), a.today(), p -> wasDraft(p, known), a.problems());
        }
    }

    /** From the folder's log when the provenance read it, else from git as {@link FormerDraft#was(Path)} reads it. */
    private static boolean wasDraft(Plan plan, Provenance known) {
        Path file = plan.folder().resolve(PlanLoader.PLAN_FILE);
        String slug = plan.folder().getFileName().toString();
        return known.histories().containsKey(slug)
                ? FormerDraft.was(file, known.history(slug), ProvenanceReader.HISTORY_LIMIT)
                : FormerDraft.was(file);
    }
}

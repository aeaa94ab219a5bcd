package plandoc.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;

/**
 * An issued document dated after today: a typo in the year, or a draft given its number too early. {@code check} and
 * {@code serve} warn; {@code build} refuses it (s35, s34 review M1), as a portal must not publish a document before it
 * is issued. A draft's date is printed blank and may be the day it is meant to be issued: never either.
 */
final class FutureIssueDate {
    /** A date in a sentence as officers write it, "28/12/2012", not as YAML does (s23 tryout L2). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final LocalDate today;
    private final boolean publishing;

    /** @param publishing {@code build}, which publishes the issued documents on the portal */
    FutureIssueDate(LocalDate today, boolean publishing) {
        this.today = today;
        this.publishing = publishing;
    }

    void check(Plan plan, Problems problems) {
        plan.document().date().filter(date -> !plan.document().draft() && date.isAfter(today)).ifPresent(date -> {
            if (publishing) {
                problems.error(plan.document().dateAt(), "document.issue-date-future", DAY.format(date), DAY.format(today));
            } else {
                problems.warning(plan.document().dateAt(), "warning.issue-date-future", DAY.format(date), DAY.format(today));
            }
        });
    }
}

package plandoc.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;

/**
 * A draft given its number but not its signing date (s30 tryout F9): the {@code date:} a draft carries is the day it
 * was meant to be issued, often weeks before the e-office system numbers it. An issued document dated in an earlier
 * year than today, or more than {@value #DAYS} days before it, that was a draft just before, is warned about: its
 * header and record would say it was issued that day. A document long issued is not asked (it was never a draft
 * since), so old documents put on the portal say nothing.
 */
public final class StaleIssueDate {
    static final int DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StaleIssueDate() {
    }

    /** @param wasDraft asked only of an issued document whose date is old, as it reads git */
    public static void check(Plan plan, LocalDate today, Predicate<Plan> wasDraft, Problems problems) {
        plan.document().date().filter(date -> !plan.document().draft() && plan.document().number().isPresent())
                .filter(date -> date.getYear() < today.getYear() || date.plusDays(DAYS).isBefore(today))
                .filter(date -> wasDraft.test(plan))
                // Said by the condition that held (s30 review R11: "more than 30 days or last year" of a date 7 days back).
                .ifPresent(date -> {
                    long days = java.time.temporal.ChronoUnit.DAYS.between(date, today);
                    if (days > DAYS) {
                        problems.warning(plan.document().dateAt(), "warning.issue-date-stale", DAY.format(date),
                                DAY.format(today), days);
                    } else {
                        problems.warning(plan.document().dateAt(), "warning.issue-date-stale-year", DAY.format(date),
                                date.getYear(), today.getYear());
                    }
                });
    }
}

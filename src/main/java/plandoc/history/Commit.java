package plandoc.history;

import java.time.ZonedDateTime;

/**
 * A commit as a plan's history lists it.
 *
 * @param id      the full commit id (40 hex digits)
 * @param author  the author's name
 * @param when    when it was authored, in the author's own time zone (what the author saw)
 * @param message the first line of the commit message
 */
public record Commit(String id, String author, ZonedDateTime when, String message) {
    /** The abbreviation people quote: 7 hex digits, as git prints it. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}

package plandoc.resolved;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an agency does in a piece of work a plan gives it. Its {@link #id()} is the plan's own Vietnamese word:
 * plan.json publishes it (schema {@code agencies[].role}), the site record keeps it, and agencies.ftlh looks the
 * chrome's word up by it ({@code text["agencies.role." + entry.work.role]}, keys {@code agencies.role.chủ trì} …),
 * so a province's copy of the template reads it as before.
 */
public enum AgencyRole implements Keyword {
    /** Leads a task or budget row ({@code lead:}). */
    LEAD("chủ trì"),
    /** Takes part in a task or budget row ({@code partners:}). */
    PARTNER("phối hợp"),
    /** Is given a section ({@code agencies:} of a section). */
    CARRY_OUT("thực hiện");

    private final String id;

    AgencyRole(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The role a site record names by its word; empty for a word no role has (a foreign record). */
    public static Optional<AgencyRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

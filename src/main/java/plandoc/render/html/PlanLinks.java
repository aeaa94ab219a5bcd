package plandoc.render.html;

import java.util.List;

/**
 * Link targets around one plan, relative to the page that prints them (the plan page itself, or the
 * site index one folder up). Links name {@code index.html} explicitly because folders do not open
 * their index from {@code file://}.
 */
public record PlanLinks(String page, String pdf, String json, List<DataFile> csv) {
    public PlanLinks {
        csv = List.copyOf(csv);
    }
}

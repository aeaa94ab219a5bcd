package plandoc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.build.BuildReport;
import plandoc.build.SecretArchive;
import plandoc.load.PlanLoader;

/**
 * The plans with a secrecy level ({@code document.secrecy}), which no build publishes (publish.Withholding): one line
 * each, in the build's report (left out, or withdrawn from the output that held it) and as {@code check}'s note.
 */
final class SecretPlans {
    private final Console console;
    /** slug → the level as written ("Tối mật"), in plan order. */
    private final Map<String, String> levels = new LinkedHashMap<>();
    private final Map<String, Path> folders = new LinkedHashMap<>();

    SecretPlans(Console console, List<PlanOutcome> outcomes) {
        this.console = console;
        for (PlanOutcome o : outcomes) {
            o.secrecyAsWritten().ifPresent(level -> {
                levels.put(o.slug(), level);
                folders.put(o.slug(), o.folder());
            });
        }
    }

    boolean contains(String slug) {
        return levels.containsKey(slug);
    }

    /** The build's line per secret plan: withdrawn from {@code out} (it was there), or not published. */
    void print(BuildReport result, Path out, PrintStream to) {
        levels.forEach((slug, level) -> to.println(result.withdrawn().contains(slug)
                ? console.text("build.secret-withdrawn", slug, out, level, SecretArchive.folder(out))
                : console.text("build.secret-withheld", slug, level, Launcher.command())));
    }

    /** {@code check}'s note per secret plan: it checks, but no build will publish it. */
    void printNotes(PrintStream to) {
        levels.forEach((slug, level) -> to.println(console.text("check.secret",
                folders.get(slug).resolve(PlanLoader.PLAN_FILE), level, Launcher.command())));
    }
}

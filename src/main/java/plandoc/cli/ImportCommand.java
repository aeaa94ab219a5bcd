package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plandoc.importer.BudgetImport;
import plandoc.importer.TableImporter;
import plandoc.importer.UnreadableWorkbook;
import plandoc.validate.IdIndex;

/**
 * {@code plandoc import TABLE.xlsx [--sheet NAME] [--into PLAN --budget ID]}: a budget table from
 * Excel as the YAML of a budget — printed, or added to a plan's plan.yaml. What could not be mapped
 * is listed as warnings at its cell ({@code PL03.xlsx!Sheet1!F12}).
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "${bundle:label.xlsx}", descriptionKey = "import.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "${bundle:label.name}", descriptionKey = "import.sheet")
    String sheet;

    @Option(names = "--into", paramLabel = "${bundle:label.plan}", descriptionKey = "import.into")
    Path into;

    @Option(names = "--budget", paramLabel = "${bundle:label.id}", descriptionKey = "import.budget")
    String budget;

    @Mixin
    CommonOptions common;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        BudgetImport importer = new BudgetImport();
        if (!Files.isRegularFile(file)) {
            return noFile();
        }
        Path plan = null;
        if (into != null) {
            // As check reads a plan: its folder or its plan.yaml, never another file (agencies.yaml was taken).
            Path folder = PlanArgument.folder(into);
            if (!plandoc.load.PlanLoader.isPlanFolder(folder)) {
                console.err().println(console.text("severity.error") + ": " + console.text("import.no-plan", into));
                List<String> plans = PlanArgument.plansIn(folder);
                DidYouMean.print(console, plans.isEmpty() ? MissingFolder.meant(folder) : plans);
                return ExitCode.USAGE;
            }
            plan = folder.resolve(plandoc.load.PlanLoader.PLAN_FILE);
        }
        TableImporter.Result result;
        try {
            result = importer.read(file, Optional.ofNullable(sheet), Optional.ofNullable(budget));
        } catch (BudgetImport.UnknownSheet e) {
            console.err().println(console.text("severity.error") + ": "
                    + console.text("import.sheet-unknown", e.getMessage(), file, String.join(", ", e.sheets)));
            DidYouMean.printTyped(console, e.near.stream().map(n -> "--sheet \"" + n + "\"").toList());
            return ExitCode.USAGE;
        } catch (BudgetImport.CheckSheet e) {
            String key = e.data ? "import.data-sheet" : "import.check-sheet";
            console.err().println(console.text("severity.error") + ": " + (e.tables.isEmpty()
                    ? console.text(key + "-alone", e.getMessage(), file)
                    : console.text(key, e.getMessage(), file, e.tables.get(0), String.join(", ", e.tables))));
            // --sheet named it: the command line is to change; the workbook's first sheet: the file holds no table there.
            return sheet != null ? ExitCode.USAGE : ExitCode.CONTENT;
        } catch (UnreadableWorkbook e) {
            // What the officer can do, in their language; POI's words (English) only on a line of their own.
            console.err().println(file + ": " + console.text("severity.error") + ": " + console.text(switch (e.kind()) {
                case EMPTY -> "import.unreadable-empty";
                case ENCRYPTED -> "import.unreadable-encrypted";
                case NOT_A_WORKBOOK -> "import.unreadable-not-workbook";
            }));
            if (e.kind() != UnreadableWorkbook.Kind.EMPTY) {
                console.err().println(console.text("import.unreadable-detail", e.detail()));
            }
            return ExitCode.CONTENT;
        } catch (IOException | RuntimeException e) {
            console.err().println(file + ": " + console.text("severity.error") + ": "
                    + console.text("import.unreadable", e.getMessage()));
            return ExitCode.CONTENT;
        }
        Optional<plandoc.model.Plan> loaded = plan != null && result.imported() ? TakenIds.load(plan.getParent())
                : Optional.empty();
        // Only plandoc's own workbook holds the plan's tables: an officer's listing the same rows is a table of its own.
        Optional<SameTable> same = result.plandocs() ? loaded.flatMap(p -> SameTable.in(p, result.budget()))
                : Optional.empty();
        if (same.isPresent() && budget == null) {
            // The plan's own table brought back from its workbook under its own id: a copy nobody asked for. Said with
            // the ways on, replacing it among them: its rows come back with the plan's ids (importer.OwnIds).
            SameTable table = same.get();
            console.err().println(table.table().id().at() + ": " + console.text("severity.error") + ": "
                    + console.text("import.same-table", file, table.table().id().value(), table.table().id().at().line(),
                            table.matched(), table.rows(), Launcher.command(), sheet == null ? ""
                                    : " --sheet \"" + sheet + "\"",
                            TakenIds.free(loaded.get(), table.table().id().value())));
            // The file's content, not the command line, is what is refused (s28 tryout F9): exit 1, as for content.
            return ExitCode.CONTENT;
        }
        if (loaded.isPresent()) {
            Optional<TakenIds> taken = TakenIds.in(loaded.get(), result.budget());
            if (taken.isPresent()) {
                IdIndex.Entry first = taken.get().first();
                console.err().println(first.id().at() + ": " + console.text("severity.error") + ": "
                        + console.text(taken.get().budget() ? "import.budget-taken" : "import.id-taken",
                                first.id().value(), first.id().at().line(), Path.of(first.id().at().file()).getFileName(),
                                taken.get().free()));
                // The ids are the budget's and those made from it: --budget typed one the plan uses, the command line;
                // without it the sheet's name gave it, the file's content meeting the plan's.
                return budget != null ? ExitCode.USAGE : ExitCode.CONTENT;
            }
        }
        for (TableImporter.Note note : result.notes()) {
            console.err().println(note.position() + ": "
                    + console.text(result.imported() ? "severity.warning" : "severity.error") + ": "
                    + console.messages().format(note.message()));
        }
        if (!result.imported()) {
            return ExitCode.CONTENT;
        }
        try {
            if (plan == null) {
                console.out().print(importer.yaml(result.budget()));
                console.out().flush();
            } else {
                importer.insert(plan, result.budget());
                // A copy made on purpose (--budget), said to be one: two tables of the same rows add up twice.
                if (same.isPresent()) {
                    SameTable table = same.get();
                    console.err().println(plan + ": " + console.text("severity.warning") + ": "
                            + console.text("import.same-table-added", result.budget().get("id"),
                                    table.table().id().value(), table.table().id().at().line(), table.matched(),
                                    table.rows()));
                }
                console.out().println(console.text("import.written", result.budget().get("id"), plan,
                        Launcher.command()));
            }
        } catch (IOException e) {
            console.err().println(plan + ": " + console.text("severity.error") + ": "
                    + console.text("import.unreadable", e.getMessage()));
            return ExitCode.CONTENT;
        }
        return ExitCode.OK;
    }

    /**
     * No such file: said with where it was looked for (the absolute path; a relative one is read from the working
     * folder, which the officer may not have in mind) and how to write it, and a workbook beside it with a name near
     * the one typed (s34 review L1). A usage error: the command line names the file.
     */
    private int noFile() {
        Path absolute = file.toAbsolutePath().normalize();
        String error = console.text("severity.error") + ": ";
        if (Files.isDirectory(file)) {
            console.err().println(error + console.text("import.file-is-folder", file, absolute));
            return ExitCode.USAGE;
        }
        console.err().println(error + console.text("import.no-file", file, absolute,
                Path.of("").toAbsolutePath().normalize()));
        Path parent = absolute.getParent();
        if (parent != null && Files.isDirectory(parent) && file.getFileName() != null) {
            try (java.util.stream.Stream<Path> list = Files.list(parent)) {
                List<String> workbooks = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> n.toLowerCase(java.util.Locale.ROOT).matches(".*\\.xls[xm]?")).toList();
                plandoc.diagnostic.Suggestions.nearest(file.getFileName().toString(), workbooks)
                        .map(n -> file.getParent() == null ? Path.of(n) : file.getParent().resolve(n))
                        .ifPresent(meant -> DidYouMean.print(console, List.of(meant.toString())));
            } catch (IOException e) {
                // nothing to suggest from a folder that cannot be listed
            }
        }
        return ExitCode.USAGE;
    }
}

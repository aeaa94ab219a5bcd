package plandoc.load;

import plandoc.diagnostic.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.AppendixAttachment;
import plandoc.model.ObjectiveLayout;
import plandoc.model.Orientation;
import plandoc.model.UndeterminedCells;
import plandoc.model.Agency;
import plandoc.model.AgencyRegister;
import plandoc.model.Appendices;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.AppendixLabel;
import plandoc.model.AppendixNumbering;
import plandoc.model.HeadingCase;
import plandoc.model.Assignment;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Deadline;
import plandoc.model.Declared;
import plandoc.model.DocumentKind;
import plandoc.model.Id;
import plandoc.model.IdKind;
import plandoc.model.IssuedDocument;
import plandoc.model.ItemNumbering;
import plandoc.model.Member;
import plandoc.model.NumberingStyle;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Plan;
import plandoc.model.PlanBody;
import plandoc.model.PrintSpec;
import plandoc.model.Section;
import plandoc.model.Target;
import plandoc.model.Task;
import plandoc.model.TaskGroup;
import plandoc.model.TaskTable;
import plandoc.model.Text;
import plandoc.model.TotalsRow;
import plandoc.model.Unit;

/**
 * Reads a plan's YAML tree into {@link Plan} records following PLAN-FORMAT §1–6. Each method
 * checks its mapping against the keys {@link PlanShape} lists for it (the JSON Schema is generated
 * from the same lists), so unknown keys are caught where they are written.
 */
final class PlanReader {
    private final Nodes nodes;
    private final PlanFiles files;
    private final IssuedDocumentReader documents;
    private final UnreadElements unread = new UnreadElements();
    private int declaredErrors;

    PlanReader(Nodes nodes, PlanFiles files) {
        this.nodes = nodes;
        this.files = files;
        this.documents = new IssuedDocumentReader(nodes, files, unread);
    }

    /** An agency register file: {@code agencies: [{ id, name, short, group }]}. */
    AgencyRegister agencies(YamlNode root) {
        Fields f = nodes.fields(root, "agencies.yaml", PlanShape.AGENCY_REGISTER.keyNames());
        return new AgencyRegister(f.list("agencies", this::agency));
    }

    private Optional<Agency> agency(YamlNode node) {
        Fields f = nodes.fields(node, "agency", PlanShape.AGENCY.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<String> name = f.required("name", nodes::name);
        List<String> shortNames = f.list("short", nodes::name);
        boolean group = f.optional("group", nodes::bool).orElse(false);
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agency(id.get(), name.get(), shortNames, group));
    }

    Optional<Plan> plan(String slug, Path folder, YamlNode root) {
        Fields f = nodes.fields(root, "plan.yaml", PlanShape.PLAN.keyNames());
        Optional<IssuedDocument> document = f.required("document",
                n -> documents.document(n, f.keyAt("document").orElse(n.at())));
        PlanBody body = f.optional("plan", n -> Optional.of(body(n)))
                .orElse(new PlanBody(DocumentKind.KE_HOACH, Optional.empty(), Optional.empty(), f.at(), false, List.of(), List.of(), List.of(), f.at()));
        List<Axis> axes = f.list("axes", n -> axis(n, List.of()));
        List<ObjectiveTable> objectives = f.list("objectives", this::objectives);
        List<TaskTable> tasks = f.list("tasks", this::tasks);
        List<Budget> budgets = f.list("budgets", n -> budget(n, axes));
        Appendices appendices = f.optional("appendices", n -> Optional.of(appendices(n))).orElse(Appendices.NONE);
        return document.map(d -> new Plan(slug, folder, d, body, axes, objectives, tasks, budgets, appendices,
                AgencyRegister.NONE, unread.elements()));
    }

    // §2 The plan body

    private PlanBody body(YamlNode node) {
        Fields f = nodes.fields(node, "plan", PlanShape.BODY.keyNames());
        DocumentKind type = f.optional("type", n -> nodes.choice(n, DocumentKind.class, "type"))
                .orElse(DocumentKind.KE_HOACH);
        Optional<Text> title = f.optional("title", nodes::text);
        Optional<String> captionTitle = f.optional("caption_title", nodes::string);
        boolean attached = f.optional("attached", nodes::bool).orElse(false);
        List<NumberingStyle> numbering = f.list("numbering", this::numberingStyle);
        List<HeadingCase> headings = f.list("headings", this::headingCase);
        List<Section> sections = f.list("sections", this::section);
        return new PlanBody(type, title, captionTitle, f.keyAt("caption_title").orElse(f.at()), attached, numbering,
                headings, sections, f.at());
    }

    private Optional<NumberingStyle> numberingStyle(YamlNode node) {
        return nodes.choice(node, NumberingStyle.class, "numbering");
    }

    private Optional<HeadingCase> headingCase(YamlNode node) {
        return nodes.choice(node, HeadingCase.class, "case");
    }

    private Optional<Section> section(YamlNode node) {
        Fields f = nodes.fields(node, "section", PlanShape.SECTION.keyNames());
        return Optional.of(new Section(
                f.optional("id", nodes::id),
                f.optional("title", nodes::text),
                f.optional("text", nodes::text),
                f.list("sections", this::section),
                f.optional("text_after", nodes::text),
                f.optional("show", nodes::id),
                f.optional("numbering", this::numberingStyle),
                f.optional("number", nodes::bool).orElse(true),
                f.list("agency", nodes::agencyText),
                f.optional("case", this::headingCase),
                f.at()));
    }

    // §3 Objectives and tasks

    private Optional<ObjectiveTable> objectives(YamlNode node) {
        Fields f = nodes.fields(node, "objectives", PlanShape.OBJECTIVES.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        String layout = f.optional("layout", n -> nodes.choice(n, ObjectiveLayout.class, "layout"))
                .orElse(ObjectiveLayout.LINES).id();
        Map<String, String> labels = f.optional("labels", n -> Optional.of(labels(n, PlanShape.OBJECTIVE_LABELS.keyNames()))).orElse(Map.of());
        List<ObjectiveGroup> groups = f.list("groups", this::objectiveGroup);
        return id.map(i -> new ObjectiveTable(i, layout, labels, groups, f.at()));
    }

    private Optional<ObjectiveGroup> objectiveGroup(YamlNode node) {
        Fields f = nodes.fields(node, "objectives group", PlanShape.OBJECTIVES_GROUP.keyNames());
        Text title = f.optional("title", nodes::text).orElse(Text.literal("", f.at()));
        return Optional.of(new ObjectiveGroup(title, f.list("items", this::objective)));
    }

    private Optional<Objective> objective(YamlNode node) {
        Fields f = nodes.fields(node, "objective", PlanShape.OBJECTIVE.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<Text> indicator = f.required("indicator", nodes::text);
        List<Target> targets = new ArrayList<>();
        f.optional("targets", nodes::mapping).ifPresent(m -> m.entries().forEach(e -> target(e).ifPresent(targets::add)));
        Optional<Text> note = f.optional("note", nodes::text);
        if (id.isEmpty() || indicator.isEmpty()) {
            return unread.leftOut(id, IdKind.OBJECTIVE);
        }
        return Optional.of(new Objective(id.get(), indicator.get(), targets, note, f.at()));
    }

    private Optional<Target> target(YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Mapping) {
            Fields f = nodes.fields(entry.value(), "target", PlanShape.TARGET.keyNames());
            var value = f.required("value", nodes::amount).map(a -> a.value());
            Optional<String> unit = f.optional("unit", nodes::string);
            Text text = f.optional("text", nodes::text).orElseGet(() ->
                    Text.literal(value.map(v -> v.toPlainString() + unit.orElse("")).orElse(""), f.at()));
            return Optional.of(new Target(entry.key(), text, value, unit, entry.keyAt()));
        }
        return nodes.text(entry.value()).map(t -> new Target(entry.key(), t, Optional.empty(), Optional.empty(),
                entry.keyAt()));
    }

    private Optional<TaskTable> tasks(YamlNode node) {
        Fields f = nodes.fields(node, "tasks", PlanShape.TASKS.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        List<String> columns = f.list("columns", nodes::string);
        Map<String, String> labels = f.optional("labels", n -> Optional.of(labels(n, PlanShape.TASK_LABELS.keyNames()))).orElse(Map.of());
        List<TaskGroup> groups = new ArrayList<>(f.list("groups", this::taskGroup));
        if (f.has("items")) {
            groups.add(new TaskGroup(Text.literal("", f.at()), f.list("items", this::task)));
        }
        return id.map(i -> new TaskTable(i, columns, labels, groups, f.at()));
    }

    private Optional<TaskGroup> taskGroup(YamlNode node) {
        Fields f = nodes.fields(node, "tasks group", PlanShape.TASKS_GROUP.keyNames());
        Text title = f.optional("title", nodes::text).orElse(Text.literal("", f.at()));
        return Optional.of(new TaskGroup(title, f.list("items", this::task)));
    }

    private Optional<Task> task(YamlNode node) {
        Fields f = nodes.fields(node, "task", PlanShape.TASK.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<Text> title = f.required("title", nodes::text);
        Assignment assignment = assignment(f);
        if (id.isEmpty() || title.isEmpty()) {
            return unread.leftOut(id, IdKind.TASK);
        }
        if (repealed(f)) {
            return Optional.of(RepealedItems.task(id.get(), f.at()));
        }
        return Optional.of(new Task(id.get(), title.get(), assignment, f.at()));
    }

    /** {@code repealed: true}: the item keeps its number and prints "(Bãi bỏ)" ({@link RepealedItems}). */
    private boolean repealed(Fields f) {
        return f.optional("repealed", nodes::bool).orElse(false);
    }

    private Assignment assignment(Fields f) {
        return assignment(f, java.util.Set.of());
    }

    /** @param sameAs columns given as {@code { same_as: id }}, read elsewhere */
    private Assignment assignment(Fields f, java.util.Set<String> sameAs) {
        return new Assignment(
                sameAs.contains("lead") ? Optional.empty() : f.optional("lead", nodes::agencyText),
                sameAs.contains("partners") ? List.of() : f.list("partners", nodes::agencyText),
                f.optional("deadline", this::deadline),
                sameAs.contains("outcome") ? Optional.empty() : f.optional("outcome", nodes::text),
                f.node("serves").map(nodes::ids).orElse(List.of()));
    }

    /** A deadline typed the Vietnamese way, "06/03/2027" (day, month, year). */
    private static final java.util.regex.Pattern DAY_FIRST =
            java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private Optional<Deadline> deadline(YamlNode node) {
        Optional<String> text = nodes.string(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // A date typed without its zeros is a date mistyped, as under date: (s25 review L3).
        Optional<java.time.LocalDate> date = text.get().matches("\\d{4}-\\d{1,2}-\\d{1,2}") ? nodes.date(node)
                : Optional.empty();
        java.util.regex.Matcher dayFirst = DAY_FIRST.matcher(text.get());
        if (dayFirst.matches()) {
            try {
                java.time.LocalDate meant = java.time.LocalDate.of(Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
                nodes.problems().warning(node.at(), "deadline.day-first", text.get(), meant.toString());
            } catch (java.time.DateTimeException notADay) {
                // "31/02/2027": no date to offer; printed as written.
            }
        }
        return Optional.of(new Deadline(date, text.get(), node.at()));
    }

    // §4 Budgets

    private Optional<Axis> axis(YamlNode node, List<Axis> planAxes) {
        if (node instanceof YamlNode.Scalar) {
            // A budget naming a plan-level axis by id.
            return nodes.string(node).flatMap(name -> {
                Optional<Axis> axis = planAxes.stream().filter(a -> a.id().value().equals(name)).findFirst();
                if (axis.isEmpty()) {
                    List<String> known = planAxes.stream().map(a -> a.id().value()).toList();
                    nodes.problems().error(node.at(), "axis.unknown", name,
                            plandoc.diagnostic.Hint.nearest(Suggestions.nearest(name, known)
                                    .or(() -> plandoc.diagnostic.AxisWords.meant(name, known))), String.join(", ", known));
                }
                return axis;
            });
        }
        Fields f = nodes.fields(node, "axis", PlanShape.AXIS.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<String> label = f.optional("label", nodes::string);
        List<Member> members = new ArrayList<>(f.list("members", this::member));
        int errors = errorsOutsideDeclared();
        f.optional("years", nodes::string).ifPresent(years -> members.addAll(yearMembers(years, f.node("years").get())));
        // "years: 2027-2026" said once, at the years: not again as an axis without members.
        // "memebrs:" was told with "members" as its correction: the members it holds are not missing too.
        if (members.isEmpty() && id.isPresent() && errorsOutsideDeclared() == errors
                && !f.suggested("members") && !f.suggested("years")) {
            nodes.problems().error(f.at(), "axis.no-members", id.get().value());
        }
        return id.map(i -> new Axis(i, label, members, f.at()));
    }

    private List<Member> yearMembers(String years, YamlNode node) {
        var m = java.util.regex.Pattern.compile("(\\d{4})\\s*[-\u2010-\u2015\u2212]\\s*(\\d{4})").matcher(years);
        if (m.matches() && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            nodes.problems().error(node.at(), "axis.years-reversed", years, m.group(2) + "-" + m.group(1));
            return List.of();
        }
        if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
                || Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) > 50) {
            nodes.problems().error(node.at(), "axis.years-format", years);
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        for (int y = Integer.parseInt(m.group(1)); y <= Integer.parseInt(m.group(2)); y++) {
            members.add(new Member(new Id(Integer.toString(y), node.at()), "Năm " + y, Optional.empty(), List.of(), true));
        }
        return members;
    }

    private Optional<Member> member(YamlNode node) {
        Fields f = nodes.fields(node, "axis member", PlanShape.MEMBER.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<String> label = f.optional("label", nodes::string);
        Optional<String> shortLabel = f.optional("short", nodes::string);
        List<Member> members = f.list("members", this::member);
        boolean printTotal = f.optional("print_total", nodes::bool).orElse(true);
        return id.map(i -> new Member(i, label.orElse(i.value()), shortLabel, members, printTotal));
    }

    private Optional<Budget> budget(YamlNode node, List<Axis> planAxes) {
        Fields f = nodes.fields(node, "budget", PlanShape.BUDGET.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        // A unit typed but misspelt is reported at it with the one it most likely meant ("triệu đòng" → triệu đồng): the
        // budget is read in that unit, so its sums, declared figures and references are still checked in the same run
        // (s20 tryout 17). A unit nothing is near, or none, leaves the budget out, as before: no unit to check it in.
        Optional<Unit> unit = f.required("unit", n -> nodes.choiceAnyCase(n, Unit.class, "unit")).or(() -> meantUnit(f));
        nodes.amountsIn(unit);
        Optional<Integer> writtenDecimals = f.optional("decimals", n -> nodes.integer(n, 0, 6));
        int decimals = writtenDecimals.orElse(0);
        Optional<SourcePosition> decimalsAt = f.node("decimals").map(YamlNode::at);
        int axisErrors = errorsOutsideDeclared();
        List<Axis> axes = f.list("axes", n -> axis(n, planAxes));
        // An axis that could not be read (an unknown plan axis, years that are not a range), or a plan axis that has
        // no members for its own error: the cells cannot be placed, and each would report that one mistake again.
        boolean axesRead = errorsOutsideDeclared() == axisErrors && axes.stream().noneMatch(a -> a.members().isEmpty());
        List<String> columns = budgetColumns(f);
        Map<String, String> labels = f.optional("labels", n -> Optional.of(labels(n, PlanShape.BUDGET_LABELS.keyNames()))).orElse(Map.of());
        List<TotalsRow> totals = f.list("totals", this::totalsRow);
        List<BudgetGroup> groups = new ArrayList<>(f.list("groups", this::budgetGroup));
        boolean grouped = f.has("groups");
        if (f.has("items")) {
            if (grouped) {
                nodes.problems().error(f.keyAt("items").get(), "budget.groups-and-items");
            }
            int errors = errorsOutsideDeclared();
            List<SourcePosition> leftOut = new ArrayList<>();
            List<BudgetItem> items = budgetItems(f, leftOut);
            groups.add(new BudgetGroup(Optional.empty(), Optional.empty(), items, Cells.none(f.at()), List.of(),
                    f.keyAt("items").get(), errorsOutsideDeclared() == errors, leftOut));
        }
        List<Id> from = f.node("from").map(nodes::ids).orElse(List.of());
        PrintSpec print = f.optional("print", this::printSpec).orElse(PrintSpec.defaults(f.at()));
        if (!f.has("items") && !f.has("groups") && !f.has("from") && id.isPresent()
                && !f.suggested("items") && !f.suggested("groups") && !f.suggested("from")) {
            nodes.problems().error(f.at(), "budget.no-items", id.get().value(),
                    plandoc.diagnostic.Nouns.item(Optional.ofNullable(labels.get("item")).filter(n -> !n.isEmpty())));
        }
        List<Declared> declared = declared(f);
        boolean negative = f.optional("negative", nodes::bool).orElse(false);
        if (id.isEmpty() || unit.isEmpty() || !axesRead) {
            // What it held goes with it: {ref:} to one of its items is not a second mistake either.
            for (BudgetGroup g : groups) {
                g.id().ifPresent(i -> unread.leftOut(i, IdKind.BUDGET_GROUP));
                g.items().forEach(i -> unread.leftOut(i.id(), IdKind.BUDGET_ITEM));
            }
            return unread.leftOut(id, IdKind.BUDGET);
        }
        return Optional.of(new Budget(id.get(), unit.get(), decimals, axes, columns, labels, totals, groups, grouped,
                negative, declared, from, print, decimalsAt, decimalsAt.isEmpty() || writtenDecimals.isPresent(), f.at(),
                columnsAt(f)));
    }

    /** The unit a misspelt {@code unit:} most likely meant, its error already said (it offers the same one). */
    private static Optional<Unit> meantUnit(Fields f) {
        return f.node("unit").filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).text())
                .flatMap(typed -> ChoiceHint.of(typed, java.util.Arrays.stream(Unit.values()).map(Unit::label).toList()))
                .flatMap(Unit::byLabel);
    }

    /**
     * The free-text columns printed before the money. Contract v2 lets {@code columns} name {@code money} to place
     * the money block: last, it is where plandoc prints the money anyway and is dropped; before a text column it is
     * an error at the entry saying how plandoc writes it ({@code print.money} lists what follows the money).
     */
    /** Where each name of a budget's {@code columns:} is typed (the first time). */
    private Map<String, SourcePosition> columnsAt(Fields f) {
        Map<String, SourcePosition> at = new LinkedHashMap<>();
        f.node("columns").filter(YamlNode.Sequence.class::isInstance)
                .ifPresent(n -> ((YamlNode.Sequence) n).items().forEach(item -> {
                    // Not nodes.string: a name that is no text was reported when the list was read.
                    if (item instanceof YamlNode.Scalar name) {
                        at.putIfAbsent(TextHygiene.text(name.text()).strip(), item.at());
                    }
                }));
        return at;
    }

    private List<String> budgetColumns(Fields f) {
        List<String> columns = new ArrayList<>(f.list("columns", nodes::string));
        int money = columns.indexOf("money");
        if (money < 0) {
            return columns;
        }
        List<String> after = columns.subList(money + 1, columns.size()).stream().filter(c -> !c.equals("money")).toList();
        if (!after.isEmpty()) {
            SourcePosition at = f.node("columns").filter(YamlNode.Sequence.class::isInstance)
                    .map(n -> ((YamlNode.Sequence) n).items().get(money).at()).orElse(f.at());
            nodes.problems().error(at, "budget.columns-money", String.join(", ", after));
        }
        columns.removeIf(c -> c.equals("money"));
        return columns;
    }

    private Optional<PrintSpec> printSpec(YamlNode node) {
        Fields f = nodes.fields(node, "print", PlanShape.BUDGET_PRINT.keyNames());
        List<Id> moneyNames = f.list("money", n -> nodes.string(n).map(s -> new Id(s, n.at())));
        List<Id> rowNames = f.list("rows", n -> nodes.string(n).map(s -> new Id(s, n.at())));
        List<String> money = moneyNames.stream().map(Id::value).toList();
        List<String> rows = rowNames.stream().map(Id::value).toList();
        Map<String, SourcePosition> entriesAt = new LinkedHashMap<>();
        java.util.stream.Stream.concat(moneyNames.stream(), rowNames.stream())
                .forEach(name -> entriesAt.putIfAbsent(name.value(), name.at()));
        // A value that is not one of the choices was reported at it: read as "mark", so that each crossed cell does not
        // add an error of its own for the same mistake.
        Optional<YamlNode> undeterminedNode = f.node("undetermined");
        Optional<UndeterminedCells> chosen = undeterminedNode.flatMap(n -> nodes.choice(n, UndeterminedCells.class,
                "undetermined"));
        boolean undeterminedInError = undeterminedNode.isPresent() && chosen.isEmpty();
        UndeterminedCells undetermined = undeterminedNode.isEmpty() ? UndeterminedCells.ERROR
                : chosen.orElse(UndeterminedCells.MARK);
        ItemNumbering numbering = f.optional("numbering",
                n -> nodes.choice(n, ItemNumbering.class, "numbering")).orElse(ItemNumbering.CONTINUOUS);
        return Optional.of(new PrintSpec(money, rows, undetermined,
                numbering == ItemNumbering.PER_GROUP, f.at(), undeterminedInError, entriesAt));
    }

    private Optional<TotalsRow> totalsRow(YamlNode node) {
        Fields f = nodes.fields(node, "totals row", PlanShape.TOTALS_ROW.keyNames());
        Optional<Id> axis = f.required("axis", nodes::id);
        Text label = f.optional("label", nodes::text).orElse(Text.literal("", f.at()));
        return axis.map(a -> new TotalsRow(a, label));
    }

    private Optional<BudgetGroup> budgetGroup(YamlNode node) {
        Fields f = nodes.fields(node, "budget group", PlanShape.BUDGET_GROUP.keyNames());
        Optional<Id> id = f.optional("id", nodes::id);
        Optional<Text> title = f.required("title", nodes::text);
        int errors = errorsOutsideDeclared();
        List<SourcePosition> leftOut = new ArrayList<>();
        List<BudgetItem> items = budgetItems(f, leftOut);
        Cells unallocated = f.optional("unallocated", n -> Optional.of(nodes.cells(n))).orElse(Cells.none(f.at()));
        boolean readWhole = errorsOutsideDeclared() == errors;
        return Optional.of(new BudgetGroup(id, title, items, unallocated, declared(f), f.at(), readWhole, leftOut));
    }

    /** The items read; where each entry left out for its own error was written goes to {@code leftOut}. */
    private List<BudgetItem> budgetItems(Fields f, List<SourcePosition> leftOut) {
        List<BudgetItem> items = new ArrayList<>();
        for (YamlNode entry : f.node("items").map(nodes::list).orElse(List.of())) {
            budgetItem(entry).ifPresentOrElse(items::add, () -> leftOut.add(entry.at()));
        }
        return items;
    }

    private Optional<BudgetItem> budgetItem(YamlNode node) {
        int errors = errorsOutsideDeclared();
        Fields f = nodes.fields(node, "budget item", PlanShape.BUDGET_ITEM.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<Text> title = f.required("title", nodes::text);
        Map<String, Id> sameAs = sameAs(f);
        Assignment assignment = assignment(f, sameAs.keySet());
        Optional<Text> period = sameAs.containsKey("period") ? Optional.empty() : f.optional("period", nodes::text);
        Optional<Text> fundingType = sameAs.containsKey("funding_type") ? Optional.empty()
                : f.optional("funding_type", nodes::text);
        Cells amounts = f.optional("amounts", n -> Optional.of(nodes.cells(n))).orElse(Cells.none(f.at()));
        Map<String, Cells> split = new LinkedHashMap<>();
        // At the axis's key: an axis misspelt there is said where it is written, not at its figures.
        f.optional("split", nodes::mapping).ifPresent(m -> m.entries().forEach(e ->
                split.put(e.key(), new Cells(nodes.cells(e.value()).cells(), e.keyAt()))));
        Optional<Text> noAmount = f.optional("no_amount", nodes::text);
        if (id.isEmpty() || title.isEmpty()) {
            return unread.leftOut(id, IdKind.BUDGET_ITEM);
        }
        if (repealed(f)) {
            return Optional.of(RepealedItems.budgetItem(id.get(), f.at()));
        }
        List<Declared> declared = declared(f);
        return Optional.of(new BudgetItem(id.get(), title.get(), assignment, period, fundingType, amounts, split,
                noAmount, declared, sameAs, f.at(), errorsOutsideDeclared() == errors));
    }

    /** Free-text columns written {@code { same_as: other-item }}: the text is printed from that item. */
    private Map<String, Id> sameAs(Fields f) {
        Map<String, Id> sameAs = new LinkedHashMap<>();
        for (String column : List.of("period", "lead", "partners", "outcome", "funding_type")) {
            f.node(column).filter(YamlNode.Mapping.class::isInstance).ifPresent(n -> {
                Fields ref = nodes.fields(n, column, PlanShape.SAME_AS.keyNames());
                ref.required("same_as", nodes::id).ifPresent(target -> sameAs.put(column, target));
            });
        }
        return sameAs;
    }

    /**
     * Errors reported so far, but for those in {@code declared:} figures: an item or group with one of these
     * has money that may lack what the author wrote, so the declared figures over it are not compared; a
     * mistake in a declared figure says nothing about the money it is compared with.
     */
    private int errorsOutsideDeclared() {
        return nodes.problems().errorsReported() - declaredErrors;
    }

    /** {@code declared:} as one mapping or a list of mappings (figures printed in several places). */
    private List<Declared> declared(Fields owner) {
        Optional<YamlNode> node = owner.node("declared");
        if (node.isEmpty()) {
            return List.of();
        }
        int errors = nodes.problems().errorsReported();
        List<YamlNode> entries = node.get() instanceof YamlNode.Sequence s ? s.items() : List.of(node.get());
        List<Declared> declared = new ArrayList<>();
        for (YamlNode entry : entries) {
            if (entry instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
                // "declared: 350": say which figure it is, in the one shape that fits a bare number.
                nodes.problems().error(s.at(), "declared.bare-number", s.text().strip());
                continue;
            }
            nodes.mapping(entry).ifPresent(m -> declared.add(declaredEntry(m)));
        }
        declaredErrors += nodes.problems().errorsReported() - errors;
        return declared;
    }

    private Declared declaredEntry(YamlNode.Mapping m) {
        Optional<String> in = Optional.empty();
        Optional<plandoc.model.Amount> total = Optional.empty();
        Cells amounts = Cells.none(m.at());
        Map<String, Cells> perAxis = new LinkedHashMap<>();
        List<YamlNode.Entry> entries = m.entries();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode.Entry e = entries.get(i);
            int parts = nodes.splitByComma(entries, i);
            if (parts > 0) {
                i += parts; // "total: 1.500,5" inside { }: that one error, not a bad total and an unknown key "5" as well
                continue;
            }
            switch (e.key()) {
                case "in" -> in = nodes.string(e.value());
                case "total" -> total = nodes.amount(e.value());
                case "amounts" -> amounts = nodes.cells(e.value());
                // Any other key names an axis; compute checks it against the budget's axes, at the key ("amonts:").
                default -> {
                    if (misspeltIn(e)) {
                        nodes.problems().error(e.keyAt(), "key.unknown-suggest", e.key(), "@load.context.declared", "in");
                    } else {
                        perAxis.put(e.key(), new Cells(nodes.cells(e.value()).cells(), e.keyAt()));
                    }
                }
            }
        }
        return new Declared(in, total, amounts, perAxis, m.at());
    }

    /**
     * "inn: Phụ lục 07": words where an axis's figures would stand, under a key one letter off "in" (the note of where
     * the figure is printed); read as an axis, it was told its figure is no number as well as that it is no axis.
     */
    private static boolean misspeltIn(YamlNode.Entry e) {
        return e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING
                && s.text().codePoints().anyMatch(Character::isLetter) && Suggestions.distance(e.key(), "in") <= 1;
    }

    private Map<String, String> labels(YamlNode node, List<String> allowed) {
        Fields f = nodes.fields(node, "labels", allowed);
        Map<String, String> labels = new LinkedHashMap<>();
        for (YamlNode.Entry e : f.entries()) {
            if (allowed.contains(e.key())) {
                nodes.string(e.value()).ifPresent(v -> labels.put(e.key(), v));
            }
        }
        return labels;
    }

    // §5 Appendices

    private Appendices appendices(YamlNode node) {
        Fields f = nodes.fields(node, "appendices", PlanShape.APPENDICES.keyNames());
        AppendixNumbering numbering = f.optional("numbering", n -> nodes.choice(n, AppendixNumbering.class, "numbering"))
                .orElse(AppendixNumbering.ROMAN);
        AppendixLabel label = f.optional("label", n -> nodes.choice(n, AppendixLabel.class, "label"))
                .orElse(AppendixLabel.DECREE);
        AppendixAttachment attachedTo = f.optional("attached_to",
                n -> nodes.choice(n, AppendixAttachment.class, "attached_to")).orElse(AppendixAttachment.DOCUMENT);
        Optional<Integer> start = f.optional("start", n -> nodes.startNumber(n, "appendices.start-invalid"));
        return new Appendices(numbering, label, attachedTo == AppendixAttachment.PLAN, f.list("items", this::appendix),
                f.node("attached_to").map(YamlNode::at).orElse(f.at()), start,
                f.node("start").map(YamlNode::at).orElse(f.at()));
    }

    private Optional<Appendix> appendix(YamlNode node) {
        Fields f = nodes.fields(node, "appendix", PlanShape.APPENDIX.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<Text> title = f.required("title", nodes::text);
        String orientation = f.optional("orientation", n -> nodes.choice(n, Orientation.class, "orientation"))
                .orElse(Orientation.PORTRAIT).id();
        List<String> contentKeys = PlanShape.APPENDIX.exactlyOne();
        List<String> given = contentKeys.stream().filter(f::has).toList();
        if (given.size() != 1 && !(given.isEmpty() && contentKeys.stream().anyMatch(f::suggested))) {
            nodes.problems().error(f.at(), "appendix.content", id.map(Id::value).orElse("?"),
                    given.isEmpty() ? "—" : String.join(", ", given));
        }
        Optional<AppendixContent> content = given.isEmpty() ? Optional.empty() : switch (given.get(0)) {
            case "file" -> f.optional("file", n -> nodes.string(n).flatMap(p -> files.markdown(p, n.at())))
                    .map(AppendixContent.Markdown::new);
            case "image" -> f.optional("image", n -> nodes.string(n).flatMap(p -> files.image(p, n.at())));
            case "external" -> f.optional("external", nodes::text).map(AppendixContent.External::new);
            case "show" -> f.optional("show", nodes::id).map(AppendixContent.Show::new);
            default -> f.optional("text", nodes::text).map(AppendixContent.Markdown::new);
        };
        if (id.isEmpty() || title.isEmpty() || content.isEmpty()) {
            return unread.leftOut(id, IdKind.APPENDIX);
        }
        return Optional.of(new Appendix(id.get(), title.get(), content.get(), orientation.equals("landscape"), f.at()));
    }

    /** Resolves {@code file:} and {@code image:} names inside the plan folder. */
    interface PlanFiles {
        Optional<Text> markdown(String name, SourcePosition at);

        Optional<AppendixContent.Image> image(String name, SourcePosition at);
    }
}

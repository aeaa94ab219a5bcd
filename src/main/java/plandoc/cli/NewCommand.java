package plandoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plandoc.diagnostic.Folding;
import plandoc.load.PlanLoader;
import plandoc.load.ProvincialUnits;
import plandoc.model.Province;
import plandoc.render.AtomicFileWriter;
import plandoc.schema.PlanSchema;

/**
 * {@code plandoc new <slug> [--type quyet-dinh|ke-hoach]}: starts a plan from a commented example
 * that passes {@code check} and builds, dated today, so an officer edits rather than starts blank.
 * Never overwrites a plan.
 */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {
    /** A folder name that is also a valid id: it becomes part of the site's addresses. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_SLUG = 80;

    private final Console console;

    @Parameters(index = "0", paramLabel = "${bundle:label.slug}", descriptionKey = "new.slug")
    String slug;

    @Option(names = "--type", paramLabel = "quyet-dinh|ke-hoach", descriptionKey = "new.type")
    String type = "ke-hoach";

    /** The province whose People's Committee issues the plan; absent: province.yaml's, or the plans' (IssuingProvince). */
    @Option(names = "--province", paramLabel = "${bundle:new.province.label}", descriptionKey = "new.province")
    String province;

    @Option(names = "--content", paramLabel = "${bundle:label.dir}", descriptionKey = "option.content")
    Path content = Path.of("content");

    /** The site the plan will be built into, whose schema/ the starter's $schema line names; absent: site/. */
    @Option(names = "--out", paramLabel = "${bundle:label.dir}", descriptionKey = "new.out")
    Path out;

    @Mixin
    CommonOptions common;

    /** Today, as the starter's issue date; a field so tests can fix it. */
    LocalDate today = LocalDate.now(plandoc.model.VietnamTime.ZONE);

    NewCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!type.equals("quyet-dinh") && !type.equals("ke-hoach")) {
            console.err().println(console.text("severity.error") + ": " + console.text("new.bad-type", type));
            return ExitCode.USAGE;
        }
        if (isPath(slug)) {
            return refusePath();
        }
        if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
            console.err().println(console.text("severity.error") + ": " + console.text("new.bad-slug", slug,
                    suggestion(slug)));
            return ExitCode.USAGE;
        }
        Path folder = content.resolve(slug);
        Path file = folder.resolve(PlanLoader.PLAN_FILE);
        if (Files.exists(file)) {
            console.err().println(console.text("severity.error") + ": " + console.text("new.exists", file));
            return ExitCode.CONTENT;
        }
        if (province != null && province.isBlank()) {
            console.err().println(console.text("severity.error") + ": " + console.text("new.bad-province"));
            return ExitCode.USAGE;
        }
        Optional<ProvincialUnits.Unit> typed = Optional.empty();
        if (province != null) {
            typed = unit(province);
            if (typed.isEmpty()) {
                return ExitCode.USAGE;
            }
        }
        // content/province.yaml names the province when --province does not, else the plans beside; never a guess.
        Province described = Files.isDirectory(content) ? ContentProvince.of(content) : Province.NONE;
        Optional<ProvincialUnits.Unit> beside = Optional.empty();
        if (typed.isEmpty() && described.name().isEmpty()) {
            IssuingProvince issuing = IssuingProvince.of(content);
            beside = issuing.fromPlans(today);
            if (beside.isEmpty()) {
                return refuseWithoutProvince(issuing);
            }
        }
        Optional<ProvincialUnits.Unit> fromPlans = beside;
        String provinceName = typed.or(() -> fromPlans).map(ProvincialUnits.Unit::name)
                .orElseGet(() -> described.name().orElseThrow());
        // A name the list does not know (a province.yaml written by hand) is taken to be a tỉnh, as before.
        ProvincialUnits.Unit unit = typed.orElse(ProvincialUnits.get().named(provinceName)
                .orElse(new ProvincialUnits.Unit(provinceName, "tỉnh", Optional.empty(), LocalDate.MAX)));
        String place = province == null || described.name().filter(provinceName::equals).isPresent()
                ? described.placeName().orElse(unit.place()) : unit.place();
        boolean firstPlan = !Files.isDirectory(content) || new PlanLoader(Path.of("")).planFolders(content).isEmpty();
        new AtomicFileWriter().write(file, starter(folder, unit, place).getBytes(StandardCharsets.UTF_8));
        fromPlans.ifPresent(u -> console.out().println(console.text("new.province-from-plans", u.fullName(), content,
                Province.FILE)));
        typed.ifPresent(t -> warnOtherProvince(t, described, content.resolve(Province.FILE)));
        console.out().println(console.text("new.created", file, next("serve", "--content", content),
                next("check", "", content)));
        Path provinceFile = content.resolve(Province.FILE);
        Path shared = content.resolve(described.register());
        boolean sharedIsThisProvince = Files.exists(shared) && (described.name().filter(provinceName::equals).isPresent()
                || Files.readString(shared).lines().findFirst().orElse("").contains(unit.fullName() + " "));
        if (province != null && firstPlan && !Files.exists(provinceFile) && (!Files.exists(shared) || sharedIsThisProvince)) {
            // A new province's content folder: its portal and register, said once for every plan to come.
            new AtomicFileWriter().write(provinceFile, alignComments(resource(Province.FILE),
                    fill(resource(Province.FILE), unit).replace("@PLACE@", unit.place())).getBytes(StandardCharsets.UTF_8));
            console.out().println(console.text("new.created-province", provinceFile, unit.fullName()));
        }
        if (province != null) {
            // The province's own register: beside the plans when there is none yet, else in the plan folder
            // (added to the shared one, or replacing it: province.yaml's plan_register).
            Path register = Files.exists(shared) ? folder.resolve(PlanLoader.AGENCY_FILE) : shared;
            if (!Files.exists(register) && !sharedIsThisProvince) {
                String agencies = fill(resource("agencies.yaml"), unit).replace("@PLACE@", unit.place());
                if (!register.equals(shared)) {
                    agencies = prefixed(agencies, unit, Files.readString(shared));
                }
                new AtomicFileWriter().write(register, agencies.getBytes(StandardCharsets.UTF_8));
                console.out().println(console.text("new.created-register", register, unit.fullName()));
                if (!register.equals(shared) && described.planRegister() == Province.PlanRegister.ADD) {
                    // Added to another province's register, that province's agencies would pass in this plan.
                    // province.yaml may not exist yet (the bundled content has none): then the file is to be made, not edited.
                    console.out().println(console.text(Files.exists(provinceFile) ? "new.register-added"
                            : "new.register-added-create", register, shared, provinceFile));
                }
            }
        }
        return ExitCode.OK;
    }

    /**
     * --province naming another province than province.yaml's (s30 review R8): the plan is written as asked, but the
     * folder's portal and feed are the other province's, which the officer is told, both named.
     */
    private void warnOtherProvince(ProvincialUnits.Unit typed, Province described, Path provinceFile) {
        described.name().filter(name -> !ProvincialUnits.get().named(name).map(ProvincialUnits.Unit::name)
                .orElse(name).equals(typed.name())).ifPresent(name -> console.err().println(
                console.text("severity.warning") + ": " + console.text("new.province-other", provinceFile,
                        ProvincialUnits.get().named(name).map(ProvincialUnits.Unit::fullName).orElse(name),
                        typed.fullName())));
    }

    /**
     * {@code new --help} in a folder where {@code new} would refuse without {@code --province}: its description says
     * so, and that another content folder that names the province does without it. The synopsis keeps it in brackets:
     * it is optional, and a help read without {@code --content} would otherwise call it needed for the officer's own
     * folder too (s34 review M4). Only the help's copy of the model changes, after the command line was read.
     */
    void provinceInHelp(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.Model.OptionSpec option = spec.findOption("--province");
        try {
            if (option == null || province != null || !IssuingProvince.of(content).needed(today)) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        spec.remove(option);
        // Where there is no content folder yet, said as such, not as a folder that names no province (s35 review L7).
        spec.addOption(option.toBuilder().descriptionKey(Files.isDirectory(content) ? "new.province-needed"
                : "new.province-needed-no-folder").build());
    }

    /**
     * No --province, no province.yaml, and the plans beside name no one province: said with the command to type, this
     * one's own slug, type and content folder with --province added.
     */
    private Integer refuseWithoutProvince(IssuingProvince issuing) {
        String command = commandFor(slug, content);
        String error = console.text("severity.error") + ": ";
        // What the folder lacks, as it is: no folder, a province.yaml without province: (s30 review R8), or none.
        Path provinceFile = content.resolve(Province.FILE);
        String lacking = !Files.isDirectory(content) ? console.text("new.province-no-folder", content)
                : Files.isRegularFile(provinceFile) ? console.text("new.province-unnamed", provinceFile)
                : console.text("new.province-no-file", content, Province.FILE);
        if (issuing.named().isEmpty()) {
            console.err().println(error + console.text("new.province-needed", lacking, command));
        } else {
            String named = String.join(", ", issuing.named().stream().map(ProvincialUnits.Unit::fullName).toList());
            console.err().println(error + console.text("new.province-several", lacking, named, command));
        }
        return ExitCode.USAGE;
    }

    /**
     * The command that makes plan {@code name} in {@code folder} as this one asked, with every option it needs: the
     * type, the content folder and the province (typed, or to type when the folder does not say it), so one step
     * fixes it (s30: "new content/foo" suggested "new foo", which then asked for --province).
     */
    private String commandFor(String name, Path folder) {
        String provinceOption = province != null ? " --province \"" + province + "\""
                : provinceNeeded(folder) ? " --province \"" + console.text("new.province-placeholder") + "\"" : "";
        return Launcher.command() + " new " + name + (type.equals("ke-hoach") ? "" : " --type " + type)
                + (same(folder, Path.of("content")) ? "" : " --content " + Launcher.quoted(folder.toString()))
                + provinceOption;
    }

    private boolean provinceNeeded(Path folder) {
        try {
            return IssuingProvince.of(folder).needed(today);
        } catch (IOException e) {
            return false; // the command then asks for it itself
        }
    }

    /**
     * The unit {@code --province} names, or empty when it names none (said why, with the name meant): a new
     * plan is dated today, so a province merged on 1 July 2025 is named with the one it is part of now.
     */
    private Optional<ProvincialUnits.Unit> unit(String typed) {
        ProvincialUnits units = ProvincialUnits.get();
        ProvincialUnits.Match match = units.match(typed);
        String error = console.text("severity.error") + ": ";
        if (match instanceof ProvincialUnits.Known known) {
            ProvincialUnits.Unit unit = known.unit();
            if (unit.existedOn(today)) {
                return Optional.of(unit);
            }
            ProvincialUnits.Unit now = units.current(unit);
            console.err().println(error + console.text("new.province-merged", unit.fullName(),
                    String.format(Locale.ROOT, "%1$td/%1$tm/%1$tY", unit.until()),
                    now.fullName(), now.name()));
        } else if (match instanceof ProvincialUnits.Misspelt misspelt) {
            console.err().println(error + console.text("new.province-unknown", misspelt.typed()));
            console.err().println(console.text("new.province-meant", misspelt.meant().name()));
        } else {
            console.err().println(error + console.text("new.province-unknown", ((ProvincialUnits.Unknown) match).typed()));
        }
        return Optional.empty();
    }

    /**
     * A scaffold file for the unit: "@UNIT@" its full name ("thành phố Hà Nội"), "@KIND@" tỉnh or thành phố,
     * "@PROVINCE@" its name and "@PLACE@" its name as a place ("Thành phố Hồ Chí Minh"). A level ("các sở, ban,
     * ngành cấp thành phố") is a common noun: lower case, also for the Thành phố named after a person.
     */
    private static String fill(String text, ProvincialUnits.Unit unit) {
        return text.replace("cấp @KIND@", "cấp " + unit.kind().toLowerCase(Locale.ROOT))
                .replace("@UNIT@", unit.fullName()).replace("@KIND@", unit.kind()).replace("@PROVINCE@", unit.name());
    }

    private static final Pattern REGISTER_ID = Pattern.compile("\\{ id: ([a-z0-9-]+)");

    /**
     * The starter register's ids with the province's short form before them ("tq-so-khcn"), for a register beside
     * another province's: the site's agency view and the index's filter know an agency by its id, so the same
     * "so-khcn" would file this province's tasks under the other's department (s24 review M1). Names and short
     * forms stay: plans write "Sở Khoa học và Công nghệ". The initials, or the whole name when they are taken.
     */
    static String prefixed(String register, ProvincialUnits.Unit unit, String shared) {
        String slug = Folding.slug(unit.name());
        StringBuilder initials = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        String prefix = initials + "-";
        if (shared.contains("id: " + prefix) || initials.length() < 2) {
            prefix = slug + "-";
        }
        return REGISTER_ID.matcher(register).replaceAll("{ id: " + prefix + "$1");
    }

    /** "./plandoc serve", as the user started plandoc, naming the content folder when it is not the default. */
    private static String next(String command, String option, Path content) {
        String line = Launcher.command() + " " + command;
        if (content.normalize().equals(Path.of("content"))) {
            return line;
        }
        return line + " " + (option.isEmpty() ? "" : option + " ") + Launcher.quoted(content.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("/plandoc/scaffold/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String starter(Path folder, ProvincialUnits.Unit unit, String place) throws IOException {
        String text = resource(type + ".yaml");
        String launcher = Launcher.inFiles();
        // The schema line must reach the site's schema/ from wherever this plan folder is: the site given, else the
        // site/ a build of this content folder writes (s32 tryout M5: --out site-quang-tri left it pointing nowhere).
        Path site = out != null ? out : ProjectFolder.beside(content, "site");
        Path schema = site.resolve(PlanSchema.SITE_PATH).toAbsolutePath().normalize();
        String relative = folder.toAbsolutePath().normalize().relativize(schema).toString().replace('\\', '/');
        // Its comments name plandoc as the guides do ("plandoc check"), never this installation's path (published),
        // and the content folder it was made in when that is not the default: "plandoc check" alone would check
        // another folder's plans (s33 review M2).
        String folderArgument = contentInFiles().map(c -> " " + c).orElse("");
        return alignCommands(alignComments(text, fill(text.replace("../../site/schema/plan.schema.json", relative), unit)
                // A comment's second line stays under its first's words, whichever name the first gives plandoc.
                .replace("@LAUNCHER_SPACES@", " ".repeat(launcher.length() + folderArgument.length()))
                .replace("@LAUNCHER@ check", launcher + " check" + folderArgument)
                .replace("@LAUNCHER@ serve", launcher + " serve" + contentInFiles().map(c -> " --content " + c).orElse(""))
                .replace("@LAUNCHER@ build --draft", launcher + " build --draft" + folderArgument)
                .replace("@LAUNCHER@ build", launcher + " build" + folderArgument)
                .replace("@LAUNCHER@", launcher)
                .replace("@PLACE@", place)
                .replace("@DATE@", today.toString())
                .replace("@YEAR@", Integer.toString(today.getYear()))
                // A deadline before the issue date would be a warning: three months on is always after.
                .replace("@DEADLINE@", today.plusMonths(3).toString())), launcher);
    }

    /** A starter's comment line giving a command ("#   ./plandoc check c1     kiểm tra …"), its words before the gap. */
    private static final String COMMAND_LINE = "^(#   %s \\S.*?)\\s{2,}(\\S.*)$";
    /** The line under such a comment that goes on with its description, indented under it. */
    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("^#\\s{4,}(\\S.*)$");

    /**
     * The starter's commands and what each does as two columns: every description at one column, three blanks after the
     * longest command, and a description's second line under its first. The commands are as long as plandoc's name
     * and the content folder make them (s34 review M4: "plandoc check c1     kiểm tra" above "plandoc serve --content c1
     *     xem trước").
     */
    static String alignCommands(String text, String launcher) {
        java.util.regex.Pattern command = java.util.regex.Pattern.compile(
                String.format(COMMAND_LINE, java.util.regex.Pattern.quote(launcher)));
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!command.matcher(lines[i]).matches()) {
                continue;
            }
            int end = i;
            int width = 0;
            while (end < lines.length) {
                var m = command.matcher(lines[end]);
                if (m.matches()) {
                    width = Math.max(width, m.group(1).length());
                } else if (!CONTINUED.matcher(lines[end]).matches()) {
                    break;
                }
                end++;
            }
            int column = width + 3;
            for (int j = i; j < end; j++) {
                var m = command.matcher(lines[j]);
                if (m.matches()) {
                    lines[j] = m.group(1) + " ".repeat(column - m.group(1).length()) + m.group(2);
                } else {
                    var c = CONTINUED.matcher(lines[j]);
                    c.matches();
                    lines[j] = "#" + " ".repeat(column - 1) + c.group(1);
                }
            }
            i = end - 1;
        }
        return String.join("\n", lines);
    }

    /**
     * The content folder as the starter's comments name it, empty for the default ("content"): relative to the
     * working folder, as the officer typed it or, when typed as an absolute path, made relative (the comments are
     * published with the PDF: no path of this computer in them).
     */
    private Optional<String> contentInFiles() {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path folder = content.toAbsolutePath().normalize();
        if (folder.equals(here.resolve("content"))) {
            return Optional.empty();
        }
        Path shown = content.isAbsolute() && folder.getRoot().equals(here.getRoot()) ? here.relativize(folder) : content;
        return Optional.of(Launcher.quoted(shown.toString().isEmpty() ? "." : shown.toString()));
    }

    private static final java.util.regex.Pattern TRAILING_COMMENT =
            java.util.regex.Pattern.compile("^(.*?\\S)\\s{2,}(# .*)$");

    /**
     * A filled-in placeholder ("Quảng Nam" for @PROVINCE@) moves the comment after it: put it back in the
     * column the starter's other comments share, so the officer's first file reads as a neat two columns.
     */
    static String alignComments(String template, String filled) {
        String[] before = template.split("\n", -1);
        String[] after = filled.split("\n", -1);
        if (before.length != after.length) {
            return filled;
        }
        java.util.Map<Integer, Integer> columns = new java.util.HashMap<>();
        for (String line : before) {
            var m = TRAILING_COMMENT.matcher(line);
            if (!line.contains("@") && m.matches()) {
                columns.merge(line.length() - m.group(2).length(), 1, Integer::sum);
            }
        }
        int column = columns.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(0);
        for (int i = 0; i < after.length; i++) {
            var m = TRAILING_COMMENT.matcher(after[i]);
            if (before[i].contains("@") && m.matches() && m.group(1).length() + 2 <= column) {
                after[i] = m.group(1) + " ".repeat(column - m.group(1).length()) + m.group(2);
            }
        }
        return String.join("\n", after);
    }

    static boolean isPath(String typed) {
        return typed.contains("/") || typed.contains("\\");
    }

    /**
     * "new content/foo" would make content/content-foo: the officer typed where, not what. Said with the command to type
     * — its folder's name, and the --content the path puts it in when that is not the content folder — or, when the path
     * is an existing plan (its folder or plan.yaml), that it exists (s27 tryout: "new plan-yaml" was suggested).
     */
    private Integer refusePath() {
        Path typed = Path.of(slug.replace('\\', '/').replaceAll("/+$", ""));
        if (typed.getFileName() != null && typed.getFileName().toString().equals(PlanLoader.PLAN_FILE)) {
            typed = typed.getParent() == null ? Path.of("") : typed.getParent();
        }
        boolean isContent = same(typed, content);
        Path parent = isContent || typed.getParent() == null ? content : typed.getParent();
        String name = isContent || typed.getFileName() == null ? "ke-hoach-moi" : suggestion(typed.getFileName().toString());
        Path existing = parent.resolve(name).resolve(PlanLoader.PLAN_FILE);
        if (!isContent && Files.exists(existing)) {
            console.err().println(console.text("severity.error") + ": " + console.text("new.exists", existing));
            return ExitCode.CONTENT;
        }
        console.err().println(console.text("severity.error") + ": " + console.text("new.slug-path", slug, content,
                commandFor(name, parent)));
        return ExitCode.USAGE;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** "Kế hoạch số 5" → "ke-hoach-so-5": what the officer probably meant. */
    static String suggestion(String slug) {
        String dashed = Folding.slug(slug);
        if (dashed.isEmpty()) {
            dashed = "ke-hoach-moi";
        }
        return dashed.length() > MAX_SLUG ? dashed.substring(0, MAX_SLUG).replaceAll("-+$", "") : dashed;
    }
}

package plandoc.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plandoc.diagnostic.Messages;

/** Runs the command line in-process, capturing what it prints. */
final class Cli {
    /** Exit code and the two streams, split into lines. */
    record Result(int exit, List<String> out, List<String> err) {
        String errText() {
            return String.join("\n", err);
        }

        String outText() {
            return String.join("\n", out);
        }
    }

    private Cli() {
    }

    /**
     * {@code plandoc new SLUG …} (its remaining arguments), then the starter issued as its comments say: the
     * line {@code draft: true} replaced by a number, so a plain build publishes it.
     */
    static Result newIssued(String... args) {
        Result created = runNew(args);
        int content = java.util.Arrays.asList(args).indexOf("--content");
        java.nio.file.Path plan = java.nio.file.Path.of(content < 0 ? "content" : args[content + 1]).resolve(args[1])
                .resolve("plan.yaml");
        try {
            String text = java.nio.file.Files.readString(plan);
            // As its first comment lines say: a number instead of draft: true, and the issuer's code filled in; its
            // sample signer and rows made the office's own.
            String issued = plandoc.TestPlans.starterFilledIn(text)
                    .replaceFirst("(?m)^  draft: true .*$", "  number: " + nextNumber(plan.getParent().getParent()))
                    .replaceFirst("(?m)^    code: \"\"", "    code: 000.00.00.H25");
            if (issued.equals(text)) {
                throw new AssertionError("the starter is not a draft:\n" + text);
            }
            java.nio.file.Files.writeString(plan, issued);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return created;
    }

    /**
     * The number the office's register gives next: 1 in an empty folder, else one past the highest {@code number:}
     * of the plans already there (one number is one document a year: two issued plans numbered alike are an error).
     */
    private static int nextNumber(java.nio.file.Path content) throws java.io.IOException {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?m)^  number: (\\d+)$");
        int highest = 0;
        try (java.util.stream.Stream<java.nio.file.Path> plans = java.nio.file.Files.list(content)) {
            for (java.nio.file.Path plan : plans.map(f -> f.resolve("plan.yaml")).filter(java.nio.file.Files::isRegularFile)
                    .toList()) {
                java.util.regex.Matcher found = number.matcher(java.nio.file.Files.readString(plan));
                while (found.find()) {
                    highest = Math.max(highest, Integer.parseInt(found.group(1)));
                }
            }
        }
        return highest + 1;
    }

    /**
     * {@code plandoc new SLUG …} (its remaining arguments) as an officer runs it: with the bundled content's province,
     * Hà Tĩnh, where new would ask for one (the arguments name none, and neither province.yaml nor the plans already in
     * the content folder say it). new never guesses the province (s29 tryout F6); a folder that says it is left to.
     */
    static Result runNew(String... args) {
        java.util.List<String> list = java.util.Arrays.asList(args);
        int content = list.indexOf("--content");
        java.nio.file.Path folder = java.nio.file.Path.of(content < 0 ? "content" : args[content + 1]);
        boolean needed;
        try {
            needed = !list.contains("--province")
                    && IssuingProvince.of(folder).needed(java.time.LocalDate.now(plandoc.model.VietnamTime.ZONE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!needed) {
            return run(args);
        }
        String[] named = java.util.Arrays.copyOf(args, args.length + 2);
        named[args.length] = "--province";
        named[args.length + 1] = BUNDLED_PROVINCE;
        return run(named);
    }

    /**
     * A Hà Tĩnh starter plan in {@code content}, beside the bundled register copied there, without a register of its own:
     * made in a folder of its own and moved in (new in a folder that names no province is told one, and
     * {@code --province} beside a register whose first line names no province writes the plan's own).
     */
    static Result newBesideBundledRegister(java.nio.file.Path content, String slug) throws java.io.IOException {
        java.nio.file.Path elsewhere = content.resolveSibling(content.getFileName() + "-" + slug);
        Result made = runNew("new", slug, "--content", elsewhere.toString());
        java.nio.file.Files.move(elsewhere.resolve(slug), content.resolve(slug));
        return made;
    }

    /** The province of the bundled content's plans (content/ha-tinh-*). */
    static final String BUNDLED_PROVINCE = "Hà Tĩnh";

    /** The command as the tests' office runs it: its fonts in the folder {@code PLANDOC_FONTS} names (TestFonts). */
    static Result run(String... args) {
        return runWith(System.getenv(), args);
    }

    /** As {@link #run}, on a machine with no font but the bundled stand-in: no {@code PLANDOC_FONTS}. */
    static Result runWithoutFonts(String... args) {
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.remove(plandoc.render.pdf.PdfFonts.FOLDER_VARIABLE);
        return run(environment, args);
    }

    /** {@code plandoc sign ARGS} with the keystore's password in the environment, as an officer's script gives it. */
    static Result sign(String password, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "sign";
        System.arraycopy(args, 0, line, 1, args.length);
        return runWith(java.util.Map.of(SignCommand.PASSWORD_VARIABLE, password), line);
    }

    /** As {@link #run}, the command reading {@code environment} instead of the process's own. */
    static Result runWith(java.util.Map<String, String> environment, String... args) {
        return run(plandoc.TestFonts.in(environment), args);
    }

    private static Result run(java.util.Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The console's own language is irrelevant: Main speaks the language the arguments ask for.
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage("vi"), environment);
        int exit = PlandocCommand.run(args, console);
        return new Result(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}

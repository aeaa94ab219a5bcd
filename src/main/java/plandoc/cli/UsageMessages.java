package plandoc.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Says in the user's language what was wrong with the command line: never picocli's own English message, which
 * used to be printed inside a Vietnamese line ("tham số không hợp lệ: option '--out' should be specified only once").
 */
final class UsageMessages {
    private UsageMessages() {
    }

    static String describe(CommandLine.ParameterException e, String[] args, Console io) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return io.text("cli.unknown-argument", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m.getMissing().get(0), argumentsOf(m.getCommandLine(), args), m.getCommandLine(), io);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return givenTwice(option, argumentsOf(o.getCommandLine(), args), io);
        }
        if ("missing command".equals(e.getMessage())) {
            return io.text("cli.missing-command");
        }
        // A value picocli could not convert to the option's type: the spec and the value typed come with it.
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return badValue(e.getArgSpec(), e.getValue(), io);
        }
        // None reaches here today (plandoc's commands have no groups, maps or abbreviated options); if one ever
        // does, the line as typed rather than picocli's English.
        return io.text("cli.bad-command-line", printable(String.join(" ", args)));
    }

    /**
     * picocli reports a missing argument before an unknown option ("diff --frob": "missing PLAN"), though the unknown
     * option is the mistake typed, and often the reason the argument is missing (s27-cli): that option first, as
     * picocli says an unknown option on a line that lacks nothing.
     */
    static CommandLine.ParameterException unknownFirst(CommandLine.ParameterException e, String[] args) {
        if (!(e instanceof CommandLine.MissingParameterException)) {
            return e;
        }
        CommandLine command = e.getCommandLine();
        List<String> own = argumentsOf(command, args);
        for (int i = 0; i < own.size(); i++) {
            String arg = own.get(i);
            if (arg.equals("--")) {
                break;
            }
            boolean value = i > 0 && takesValue(command.getCommandSpec().findOption(own.get(i - 1)));
            if (!value && arg.startsWith("-") && arg.length() > 1 && !known(command.getCommandSpec(), arg)) {
                return new CommandLine.UnmatchedArgumentException(command, List.of(arg));
            }
        }
        return e;
    }

    private static boolean takesValue(OptionSpec option) {
        return option != null && !isSwitch(option) && option.arity().max() > 0;
    }

    /** An option of {@code command}: "--out", "--out=a", "-j2", or switches run together ("-qv"). */
    private static boolean known(CommandLine.Model.CommandSpec command, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (command.findOption(name) != null) {
            return true;
        }
        if (arg.startsWith("--") || command.findOption(arg.substring(0, 2)) == null) {
            return false;
        }
        OptionSpec first = command.findOption(arg.substring(0, 2));
        return takesValue(first) || arg.substring(1).chars().allMatch(c -> command.findOption("-" + (char) c) != null);
    }

    /**
     * What is missing, as what it needs: "--out cần một thư mục (--out THƯ_MỤC)" for an option typed without its value,
     * "diff cần một kế hoạch (KẾ_HOẠCH)" for an argument, "sign cần --keystore với một tệp khóa .p12 (--keystore
     * TỆP.p12)" for an option the command cannot do without (s27-cli: "thiếu giá trị cho KẾ_HOẠCH").
     */
    private static String missing(CommandLine.Model.ArgSpec arg, List<String> typed, CommandLine command, Console io) {
        String label = arg.paramLabel();
        boolean choice = label.contains("|");
        String key = "cli.value." + labelKey(label, command);
        if (!choice && !io.messages().has(key)) {
            return io.text("cli.missing-parameter", name(arg));
        }
        String what = choice ? choices(label, io) : io.text(key);
        if (arg instanceof OptionSpec option) {
            boolean given = typed.stream().anyMatch(t -> java.util.Arrays.stream(option.names())
                    .anyMatch(n -> t.equals(n) || t.startsWith(n + "=")));
            return given ? io.text(choice ? "cli.option-needs-choice" : "cli.option-needs-value", name(arg), what, label)
                    : io.text("cli.command-needs-option", command.getCommandName(), name(arg), what, label);
        }
        return io.text(choice ? "cli.command-needs-choice" : "cli.command-needs", command.getCommandName(), what, label);
    }

    /** "text, html hoặc pdf" for the label "text|html|pdf". */
    private static String choices(String label, Console io) {
        String[] values = label.split("\\|");
        return String.join(", ", java.util.Arrays.copyOf(values, values.length - 1)) + " " + io.text("cli.or") + " "
                + values[values.length - 1];
    }

    /**
     * The help's key of a value's label ("dir" for THƯ_MỤC or DIR, as the help's language writes it), which names its
     * wording; a label written in the code ("N", "K/N") is its own key.
     */
    private static String labelKey(String label, CommandLine command) {
        java.util.ResourceBundle bundle = command.getResourceBundle();
        if (bundle != null) {
            for (String key : bundle.keySet()) {
                if (key.startsWith("label.") && bundle.getString(key).equals(label)) {
                    return key.substring("label.".length());
                }
            }
        }
        return label;
    }

    /** An option by its name ("--jobs" for "-j"), a positional parameter by its label ("DIR"). */
    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static boolean isSwitch(CommandLine.Model.ArgSpec arg) {
        return arg.type() == boolean.class || arg.type() == Boolean.class;
    }

    /** "--out a --out b", "--strict --strict": picocli refuses the second one; the values typed, when any. */
    private static String givenTwice(OptionSpec option, List<String> args, Console io) {
        if (isSwitch(option)) {
            return io.text("cli.given-twice", option.longestName());
        }
        List<String> values = valuesTyped(option, args);
        return values.size() < 2 ? io.text("cli.given-twice-value", option.longestName())
                : io.text("cli.given-twice-values", option.longestName(),
                        values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")));
    }

    /**
     * The part of {@code args} that is {@code command}'s: after its name for a subcommand, before the subcommand
     * for the root ("plandoc --lang en check --lang vi": two commands' options, each given once).
     */
    private static List<String> argumentsOf(CommandLine command, String[] args) {
        List<String> all = List.of(args);
        if (command.getParent() != null) {
            int at = all.indexOf(command.getCommandName());
            return at < 0 ? all : all.subList(at + 1, all.size());
        }
        for (int i = 0; i < all.size(); i++) {
            if (command.getSubcommands().containsKey(all.get(i))) {
                return all.subList(0, i);
            }
        }
        return all;
    }

    /** The values {@code args} give {@code option}: "--out a", "--out=a", "-j2", "-j=2". */
    private static List<String> valuesTyped(OptionSpec option, List<String> args) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            for (String name : option.names()) {
                if (arg.equals(name) && i + 1 < args.size()) {
                    values.add(args.get(i + 1));
                } else if (arg.startsWith(name + "=")) {
                    values.add(arg.substring(name.length() + 1));
                } else if (name.length() == 2 && arg.length() > 2 && arg.startsWith(name)) {
                    values.add(arg.substring(2));
                }
            }
        }
        return values;
    }

    private static String badValue(CommandLine.Model.ArgSpec arg, String value, Console io) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        String shown = printable(value);
        if (isSwitch(arg)) {
            return io.text("cli.switch-value", name(arg), shown);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return io.text("cli.not-a-number", name(arg), shown);
        }
        // A name Windows refuses ("site?", "a:b"), or a NUL: which character, not the JDK's reason, which is
        // English (picocli keeps only its text, so the conversion is made again to read the character's place).
        if (type == Path.class) {
            try {
                Path.of(value);
            } catch (InvalidPathException invalid) {
                int at = invalid.getIndex();
                if (at >= 0 && at < value.length()) {
                    return io.text("cli.bad-path-char", name(arg), shown, character(value.charAt(at)));
                }
            }
            return io.text("cli.bad-path", name(arg), shown);
        }
        return io.text("cli.bad-value", name(arg), shown);
    }

    /** A control character typed (a NUL) would print as nothing, or garble the terminal: "�" in its place. */
    private static String printable(String typed) {
        return typed.codePoints().map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** "?" as it is; a control character, which prints as nothing (shown as "�" in the name), by its code ("U+0000"). */
    private static String character(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c) : "\"" + c + "\"";
    }

    /**
     * "Có phải ý bạn là "build"?" for a mistyped command or option, from picocli's own suggestions: the
     * most similar command (picocli ranks them), or the options that begin like the mistyped one.
     */
    static Optional<String> suggestion(CommandLine.ParameterException e, Console io) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        boolean option = u.getUnmatched().get(0).startsWith("-");
        // "plandoc help" (git's and many tools' way): the help, not the command nearest in spelling (check).
        if (u.getUnmatched().get(0).equals("help")) {
            return Optional.of(io.text("cli.did-you-mean", DidYouMean.quoted("--help")));
        }
        List<String> names = u.getSuggestions();
        if (names.isEmpty() && option) {
            names = sameIgnoringCase(u.getUnmatched().get(0), u.getCommandLine().getCommandSpec());
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (option) {
            names = DidYouMean.nearestFirst(u.getUnmatched().get(0), names);
        }
        if (!option || names.size() == 1) {
            return Optional.of(io.text("cli.did-you-mean", DidYouMean.quoted(names.get(0))));
        }
        return Optional.of(io.text("cli.did-you-mean-any",
                names.stream().limit(DidYouMean.SHOWN).map(DidYouMean::quoted).collect(Collectors.joining(", "))));
    }

    /**
     * The options named like {@code typed} but for letter case ("--Draft" → "--draft"): picocli matches
     * case-sensitively and suggests only options that begin like the typed text, so it has none.
     */
    private static List<String> sameIgnoringCase(String typed, CommandLine.Model.CommandSpec command) {
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        return command.options().stream()
                .flatMap(o -> java.util.Arrays.stream(o.names()))
                .filter(n -> n.equalsIgnoreCase(name))
                .toList();
    }
}

package plandoc.cli;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Says in the user's language what was wrong with the command line. */
final class UsageMessages {
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "Invalid value for option '([^']+)': '(.*)' is not an? (?:int|long|integer)\\b.*", Pattern.DOTALL);

    private UsageMessages() {
    }

    static String describe(CommandLine.ParameterException e, Console io) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return io.text("cli.unknown-argument", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            // An option is named by its name ("--lang"), a positional parameter by its label ("DIR").
            return io.text("cli.missing-parameter", m.getMissing().isEmpty() ? ""
                    : m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                    : m.getMissing().get(0).paramLabel());
        }
        if ("missing command".equals(e.getMessage())) {
            return io.text("cli.missing-command");
        }
        // picocli's own words for a value that is not a number ("-j zero") were printed in English in either language.
        Matcher notNumber = NOT_A_NUMBER.matcher(String.valueOf(e.getMessage()));
        if (notNumber.matches()) {
            return io.text("cli.not-a-number", notNumber.group(1), notNumber.group(2));
        }
        return io.text("cli.bad-argument", e.getMessage());
    }

    /**
     * "Có phải ý bạn là `build`?" for a mistyped command or option, from picocli's own suggestions: the
     * most similar command (picocli ranks them), or the options that begin like the mistyped one.
     */
    static Optional<String> suggestion(CommandLine.ParameterException e, Console io) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u)) {
            return Optional.empty();
        }
        boolean option = u.getUnmatched().get(0).startsWith("-");
        List<String> names = u.getSuggestions();
        if (names.isEmpty() && option) {
            names = sameIgnoringCase(u.getUnmatched().get(0), u.getCommandLine().getCommandSpec());
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (!option || names.size() == 1) {
            return Optional.of(io.text("cli.did-you-mean", "`" + names.get(0) + "`"));
        }
        return Optional.of(io.text("cli.did-you-mean-any",
                names.stream().limit(3).map(n -> "`" + n + "`").collect(Collectors.joining(", "))));
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

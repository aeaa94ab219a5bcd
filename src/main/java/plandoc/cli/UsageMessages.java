package plandoc.cli;

import picocli.CommandLine;

/** Says in the user's language what was wrong with the command line. */
final class UsageMessages {
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
        return io.text("cli.bad-argument", e.getMessage());
    }
}

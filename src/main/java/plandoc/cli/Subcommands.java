package plandoc.cli;

import java.util.List;
import java.util.function.Function;

/**
 * plandoc's subcommands, in the order help lists them. picocli builds a command's model by reflection
 * when it is added (about a tenth of a second of a cold start for all ten, issue 17), so a command
 * line that names its subcommand gets only that one; any other line (help, a mistyped name, no
 * command) gets them all, so help and picocli's suggestions are unchanged.
 */
final class Subcommands {

    /** A subcommand's name and how to make it: an annotated command object, or a picocli model written out. */
    record Subcommand(String name, Function<Console, Object> factory) {
        Object create(Console io) {
            return factory.apply(io);
        }
    }

    private static final List<Subcommand> ALL = List.of(
            new Subcommand("check", CheckCommand::new),
            new Subcommand("build", BuildCommand::spec),
            new Subcommand("serve", ServeCommand::new),
            new Subcommand("new", NewCommand::new),
            new Subcommand("schema", SchemaCommand::new),
            new Subcommand("diff", DiffCommand::new),
            new Subcommand("templates", TemplatesCommand::new),
            new Subcommand("extract", ExtractCommand::new),
            new Subcommand("sign", SignCommand::new),
            new Subcommand("import", ImportCommand::new));

    private Subcommands() {
    }

    static List<Subcommand> all() {
        return ALL;
    }

    /**
     * The subcommand the line names after plandoc's own options ({@code --lang X}), alone; all of
     * them when the first other argument names none.
     */
    static List<Subcommand> forArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                i++;
                continue;
            }
            if (arg.startsWith("--lang=")) {
                continue;
            }
            for (Subcommand subcommand : ALL) {
                if (subcommand.name().equals(arg)) {
                    return List.of(subcommand);
                }
            }
            return ALL;
        }
        return ALL;
    }
}

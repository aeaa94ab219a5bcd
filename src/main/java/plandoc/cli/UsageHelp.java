package plandoc.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's help, but for an option one use of which takes several values ({@code --merge DIR DIR …}): picocli's
 * synopsis marks it as repeatable too, {@code [--merge=DIR...]...}, two ellipses that read as a slip. Shown
 * {@code [--merge=DIR...]}, as the option list and the README write it. And an option as long as its column goes
 * on a line of its own, not one blank before its description.
 */
final class UsageHelp implements CommandLine.IHelpFactory {
    @Override
    public CommandLine.Help create(CommandSpec command, CommandLine.Help.ColorScheme colors) {
        if (command.userObject() instanceof NewCommand starter && command.commandLine() != null
                && command.commandLine().isUsageHelpRequested()) {
            starter.provinceInHelp(command);
        }
        return new CommandLine.Help(command, colors) {
            @Override
            protected Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, List<OptionSpec> options,
                                                             Comparator<OptionSpec> sort, boolean cluster) {
                List<OptionSpec> several = options.stream()
                        .filter(o -> o.isMultiValue() && o.arity().max() > 1 && !o.hidden() && !done.contains(o)).toList();
                List<OptionSpec> rest = new ArrayList<>(options);
                rest.removeAll(several);
                Text text = super.createDetailedSynopsisOptionsText(done, rest, sort, cluster);
                for (OptionSpec option : several) {
                    Text name = colorScheme().optionText(option.shortestName());
                    Text values = parameterLabelRenderer().renderParameterLabel(option, ansi(),
                            colorScheme().optionParamStyles());
                    text = option.required() ? text.concat(" ").concat(name).concat(values)
                            : text.concat(" [").concat(name).concat(values).concat("]");
                }
                return text;
            }

            /**
             * picocli's column, but an option that fills it to the last place goes on a line of its own, as a longer
             * one does: picocli wrote it with one blank before its description ("--separate-appendices Ghi thêm…",
             * the Vietnamese labels having made the column 22 wide, that option 21), where the others have two or
             * more; the English help, its column narrower, puts it on its own line (s28 cli). The column one
             * narrower does it, the longest option beside its description keeping two blanks; when that would fill
             * it with another option, the column is widened instead.
             */
            @Override
            public int calcLongOptionColumnWidth(List<OptionSpec> options,
                                                 List<CommandLine.Model.PositionalParamSpec> positionals,
                                                 CommandLine.Help.ColorScheme scheme) {
                int width = super.calcLongOptionColumnWidth(options, positionals, scheme);
                CommandLine.Help.IOptionRenderer renderer = createDefaultOptionRenderer();
                java.util.Set<Integer> lengths = new java.util.HashSet<>();
                options.stream().filter(o -> !o.hidden()).forEach(o -> lengths.add(
                        renderer.render(o, parameterLabelRenderer(), scheme)[0][3].plainString().length()));
                if (!lengths.contains(width - 1)) {
                    return width;
                }
                if (!lengths.contains(width - 2)) {
                    return width - 1;
                }
                int wider = width + 1;
                while (lengths.contains(wider - 1)) {
                    wider++;
                }
                return wider;
            }
        };
    }
}

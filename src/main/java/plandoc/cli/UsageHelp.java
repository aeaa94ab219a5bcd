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
 * {@code [--merge=DIR...]}, as the option list and the README write it.
 */
final class UsageHelp implements CommandLine.IHelpFactory {
    @Override
    public CommandLine.Help create(CommandSpec command, CommandLine.Help.ColorScheme colors) {
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
        };
    }
}

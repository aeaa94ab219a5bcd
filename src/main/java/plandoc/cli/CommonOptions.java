package plandoc.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options every subcommand takes: {@code --lang vi|en} (read before parsing, by {@link PlandocCommand}, to
 * choose the messages; declared so that it parses after the command's name too) and {@code -h}/{@code --help}.
 * The annotated commands mix it in ({@code @Mixin}); {@code build}, whose model is written out with the
 * programmatic API (issue 17), adds the same two options from {@link #lang()} and {@link #help()}.
 */
final class CommonOptions {
    private static final String LANG = "--lang";
    private static final String LANG_LABEL = "vi|en";
    private static final String LANG_KEY = "option.lang";
    private static final String HELP_KEY = "help";

    @Option(names = LANG, paramLabel = LANG_LABEL, descriptionKey = LANG_KEY)
    String lang = "vi";

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = HELP_KEY)
    boolean help;

    /** {@code --lang}, as the annotated field declares it. */
    static OptionSpec lang() {
        return OptionSpec.builder(LANG).paramLabel(LANG_LABEL).descriptionKey(LANG_KEY).type(String.class).build();
    }

    /** {@code -h}/{@code --help}, as the annotated field declares it. */
    static OptionSpec help() {
        return OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey(HELP_KEY).type(boolean.class).build();
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * s25 review: the Vietnamese help read {@code [--merge=DIR...]...} — English labels (DIR, FILE, PLAN) in a
 * Vietnamese help, and two ellipses on one option. Every command's labels follow the help's language (the English
 * ones, {@link EnglishHelpLabelsTest}), and no synopsis marks an option as repeatable when one use takes several values.
 */
class HelpSynopsisTest {
    /** The English labels plandoc's help used; none is a Vietnamese word. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(DIR|FILE|PLAN|REV|SLUG|NAME|ID|TABLE|ALIAS|HOST)\\b");

    @Test
    void theVietnameseHelpLabelsValuesInVietnamese() {
        List<String> english = new ArrayList<>();
        for (Subcommands.Subcommand command : Subcommands.all()) {
            Cli.Result help = Cli.run(command.name(), "--help");
            assertEquals(0, help.exit(), help.errText());
            Matcher m = ENGLISH.matcher(help.outText());
            while (m.find()) {
                english.add(command.name() + " " + m.group());
            }
        }
        assertEquals(List.of(), english);
        String build = Cli.run("build", "--help").outText();
        assertTrue(build.contains("[--out=THƯ_MỤC]") && build.contains("      [THƯ_MỤC]"), build);
        assertTrue(Cli.run("extract").errText().startsWith("lỗi: extract cần một tệp PDF (TỆP.pdf)"));
    }

    @Test
    void anOptionTakingSeveralValuesIsShownOnce() {
        for (String lang : List.of("vi", "en")) {
            for (Subcommands.Subcommand command : Subcommands.all()) {
                String help = Cli.run("--lang", lang, command.name(), "--help").outText();
                assertTrue(!help.contains("...]..."), help);
            }
        }
        String synopsis = Cli.run("build", "--help").outText().replaceAll("\\s+", " ");
        assertTrue(synopsis.contains(" [--merge=THƯ_MỤC...] [THƯ_MỤC] "), synopsis);
        assertTrue(Cli.run("--lang", "en", "build", "--help").outText().replaceAll("\\s+", " ")
                .contains(" [--merge=DIR...] [DIR] "));
    }

    /** "templates export" writes into templates/ when no folder is given: its folder is optional in the synopsis too. */
    @Test
    void anOptionalParameterIsBracketed() {
        assertTrue(Cli.run("templates", "--help").out().contains("plandoc templates [-h] [--lang=vi|en] export|diff [THƯ_MỤC]"));
    }
}

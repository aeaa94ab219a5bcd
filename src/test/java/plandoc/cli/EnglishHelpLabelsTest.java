package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * New-user review (session 12): {@code --province=TÊN} in the English help. Every command's option and
 * parameter labels follow {@code --lang}: in English no label holds a Vietnamese letter; in Vietnamese the
 * province's is TÊN.
 */
class EnglishHelpLabelsTest {
    /** "--province=NAME", "-j, --jobs=N", "[DIR]", "FILE.pdf": the labels of a help's option list. */
    private static final Pattern LABEL = Pattern.compile("(?m)^\\s+(?:-\\w, )?--[\\w-]+=(\\S+)|^\\s{6}\\[?([A-Z][\\w.|-]*)\\]?\\s");

    @Test
    void everyLabelOfTheEnglishHelpIsEnglish() {
        List<String> vietnamese = new ArrayList<>();
        int labels = 0;
        for (Subcommands.Subcommand command : Subcommands.all()) {
            Cli.Result help = Cli.run("--lang", "en", command.name(), "--help");
            assertEquals(0, help.exit(), help.errText());
            Matcher m = LABEL.matcher(help.outText());
            while (m.find()) {
                String label = m.group(1) != null ? m.group(1) : m.group(2);
                labels++;
                if (!label.chars().allMatch(c -> c < 128)) {
                    vietnamese.add(command.name() + " " + label);
                }
            }
        }
        assertTrue(labels > 30, "the help's labels were found: " + labels);
        assertEquals(List.of(), vietnamese);
        assertTrue(Cli.run("--lang", "en", "new", "--help").outText().contains("--province=NAME"));
        assertTrue(Cli.runNew("new", "--help").outText().contains("--province=TÊN"));
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * picocli wraps help at 80 columns with the JDK's line breaker, which breaks after a "." inside a word:
 * "content/&lt;folder&gt;/plan." then "yaml." on the next line. No help or usage text, in either language,
 * may split a word, a file name or a path across two lines.
 */
class HelpWrappingTest {
    @Test
    void noHelpTextSplitsAWordAcrossLines() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("cli.properties", "cli_vi.properties", "cli_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = HelpWrappingTest.class.getResourceAsStream("/plandoc/" + name)) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.values().forEach(v -> texts.add(v.toString()));
        }
        List<String> splits = new ArrayList<>();
        int breaks = 0;
        for (String line : UsageTextsGoldenTest.lines()) {
            Cli.Result result = Cli.run(line.isEmpty() ? new String[0] : line.split(" "));
            for (List<String> lines : List.of(result.out(), result.err())) {
                for (int i = 1; i < lines.size(); i++) {
                    String before = lines.get(i - 1).strip();
                    String after = lines.get(i).strip();
                    if (before.isEmpty() || after.isEmpty()) {
                        continue;
                    }
                    String last = before.substring(before.lastIndexOf(' ') + 1);
                    String first = after.split(" ", 2)[0];
                    // A line break the text put at a space reads "last first" in the source; one inside a
                    // word reads "lastfirst".
                    if (texts.stream().anyMatch(t -> t.contains(last + " " + first))) {
                        breaks++;
                    } else if (texts.stream().anyMatch(t -> t.contains(last + first))) {
                        splits.add(line + ": \"" + last + "\" / \"" + first + "\"");
                    }
                }
            }
        }
        assertTrue(breaks > 100, "the check must see the help's wrapped lines: " + breaks);
        assertEquals(List.of(), splits);
    }

    /**
     * s28 cli: the Vietnamese {@code build --help} printed "--separate-appendices Ghi thêm…", one blank between the
     * option and its description, where every other option has two or more: the option filled picocli's column to the
     * last place. It goes on a line of its own, as in the English help. Every command's help, in both languages.
     */
    @Test
    void everyOptionStandsApartFromItsDescription() {
        java.util.regex.Pattern option = java.util.regex.Pattern.compile("^  (?:-\\w, |    )(--\\S+)( +)\\S");
        List<String> crowded = new ArrayList<>();
        int options = 0;
        for (String lang : List.of("vi", "en")) {
            for (Subcommands.Subcommand command : Subcommands.all()) {
                Cli.Result help = Cli.run("--lang", lang, command.name(), "--help");
                assertEquals(0, help.exit(), help.errText());
                for (String line : help.out()) {
                    java.util.regex.Matcher m = option.matcher(line);
                    if (m.find()) {
                        options++;
                        if (m.group(2).length() < 2) {
                            crowded.add(lang + " " + command.name() + ": " + line);
                        }
                    }
                }
            }
        }
        assertTrue(options > 60, "the check must see the options: " + options);
        assertEquals(List.of(), crowded);
    }
}

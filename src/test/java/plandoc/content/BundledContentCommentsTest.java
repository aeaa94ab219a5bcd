package plandoc.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled plans' sources are embedded in their PDFs (and signed with them): a comment there is what an officer
 * would write, in Vietnamese, never a developer's note naming seed lines, test fixtures or EXPECTED.md (s27 review M1;
 * those notes are in docs/bundled-plans.md). Rule: every comment holds a Vietnamese letter and no English word of a
 * developer's sentence.
 */
class BundledContentCommentsTest {
    private static final Pattern COMMENT = Pattern.compile("^\\s*#(.*)$|^[^'\"#]*\\s#(.*)$");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVELOPER = Pattern.compile("src/|EXPECTED|\\b(seed|test|tests|fixtures?|the|not|is"
            + "|its|by|printed|original|first|then|shared|own|of|and|as|one|per)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void theBundledYamlHoldsNoDeveloperComment() throws IOException {
        List<String> bad = new ArrayList<>();
        int comments = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                Matcher m = COMMENT.matcher(lines.get(n));
                if (!m.matches()) {
                    continue;
                }
                String text = m.group(1) != null ? m.group(1) : m.group(2);
                comments++;
                if (!VIETNAMESE.matcher(text).find() || DEVELOPER.matcher(text).find()) {
                    bad.add(file + ":" + (n + 1) + ": #" + text);
                }
            }
        }
        assertTrue(comments > 5, "comments read: " + comments);
        assertEquals(List.of(), bad, "developer notes belong in docs/bundled-plans.md");
    }
}

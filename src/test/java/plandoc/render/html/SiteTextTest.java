package plandoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The site chrome's two bundles say the same things, and the templates and the search script ask only for those. */
class SiteTextTest {
    private static final Path TEMPLATES = Path.of("templates");

    @Test
    void everyKeyIsInBothLanguages() {
        SiteText vi = SiteText.of("vi");
        SiteText en = SiteText.of("en");
        assertEquals("vi", vi.language());
        assertEquals("en", en.language());
        assertFalse(vi.texts().isEmpty());
        Set<String> onlyVi = new TreeSet<>(vi.texts().keySet());
        onlyVi.removeAll(en.texts().keySet());
        Set<String> onlyEn = new TreeSet<>(en.texts().keySet());
        onlyEn.removeAll(vi.texts().keySet());
        assertEquals(Set.of(), onlyVi, "in site_vi.properties but not in site_en.properties");
        assertEquals(Set.of(), onlyEn, "in site_en.properties but not in site_vi.properties");
        assertNotEquals(vi.texts().get("index.title"), en.texts().get("index.title"));
    }

    @Test
    void onlyAnEnglishChromeMarksTheDocumentAsVietnamese() {
        assertEquals("", SiteText.of("vi").contentLanguage());
        assertEquals("vi", SiteText.of("en").contentLanguage());
        assertEquals("vi", SiteText.of("fr").language(), "anything but en is the default, Vietnamese");
    }

    @Test
    void everyTextATemplateOrTheSearchScriptAsksForExists() throws IOException {
        Set<String> keys = SiteText.of("vi").texts().keySet();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                Matcher m = Pattern.compile("text\\[\"([^\"]+)\"\\]").matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertTrue(asked.size() > 40, asked.toString());
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "asked for by a template, not in the bundle");

        // Each word the script says (say('x')) is placed by index.ftlh on its script tag (data-x).
        String script = Files.readString(TEMPLATES.resolve("assets/portal.js"), StandardCharsets.UTF_8);
        String index = Files.readString(TEMPLATES.resolve("index.ftlh"), StandardCharsets.UTF_8);
        Matcher say = Pattern.compile("say\\('([a-z-]+)'").matcher(script);
        int count = 0;
        while (say.find()) {
            count++;
            assertTrue(index.contains(" data-" + say.group(1) + "=\"${text["), "index.ftlh places data-" + say.group(1));
        }
        assertTrue(count >= 10, "the script's words: " + count);
    }
}

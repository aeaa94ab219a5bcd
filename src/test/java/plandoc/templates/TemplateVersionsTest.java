package plandoc.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Problem;

class TemplateVersionsTest {
    private static final Path REPOSITORY_TEMPLATES = Path.of("templates");

    @Test
    void everyBundledTemplateCarriesTheVersionTheChangelogEndsAt() throws IOException {
        Set<String> ftlh = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(REPOSITORY_TEMPLATES)) {
            walk.filter(p -> p.toString().endsWith(".ftlh"))
                    .forEach(p -> ftlh.add(REPOSITORY_TEMPLATES.relativize(p).toString().replace('\\', '/')));
        }
        // A new template without a changelog entry would never be warned about.
        assertEquals(ftlh, TemplateChangelog.templates());
        for (String name : ftlh) {
            TemplateVersions.Marker marker = TemplateVersions.marker(Files.readString(REPOSITORY_TEMPLATES.resolve(name)), name);
            assertEquals(TemplateChangelog.current(name), marker.version(), name);
            assertEquals(2, marker.line(), name + ": the marker follows the <#ftl> line");
        }
    }

    @Test
    void versionsCountUpFromOneWithoutGaps() {
        for (String name : TemplateChangelog.templates()) {
            List<Integer> versions = TemplateChangelog.since(name, 0).stream().map(TemplateChangelog.Change::version).toList();
            for (int i = 0; i < versions.size(); i++) {
                assertEquals(i + 1, versions.get(i), name);
            }
        }
    }

    @Test
    void theMarkerIsFoundBelowLinesAProvinceAddedAndPointsAtItsColumn() {
        String text = "<#ftl output_format=\"HTML\">\n<#-- Sở TT&TT Quảng Nam, 2027 -->\n  <#-- plandoc-template plan.ftlh 2 -->\n";
        assertEquals(new TemplateVersions.Marker(2, 3, 3), TemplateVersions.marker(text, "plan.ftlh"));
    }

    @Test
    void aMarkerNamingAnotherTemplateSaysNothingAboutThisOne() {
        String copied = "<#ftl output_format=\"HTML\">\n<#-- plandoc-template plan.ftlh 3 -->\n";
        assertEquals(new TemplateVersions.Marker(0, 1, 1), TemplateVersions.marker(copied, "separate.ftlh"));
        assertEquals(new TemplateVersions.Marker(0, 1, 1), TemplateVersions.marker("<#-- plandoc-template plan.ftlh 3x -->", "plan.ftlh"));
    }

    @Test
    void anExportCarriesTheMarkersAndIsNotWarnedAbout(@TempDir Path dir) throws IOException {
        TemplateFolder.export(dir);
        assertEquals(TemplateChangelog.current("plan.ftlh"),
                TemplateVersions.marker(Files.readString(dir.resolve("plan.ftlh")), "plan.ftlh").version());
        assertEquals(List.of(), TemplateVersions.check(dir, "vi", () -> "plandoc"));
    }

    @Test
    void anOlderCopyIsOneWarningListingWhatCameAfterItsVersion(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("partials/document.ftlh"), "<#ftl>\n<#-- plandoc-template partials/document.ftlh 2 -->\n");
        List<Problem> problems = TemplateVersions.check(dir, "en", () -> "./plandoc");
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals(dir.resolve("partials/document.ftlh") + ":2:1", p.at().toString());
        assertEquals("templates.older", p.message().key());
        assertEquals(List.of("partials/document.ftlh", "2", String.valueOf(TemplateChangelog.current("partials/document.ftlh"))),
                p.message().args().subList(0, 3));
        String missing = p.message().args().get(3);
        assertTrue(missing.contains("3: the summary title (trích yếu) breaks between phrases"), missing);
        assertTrue(missing.contains("4: on a phone, a wide table's group titles"), missing);
        assertTrue(missing.contains("5: the downloads list the e-document record (XML)"), missing);
        assertTrue(missing.contains("6: prints the secrecy and urgency stamps"), missing);
        assertTrue(missing.contains("7: an English page marks the tables' names in the downloads as Vietnamese"), missing);
        assertTrue(missing.contains("9: the downloads give each document and data file's size"), missing);
        assertTrue(missing.contains("11: the \"·\" between download links is in a span class=\"sep\""), missing);
        assertTrue(!missing.contains("- 2: "), missing); // "- ": version 12 holds "2: " too
    }
}

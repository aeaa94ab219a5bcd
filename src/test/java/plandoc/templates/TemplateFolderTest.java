package plandoc.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFolderTest {
    private static final Path REPOSITORY_TEMPLATES = Path.of("templates");

    @Test
    void withoutAFolderTheDefaultsPackagedInPlandocAreUsed() throws IOException {
        Path folder = TemplateFolder.resolve(Path.of("no-such-folder"));
        for (String name : new String[] {"plan.ftlh", "index.ftlh", "partials/document.ftlh", "assets/pdf.css"}) {
            assertEquals(Files.readString(REPOSITORY_TEMPLATES.resolve(name)), Files.readString(folder.resolve(name)), name);
        }
    }

    @Test
    void aCompleteFolderIsUsedAsItIsSoServeSeesEachEdit() throws IOException {
        assertEquals(REPOSITORY_TEMPLATES, TemplateFolder.resolve(REPOSITORY_TEMPLATES));
    }

    @Test
    void aPartialFolderOverridesTheDefaultsFileByFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/pdf.css"), "/* Hà Giang */");
        Path folder = TemplateFolder.resolve(dir);
        assertEquals("/* Hà Giang */", Files.readString(folder.resolve("assets/pdf.css")));
        assertEquals(Files.readString(REPOSITORY_TEMPLATES.resolve("plan.ftlh")), Files.readString(folder.resolve("plan.ftlh")));
    }

    @Test
    void exportCopiesTheDefaultsAndKeepsWhatIsThere(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.ftlh"), "của tỉnh");
        int written = TemplateFolder.export(dir);
        assertEquals("của tỉnh", Files.readString(dir.resolve("plan.ftlh")));
        assertEquals(Files.readString(REPOSITORY_TEMPLATES.resolve("partials/document.ftlh")),
                Files.readString(dir.resolve("partials/document.ftlh")));
        assertEquals(TemplateFolder.packaged().size() - 1, written);
    }

    @Test
    void theDefaultsAreListedFromAJarByTheirNamesAlone(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("plandoc.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"plandoc/cli/Main.class", "plandoc/default-templates/",
                    "plandoc/default-templates/plan.ftlh", "plandoc/default-templates/partials/",
                    "plandoc/default-templates/partials/document.ftlh", "plandoc/default-templates-old/x.ftlh"}) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        URL marker = new URL("jar:" + jar.toUri() + "!/plandoc/default-templates/plan.ftlh");
        assertEquals(Set.of("plan.ftlh", "partials/document.ftlh"), TemplateFolder.namesInJar(marker));
    }

    @Test
    void theNamesAreThoseOfTheFilesRead() throws IOException {
        assertEquals(TemplateFolder.packaged().keySet(), TemplateFolder.packagedNames());
    }
}

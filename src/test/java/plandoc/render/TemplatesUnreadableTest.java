package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

/** A templates folder that cannot be read is an IO problem naming the missing file, or else the folder. */
class TemplatesUnreadableTest {
    private static RenderProblem problem(Path templates) {
        RenderException e = assertThrows(RenderException.class, () -> PlanRenderer.forTemplates(templates,
                new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults()));
        return e.toProblem();
    }

    @Test
    void aMissingStylesheetIsNamed(@TempDir Path temp) {
        RenderProblem p = problem(temp); // a folder of templates without assets/pdf.css
        assertEquals(RenderProblem.Kind.IO, p.kind());
        assertEquals(temp.resolve("assets/pdf.css").toString(), p.location());
        assertEquals("render.file-missing", p.message().key());
    }

    @Test
    void aFolderThatIsNotThereIsSaidOfTheFolder(@TempDir Path temp) {
        Path absent = temp.resolve("mau");
        RenderProblem p = problem(absent);
        assertEquals(RenderProblem.Kind.IO, p.kind());
        assertEquals(absent.toString(), p.location());
        assertEquals("render.templates-unreadable", p.message().key());
        assertTrue(p.message().args().get(0).contains("mau"), p.message().args().toString());
    }
}

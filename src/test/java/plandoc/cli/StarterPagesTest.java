package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * s20 review 11: the starter of {@code plandoc new} put its five-column appendix on a landscape page, which Decree 30
 * keeps for tables too wide for portrait; every officer starting from it inherited a page a reviewer questions. Each
 * starter, built as it comes, prints every page portrait.
 */
class StarterPagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ke-hoach", "quyet-dinh"})
    void theStartersAppendixTableIsPrintedPortrait(String type) throws Exception {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "thu", "--type", type, "--content", content.toString()).exit());
        Path out = dir.resolve("site-draft");
        Cli.Result build = Cli.run("build", "--draft", "--content", content.toString(), "--out", out.toString(), "-j", "1");
        assertEquals(0, build.exit(), build.errText());
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out.resolve("thu"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
        assertEquals(1, pdfs.size(), pdfs.toString());
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "the body and its appendix");
            int page = 0;
            for (PDPage p : pdf.getPages()) {
                page++;
                PDRectangle box = p.getMediaBox();
                assertTrue(box.getWidth() < box.getHeight() && p.getRotation() == 0, type + ", page " + page + " is portrait");
            }
        }
    }
}

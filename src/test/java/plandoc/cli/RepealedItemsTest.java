package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F4: dropping a repealed task renumbered every task after it, so "nhiệm vụ số 3" cited by another document
 * named another task. With {@code repealed: true} the task and the budget item keep their numbers, print "(Bãi bỏ)",
 * and the repealed item's money is left out of the totals (read back from the PDF).
 */
class RepealedItemsTest {
    private static final Path PLAN = Path.of("src/test/resources/fixtures/repealed/plan.yaml");

    @TempDir
    Path dir;

    @Test
    void aRepealedItemKeepsItsNumberAndItsMoneyIsNotCounted() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("content").resolve("repealed"));
        Files.copy(PLAN, folder.resolve("plan.yaml"));
        Path site = dir.resolve("site");
        Cli.Result built = Cli.run("build", "--content", dir.resolve("content").toString(), "--out", site.toString(),
                "-j", "1");
        assertEquals(0, built.exit(), built.errText());
        String text;
        try (PDDocument pdf = Loader.loadPDF(site.resolve("repealed").resolve("12-KH-UBND.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }
        for (String row : new String[] {"1 Rà soát quy trình", "2 \\(Bãi bỏ\\)", "3 Tập huấn sử dụng chữ ký số",
                "1 Mua máy chủ ký số", "3 Hội thảo chuyển đổi số"}) {
            assertTrue(Pattern.compile("(?m)^\\s*" + row).matcher(text).find(), row + " in\n" + text);
        }
        assertEquals(2, text.split("\\(Bãi bỏ\\)", -1).length - 1, text);
        assertFalse(text.contains("Mua sắm thiết bị") || text.contains("Bồi dưỡng lãnh đạo"), text);
        assertTrue(text.contains("Tổng kinh phí 250 triệu đồng"), text);
        assertTrue(Pattern.compile("(?m)^Tổng cộng\\s+250\\s*$").matcher(text).find(), text);
        // Nor does the agency view give the repealed work to its agency.
        assertFalse(Files.readString(site.resolve("repealed").resolve("plan.json")).contains("Bồi dưỡng"));
    }
}

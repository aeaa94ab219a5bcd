package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.Plan;

/**
 * Broken-input cases that cannot be committed as files under {@code src/test/resources/errors/}: a
 * 20 MB plan, a symlink, and the full-size billion-laughs document (the committed one is small).
 */
class HostileInputTest {
    static final Path ERRORS = Path.of("src/test/resources/errors");

    /** The first 19 lines of a valid plan, a decision with its one article, and its Nơi nhận's Lưu line (20 lines). */
    static String validHead() throws IOException {
        List<String> lines = Files.readAllLines(ERRORS.resolve("anchor-alias/plan.yaml"));
        return String.join("\n", lines.subList(0, 19)) + "\n  archive: [VT]\n";
    }

    @Test
    void twentyMegabytePlanIsRefusedBySize(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.yaml");
        try (Writer w = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
            w.write(validHead());
            w.write("extra: |\n");
            String line = "  " + "Nội dung dán từ tệp xuất khẩu rất dài. ".repeat(4) + "\n";
            for (long written = 0; written < 20L * 1024 * 1024; written += line.getBytes(StandardCharsets.UTF_8).length) {
                w.write(line);
            }
        }
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("check", dir.toString()));
        assertEquals(List.of(plan + ":1:1: lỗi: tệp lớn 20 MB, vượt giới hạn 5 MB của một kế hoạch; "
                + "hãy tách nội dung dài ra tệp Markdown riêng"), r.err());
        assertEquals(1, r.exit());
    }

    /** Ten levels of nine aliases: 10^9 strings if expanded. Refused as aliases, at once, nothing expanded. */
    @Test
    void billionLaughsIsRefusedQuickly(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder(validHead()).append("lol:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            String p = "*" + previous;
            yaml.append("  ").append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, p))).append("]\n");
            previous = String.valueOf(c);
        }
        Files.writeString(dir.resolve("plan.yaml"), yaml);
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("check", dir.toString()));
        assertEquals(1, r.exit());
        assertEquals(10, r.err().stream().filter(l -> l.contains("không dùng neo YAML")).count(), r.errText());
        assertEquals(81, r.err().stream().filter(l -> l.contains("không dùng bí danh YAML")).count(), r.errText());
        assertTrue(r.err().stream().allMatch(l -> l.startsWith(dir.resolve("plan.yaml") + ":")), r.errText());
    }

    /** An image that is a symlink to a file outside the plan folder, and one inside a symlinked folder. */
    @Test
    void symlinkedImageOutsideThePlanIsRefused(@TempDir Path root) throws IOException {
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path folder = Files.createDirectories(root.resolve("plan"));
        Files.createSymbolicLink(folder.resolve("ban-do.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(folder.resolve("anh"), outside);
        Files.writeString(folder.resolve("plan.yaml"), validHead() + """
                appendices:
                  items:
                    - id: pl-ban-do
                      title: Bản đồ
                      image: ban-do.png
                    - id: pl-anh
                      title: Ảnh
                      image: anh/secret.png
                """);
        Cli.Result r = Cli.run("check", folder.toString());
        String outsideMessage = "nằm ngoài thư mục kế hoạch; chỉ dùng được tệp bên trong thư mục của kế hoạch "
                + "(không dùng \"..\", đường dẫn tuyệt đối hay liên kết ra ngoài)";
        Path plan = folder.resolve("plan.yaml");
        assertEquals(List.of(
                plan + ":25:14: lỗi: tệp \"ban-do.png\" " + outsideMessage,
                plan + ":28:14: lỗi: tệp \"anh/secret.png\" " + outsideMessage), r.err());
        assertEquals(1, r.exit());
    }

    /** Decomposed (NFD) text, as some Mac and web editors produce it, is read as composed (NFC) text. */
    @Test
    void decomposedTextIsNormalisedSilently(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), Normalizer.normalize(validHead(), Normalizer.Form.NFD));
        assertTrue(!Normalizer.isNormalized(Files.readString(dir.resolve("plan.yaml")), Normalizer.Form.NFC));
        Problems problems = new Problems();
        Optional<Plan> plan = new PlanLoader(dir).load(dir, problems);
        assertEquals(List.of(), problems.sorted());
        String title = plan.orElseThrow().document().title().orElseThrow().literalText();
        assertEquals("Về việc phê duyệt kế hoạch thử", title);
        assertTrue(Normalizer.isNormalized(title, Normalizer.Form.NFC));
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", plan.get().document().issuer().orElseThrow().name());
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(List.of(), r.err());
        assertEquals(0, r.exit());
    }
}

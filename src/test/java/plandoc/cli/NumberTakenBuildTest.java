package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F3: a published decision's folder copied for a new one, its number left as it was, was published beside
 * it, two texts under one "Số: 1520/QĐ-UBND". In a real second build, where the first decision is known by its site
 * record and not read again, the copy takes the error at its {@code number:}, naming the first's; the first stays
 * published as it was, the copy is not published.
 */
class NumberTakenBuildTest {
    private static final Path CASE = ErrorCasesTest.ERRORS.resolve("number-taken");

    @TempDir
    Path dir;

    @Test
    void aCopiedFolderWithTheSameNumberIsNotPublished() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path site = dir.resolve("site");
        copy("qd-ban-hanh", content);
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        byte[] issued = Files.readAllBytes(site.resolve("qd-ban-hanh").resolve("1520-QD-UBND.pdf"));

        copy("qd-chep-lai", content);
        Cli.Result second = build(content, site);
        assertEquals(1, second.exit(), second.errText());
        List<String> taken = second.err().stream().filter(l -> l.contains("1520/QĐ-UBND năm 2026")).toList();
        assertEquals(1, taken.size(), second.errText());
        assertTrue(taken.get(0).startsWith(content.resolve("qd-chep-lai").resolve("plan.yaml") + ":8:11: lỗi: số và ký "
                + "hiệu 1520/QĐ-UBND năm 2026 đã dùng cho văn bản khác (" + content.resolve("qd-ban-hanh").resolve("plan.yaml")
                + ":8:11, thư mục qd-ban-hanh)"), taken.get(0));
        assertFalse(Files.exists(site.resolve("qd-chep-lai")), "the copy is not published");
        assertArrayEquals(issued, Files.readAllBytes(site.resolve("qd-ban-hanh").resolve("1520-QD-UBND.pdf")),
                "the issued decision stays as published");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-ban-hanh/"), "and listed");
    }

    private static void copy(String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(CASE.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
    }
}

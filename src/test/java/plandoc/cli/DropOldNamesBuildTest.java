package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * s17 (left by s16, tryout 5): the bundled 424 plan published under a mistyped number (4244), corrected (the build
 * keeps the mistyped names as copies and says how to drop them), then {@code build --drop-old-names}: the copies
 * leave the site, the current files and a signed PDF do not, and the site read back names no old name. Real builds
 * through the command line.
 */
class DropOldNamesBuildTest {
    private static final String SLUG = "ha-tinh-424-2022";
    /** Why the old names are kept, as the build says it: the number was corrected. */
    private static final String NUMBER = " (số văn bản đã đổi, ví dụ số ghi nhầm đã sửa)";

    @TempDir
    Path dir;

    @Test
    void aMistypedNumberCorrectedLeavesOldNamesThatTheOptionDrops() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Path plan = Files.createDirectories(content.resolve(SLUG)).resolve("plan.yaml");
        String yaml = Files.readString(Path.of("content", SLUG, "plan.yaml"));
        assertTrue(yaml.contains("  number: 424\n"));
        Files.writeString(plan, yaml.replace("  number: 424\n", "  number: 4244\n"));
        Path folder = dir.resolve("site").resolve(SLUG);
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result mistyped = build("--reissue");
        assertEquals(0, mistyped.exit(), mistyped.errText());
        assertTrue(Files.exists(folder.resolve("4244-QD-UBND.pdf")), list(folder).toString());

        Files.writeString(plan, yaml);
        Cli.Result corrected = build("--reissue");
        assertEquals(0, corrected.exit(), corrected.errText());
        List<String> old = List.of("4244-QD-UBND.docx", "4244-QD-UBND.pdf", "4244-QD-UBND.xlsx");
        assertEquals(List.of("Giữ tên tệp cũ của " + SLUG + " làm bản sao của tệp mới, để liên kết cũ vẫn mở được (trang và "
                + "danh mục chỉ dẫn tên mới): 4244-QD-UBND.docx → 424-QD-UBND.docx, 4244-QD-UBND.pdf → "
                + "424-QD-UBND.pdf, 4244-QD-UBND.xlsx → 424-QD-UBND.xlsx" + NUMBER + ". Tên cũ nào chưa từng "
                + "được đăng thì bỏ bằng lệnh: " + Launcher.command() + " build --drop-old-names " + SLUG),
                lines(corrected, "Giữ tên tệp cũ"));
        assertTrue(list(folder).containsAll(old));

        // The old PDF copy signed in place (as the province's signing tool may sign any PDF in site/).
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path person = SignCommandTest.keystore(dir, "nguoi-ky", "Võ Trọng Hải", ca);
        Cli.Result sign = Cli.sign("mat-khau-thu", folder.resolve("4244-QD-UBND.pdf").toString(),
                "--keystore", person.toString());
        assertEquals(0, sign.exit(), sign.errText());
        byte[] signedOld = Files.readAllBytes(folder.resolve("4244-QD-UBND.pdf"));
        Map<String, byte[]> current = new java.util.TreeMap<>();
        for (String name : list(folder)) {
            if (!old.contains(name)) {
                current.put(name, Files.readAllBytes(folder.resolve(name)));
            }
        }

        // A name that is not an old one: a usage mistake said before anything is built (exit 2, no count of plan
        // errors, no "built" line), with the old names kept, and nothing dropped.
        Cli.Result wrong = build("--drop-old-names", SLUG + "/424-QD-UBND.pdf");
        assertEquals(2, wrong.exit(), wrong.errText());
        assertEquals("", wrong.outText());
        assertEquals(1, wrong.errText().strip().lines().count(), wrong.errText());
        assertTrue(wrong.errText().contains("lỗi: --drop-old-names " + SLUG + "/424-QD-UBND.pdf: không có tên tệp cũ nào "
                + "như vậy đang được giữ (tên hiện hành và tệp đã ký số không bao giờ bị bỏ); các tên cũ đang giữ: "
                + SLUG + "/4244-QD-UBND.docx, " + SLUG + "/4244-QD-UBND.pdf, " + SLUG + "/4244-QD-UBND.xlsx"),
                wrong.errText());
        assertTrue(list(folder).containsAll(old));
        Cli.Result wrongEn = build("--drop-old-names", "ke-hoach-khac", "--lang", "en");
        assertEquals(2, wrongEn.exit(), wrongEn.errText());
        assertEquals("error: --drop-old-names ke-hoach-khac: no such old file name is kept (current names and signed "
                + "files are never dropped); the old names kept: " + SLUG + "/4244-QD-UBND.docx, " + SLUG
                + "/4244-QD-UBND.pdf, " + SLUG + "/4244-QD-UBND.xlsx", wrongEn.errText().strip());

        Cli.Result dropped = build("--drop-old-names");
        assertEquals(0, dropped.exit(), dropped.errText());
        assertEquals(List.of("Đã bỏ tên tệp cũ của " + SLUG + " (liên kết tới các tên này không mở được nữa; tệp hiện "
                + "hành giữ nguyên): 4244-QD-UBND.docx → 424-QD-UBND.docx, 4244-QD-UBND.pdf → 424-QD-UBND.pdf, "
                + "4244-QD-UBND.xlsx → 424-QD-UBND.xlsx"), lines(dropped, "Đã bỏ tên tệp cũ"));
        assertTrue(dropped.outText().contains("(vẽ lại 0, giữ nguyên 1)"), dropped.outText());
        // Read back: the current files as they were, no old name, the signed copy archived (a build deletes none).
        assertEquals(current.keySet(), new java.util.TreeSet<>(list(folder)));
        for (Map.Entry<String, byte[]> file : current.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())), file.getKey());
        }
        List<Path> archived = archived();
        assertEquals(1, archived.size(), archived.toString());
        assertArrayEquals(signedOld, Files.readAllBytes(archived.get(0)));
        assertTrue(dropped.outText().contains("Đã lưu tệp đã ký số được thay thế: " + archived.get(0)), dropped.outText());
        String record = Files.readString(StateFolder.resolve(dir.resolve("site"), ".plandoc/records/" + SLUG + ".json"));
        // No old name left in it; the version --reissue replaced stays listed (s32/s33: kept in the record, linked).
        com.fasterxml.jackson.databind.node.ObjectNode fields = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(record);
        assertEquals("ban-da-thay-the/" + SLUG + "/4244-QD-UBND-thay-the-", fields.remove("archived").get(0).get("path")
                .asText().replaceFirst("\\d{4}-\\d{2}-\\d{2}(-\\d+)?\\.pdf$", ""), record);
        assertFalse(fields.toString().contains("4244"), record);
        for (String page : List.of("index.html", "feed.xml", "datapackage.json", SLUG + "/index.html")) {
            String text = Files.readString(dir.resolve("site").resolve(page));
            // No old name ("4244-QD-UBND.pdf"); the page links the re-issued version archived as "4244-QD-UBND-thay-the-…".
            assertFalse(text.contains("4244-QD-UBND."), page);
        }

        // The next build renders nothing and brings nothing back; --drop-old-names is not for a draft build.
        Cli.Result next = build();
        assertEquals(0, next.exit(), next.errText());
        assertTrue(next.outText().contains("(vẽ lại 0, giữ nguyên 1)"), next.outText());
        assertEquals(current.keySet(), new java.util.TreeSet<>(list(folder)));
        Cli.Result draft = Cli.run("build", "--content", content.toString(), "--draft", "--drop-old-names", "--lang", "en");
        assertEquals(2, draft.exit());
        assertEquals("error: --drop-old-names does not go with --draft: drop old file names from site/ with a plain build",
                draft.errText());
    }

    @Test
    void aCurrentNameTheCorrectedNumberTurnsOldIsDroppedInTheSameBuild() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Path plan = Files.createDirectories(content.resolve(SLUG)).resolve("plan.yaml");
        String yaml = Files.readString(Path.of("content", SLUG, "plan.yaml"));
        Files.writeString(plan, yaml.replace("  number: 424\n", "  number: 4244\n"));
        assertEquals(0, build("--reissue").exit());
        Files.writeString(plan, yaml);

        // Read before the build, the site keeps no old name yet; 4244-QD-UBND.pdf becomes one as the plan is renumbered.
        Cli.Result both = build("--reissue", "--drop-old-names", SLUG + "/4244-QD-UBND.pdf");
        assertEquals(0, both.exit(), both.errText());
        Path folder = dir.resolve("site").resolve(SLUG);
        assertFalse(Files.exists(folder.resolve("4244-QD-UBND.pdf")));
        assertTrue(Files.exists(folder.resolve("424-QD-UBND.pdf")));
        assertTrue(Files.exists(folder.resolve("4244-QD-UBND.docx")), "only the named old name goes");
    }

    private Cli.Result build(String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<Path> archived() throws Exception {
        Path archive = dir.resolve("site/luu-ban-da-ky");
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(Cli.Result result, String start) {
        return result.out().stream().filter(l -> l.startsWith(start)).toList();
    }
}

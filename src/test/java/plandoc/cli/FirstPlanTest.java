package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s15-tryout: {@code plandoc check} in a folder with no document yet said only "no content folder". It now says how
 * to start one, with {@code new} as the user started plandoc ({@link Launcher}); a content folder with no plan too.
 */
class FirstPlanTest {
    @TempDir
    Path temp;

    /** A real process in an empty working folder, started by the installed wrapper. */
    private List<String> run(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "plandoc.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put(Launcher.ENVIRONMENT, "/opt/plandoc-0.1.0/plandoc");
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return List.of(Integer.toString(process.waitFor()), err.strip());
    }

    @Test
    void anEmptyWorkingFolderSaysHowToStartAFirstDocument() throws Exception {
        assertEquals(List.of("2", "lỗi: không có thư mục content\nNếu đây là thư mục làm việc mới, chạy"
                + " /opt/plandoc-0.1.0/plandoc new ke-hoach-moi --province \"Tên tỉnh\" để tạo văn bản đầu tiên (thư mục"
                + " content được tạo cùng văn bản); nếu không, hãy chạy lệnh trong thư mục có sẵn thư mục content."), run(temp, "check"));
        assertEquals(List.of("2", "error: no such folder content\nIf this is a new working folder, run"
                + " /opt/plandoc-0.1.0/plandoc new ke-hoach-moi --province \"Province name\" to make a first document (the"
                + " content folder is made with it); otherwise run the command in the folder that holds the content folder."), run(temp, "build", "--lang", "en"));
        assertEquals(List.of(), Files.list(temp).toList(), "nothing written");
    }

    @Test
    void aContentFolderWithoutPlansSaysHowToStartOne() throws Exception {
        Files.createDirectories(temp.resolve("content"));
        assertEquals(List.of("1", "lỗi: thư mục content không có kế hoạch nào (mỗi kế hoạch là một thư mục con chứa"
                + " plan.yaml)\nĐể bắt đầu văn bản đầu tiên, chạy /opt/plandoc-0.1.0/plandoc new ke-hoach-moi --province"
                + " \"Tên tỉnh\" (tạo một kế hoạch mẫu để sửa; thêm --type quyet-dinh cho một quyết định), rồi chạy lại"
                + " lệnh này."), run(temp, "check"));

        Path other = Files.createDirectories(temp.resolve("noi dung"));
        Cli.Result en = Cli.run("check", other.toString(), "--lang", "en");
        assertEquals(1, en.exit());
        assertEquals(List.of("error: folder " + other + " holds no plans (each plan is a sub-folder with a plan.yaml)",
                "To start a first document, run ./plandoc new ke-hoach-moi --content '" + other + "' --province"
                        + " \"Province name\" (a starter plan to edit; add --type quyet-dinh for a decision), then run this"
                        + " command again."), en.err());
    }

    /** An empty folder among plan folders is a plan folder not written yet: a new plan inside it would be wrong. */
    @Test
    void anEmptyPlanFolderGetsNoNewHint() throws Exception {
        Path content = CheckCacheTest.copyPlan(temp);
        Path empty = Files.createDirectories(content.resolve("ke-hoach-moi"));
        Cli.Result result = Cli.run("build", empty.toString(), "--out", temp.resolve("site").toString());
        assertEquals(1, result.exit());
        assertEquals(List.of("lỗi: thư mục " + empty + " không có kế hoạch nào (mỗi kế hoạch là một thư mục con chứa"
                + " plan.yaml)"), result.err());
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s29 tryout F2: the starter given its number without its sample content replaced published the signer
 * "Nguyễn Văn A" and the sample budget, even with --strict. Once the document has a number they are errors, each at
 * its value; the draft the starter is stays clean, and the starter filled in as an officer does passes.
 */
class StarterSamplesTest {
    @TempDir
    Path dir;

    @Test
    void theStarterIssuedUnchangedIsAnErrorAtItsSignerAndSampleRows() throws IOException {
        for (String type : List.of("ke-hoach", "quyet-dinh")) {
            Path content = dir.resolve(type).resolve("content");
            assertEquals(0, Cli.runNew("new", "mau", "--type", type, "--province", "Quảng Trị", "--content",
                    content.toString()).exit());
            Path plan = content.resolve("mau/plan.yaml");
            assertEquals(0, Cli.run("check", "--strict", plan.toString()).exit(), "the draft starter is clean");

            String issued = Files.readString(plan).replaceFirst("(?m)^  draft: true .*$", "  number: 216")
                    .replaceFirst("(?m)^    code: \"\"", "    code: 000.00.00.H50");
            Files.writeString(plan, issued);
            List<String> lines = Files.readAllLines(plan);
            int signer = lines.indexOf("    name: Nguyễn Văn A") + 1;
            int row = lines.indexOf("        title: Trang bị chứng thư số cho cán bộ, công chức") + 1;
            int second = lines.indexOf("        title: Tập huấn sử dụng chữ ký số") + 1;
            assertTrue(signer > 0 && row > 0 && second > 0, issued);

            Cli.Result vi = Cli.run("check", plan.toString());
            assertEquals(ExitCode.CONTENT, vi.exit(), vi.errText());
            assertEquals(List.of(
                    plan + ":" + signer + ":11: lỗi: người ký \"Nguyễn Văn A\" là tên mẫu do plandoc new ghi, mà văn bản "
                            + "đã có số (không còn là dự thảo) và vẫn giữ nội dung mẫu: hãy ghi họ và tên người ký văn "
                            + "bản ở name:, ví dụ name: Trần Thị Bình",
                    plan + ":" + row + ":16: lỗi: dòng \"Trang bị chứng thư số cho cán bộ, công chức\" (mã chung-thu-so) "
                            + "là nội dung mẫu do plandoc new ghi, mà văn bản đã có số (không còn là dự thảo): hãy thay "
                            + "bằng nội dung của văn bản (sửa tên và số liệu của dòng), hoặc xóa dòng này",
                    plan + ":" + second + ":16: lỗi: dòng \"Tập huấn sử dụng chữ ký số\" (mã tap-huan) là nội dung mẫu "
                            + "do plandoc new ghi, mà văn bản đã có số (không còn là dự thảo): hãy thay bằng nội dung của "
                            + "văn bản (sửa tên và số liệu của dòng), hoặc xóa dòng này"), vi.err());
            Cli.Result en = Cli.run("--lang", "en", "check", plan.toString());
            assertTrue(en.errText().contains(plan + ":" + signer + ":11: error: signer \"Nguyễn Văn A\" is the sample "
                    + "name plandoc new writes, but the document has a number"), en.errText());
            assertTrue(en.errText().contains(plan + ":" + row + ":16: error: row \"Trang bị chứng thư số cho cán bộ, công "
                    + "chức\" (id chung-thu-so) is sample content plandoc new writes"), en.errText());

            // Nothing is published: the build stops at them.
            Path site = dir.resolve(type).resolve("site");
            Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
            assertEquals(ExitCode.CONTENT, build.exit(), build.errText());
            assertTrue(!Files.exists(site.resolve("mau/216-" + (type.equals("ke-hoach") ? "KH" : "QD") + "-UBND.pdf")));

            // Made the office's own (its signer, its rows' wording), it passes --strict.
            Files.writeString(plan, plandoc.TestPlans.starterFilledIn(issued));
            Cli.Result filled = Cli.run("check", "--strict", plan.toString());
            assertEquals(0, filled.exit(), filled.errText());
        }
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.TestRepository;

/**
 * Issue 13's "done when": an officer of a second province, with the docs only, goes from nothing to a
 * published plan and its comparison table. Each step exits 0 and says nothing in English or in a
 * developer's words.
 */
class HaGiangSessionTest {
    /** Words an officer should never have to read. */
    private static final List<String> JARGON = List.of("HEAD", "working tree", "thư mục làm việc", "Exception",
            "error", "warning", "null", "slug", "stack", "Hà Tĩnh");

    private static final String PLAN = """
            document:
              type: ke-hoach
              issuer:
                name: Ủy ban nhân dân tỉnh Tuyên Quang
                short: UBND tỉnh
                code: 000.00.00.H24
              number: 167
              symbol: KH-UBND
              place: Tuyên Quang
              date: 2026-03-02
              title: Chuyển đổi số tỉnh Tuyên Quang năm 2026
              signature:
                authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
                title: Phó Chủ tịch
                name: Nguyễn Văn Sơn
              recipients: [Sở Khoa học và Công nghệ]
              archive: [VT]
            plan:
              sections:
                - id: muc-kinh-phi
                  title: Kinh phí
                  text: "Tổng kinh phí {amount:du-an}; chi tiết tại {ref:pl-du-an}, {ref:pl-dao-tao} và {ref:pl-nam}."
            budgets:
              - id: du-an
                unit: triệu đồng
                columns: [lead]
                axes:
                  - { id: nam, years: 2026-2027 }
                print:
                  numbering: per-group
                  money: [total, nam, lead]
                groups:
                  - title: Hạ tầng số
                    items:
                      - { id: mang, title: Mạng diện rộng, lead: Sở Khoa học và Công nghệ, amounts: { 2026: 10, 2027: 5 } }
                      - { id: camera, title: Camera giám sát, lead: Công an tỉnh, amounts: { 2026: 3 } }
                  - title: Dữ liệu số
                    items:
                      - { id: du-lieu, title: Cơ sở dữ liệu dân cư, lead: Sở Nội vụ, amounts: { 2027: 7 } }
              - id: dao-tao
                unit: triệu đồng
                items:
                  - { id: tap-huan, title: Tập huấn kỹ năng số, amounts: 20 }
                  - { id: tuyen-truyen, title: Tuyên truyền, amounts: 5 }
              - id: theo-nam
                unit: triệu đồng
                axes:
                  - { id: nam, years: 2026-2028 }
                items:
                  - { id: van-hanh, title: Vận hành hệ thống, amounts: { 2026: 4, 2027: 4, 2028: 4 } }
            appendices:
              items:
                - { id: pl-du-an, title: Danh mục dự án, orientation: landscape, show: du-an }
                - { id: pl-dao-tao, title: Kinh phí đào tạo, show: dao-tao }
                - { id: pl-nam, title: Kinh phí vận hành theo năm, show: theo-nam }
            """;

    @TempDir
    Path dir;

    @Test
    void aSecondProvincesOfficerSucceedsAlone() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("ha-giang"))) {
            Path content = repo.root().resolve("content");
            List<Cli.Result> steps = new ArrayList<>();

            steps.add(ok(Cli.runNew("new", "ke-hoach-cds", "--province", "Tuyên Quang", "--content", content.toString())));
            assertTrue(Files.readString(content.resolve("agencies.yaml")).contains("Sở Khoa học và Công nghệ"));
            repo.write("content/ke-hoach-cds/plan.yaml", PLAN);
            steps.add(ok(Cli.run("check", "--strict", content.toString())));

            Path site = dir.resolve("site");
            steps.add(ok(Cli.run("build", "--content", content.toString(), "--out", site.toString())));
            List<String> csv = Files.readAllLines(site.resolve("ke-hoach-cds/du-an.csv"));
            assertEquals("1;Cơ sở dữ liệu dân cư;7;;7;Sở Nội vụ;", csv.get(5), "numbered again in group II: " + csv);
            assertTrue(Files.readAllLines(site.resolve("ke-hoach-cds/dao-tao.csv")).contains(";Tổng cộng;25;có"), "the total row's label in the title column");

            repo.commit("Sở KH&CN Tuyên Quang", "Kế hoạch 167 như đã ban hành");
            repo.write("content/ke-hoach-cds/plan.yaml", PLAN.replace("amounts: { 2026: 3 }", "amounts: { 2026: 6 }"));
            Path pdf = dir.resolve("so-sanh.pdf");
            Cli.Result diff = ok(Cli.run("diff", repo.plan("ke-hoach-cds").toString(), "--format", "pdf", "--out",
                    pdf.toString()));
            steps.add(diff);
            assertTrue(diff.outText().contains("Năm 2026: 3 → 6 (+3)"), diff.outText());
            assertTrue(diff.errText().isEmpty(), diff.errText());

            String text;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            assertTrue(text.contains("Trước điều chỉnh: bản đã commit ngày"), text);
            assertTrue(text.contains("sau điều chỉnh: bản đang soạn"), text);
            assertTrue(text.contains("Camera giám sát"), text);

            for (Cli.Result step : steps) {
                String said = step.outText() + "\n" + step.errText();
                for (String word : JARGON) {
                    assertTrue(!said.contains(word), "\"" + word + "\" in: " + said);
                }
            }
        }
    }

    private static Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.exit(), r.outText() + "\n" + r.errText());
        return r;
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * {@code build --clean content/PLAN} renders that plan again; the other plans, known only by their site records, stay as
 * published (s30 review R4: each was said to "have errors", with its sources looked for under the plan argument's
 * folder and named as deleted there).
 */
class OnePlanCleanBuildTest {
    private static final String PLAN = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-tieu
                  title: Mục tiêu
                  text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
            """;

    @TempDir
    Path dir;

    @Test
    void theOtherPlanStaysAsPublishedWithoutANote() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("kh-a"));
        Files.createDirectories(content.resolve("kh-b"));
        Files.writeString(content.resolve("kh-a/plan.yaml"), PLAN);
        Files.writeString(content.resolve("kh-b/plan.yaml"), PLAN.replace("number: 4086", "number: 4087"));
        String site = dir.resolve("site").toString();
        Cli.Result whole = Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", site);
        assertEquals(0, whole.exit(), whole.errText());
        byte[] otherPage = Files.readAllBytes(dir.resolve("site/kh-b/index.html"));

        for (String lang : new String[] {"vi", "en"}) {
            Cli.Result one = Cli.run("--lang", lang, "build", "--clean", content.resolve("kh-a").toString(),
                    "--templates", "templates", "--out", site);
            assertEquals(0, one.exit(), one.errText());
            assertTrue(one.err().stream().noneMatch(l -> l.contains("kh-b")), one.errText());
            assertTrue(one.out().stream().noneMatch(l -> l.contains("có lỗi") || l.contains("because of errors")), one.outText());
            assertTrue(Files.exists(dir.resolve("site/kh-b/index.html")), "the other plan stays published");
        }
        assertTrue(java.util.Arrays.equals(otherPage, Files.readAllBytes(dir.resolve("site/kh-b/index.html"))),
                "the other plan's page as published");
    }
}

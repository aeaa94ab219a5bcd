package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.SmallPlan;
import plandoc.diff.TestRepository;

/**
 * A plan named on the command line the way an officer may name it — its plan.yaml, the content folder, a file in
 * it, a bare folder name, a Windows path — is read alike by every command that takes a plan, or answered with the
 * folder to type (s26 tryout M-1: {@code diff content/x/plan.yaml} said to create plan.yaml). Runs in the project's
 * folder, whose {@code content/} holds the bundled plans.
 */
class PlanArgumentTest {
    private static final String PLAN = "content/ha-tinh-4086-2012";
    private static final String MEANT = "Có phải ý bạn là \"" + PLAN + "\"?";

    @TempDir
    Path dir;

    @Test
    void diffTakesAPlansFileForItsFolder() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Ban hành");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED);
            Path plan = repo.plan(SmallPlan.SLUG);
            Cli.Result folder = Cli.run("diff", plan.toString());
            Cli.Result file = Cli.run("diff", plan.resolve("plan.yaml").toString());
            assertEquals(0, file.exit(), file.errText());
            assertEquals(folder.out(), file.out());
            Cli.Result committed = Cli.run("diff", plan.resolve("plan.yaml").toString(), "--to", "HEAD");
            assertEquals(0, committed.exit(), committed.errText());
            assertEquals("Không có thay đổi.", committed.out().get(1));
        }
    }

    @Test
    void diffOfTheContentFolderNamesThePlansInIt() {
        for (String folder : List.of("content", "content/", "./content")) {
            Cli.Result r = Cli.run("diff", folder);
            assertEquals(2, r.exit(), r.errText());
            assertEquals(List.of("lỗi: " + Path.of(folder) + " không phải thư mục của một kế hoạch (thư mục chứa plan.yaml); diff so"
                    + " sánh từng kế hoạch một", "Có phải ý bạn là một trong \"content/ha-tinh-4086-2012\","
                    + " \"content/ha-tinh-424-2022\"?", "Xem cách dùng: ./plandoc diff --help"), r.err());
        }
        Cli.Result en = Cli.run("--lang", "en", "diff", "content");
        assertEquals(List.of("error: content is not a plan's folder (one holding plan.yaml); diff compares one plan at a"
                + " time", "Did you mean one of \"content/ha-tinh-4086-2012\", \"content/ha-tinh-424-2022\"?",
                "See the usage: ./plandoc diff --help"), en.err());
    }

    /** The same slips, the same answer, whichever command takes the plan. */
    @Test
    void aFileInAPlanABareNameOrABackslashPathNamesThePlanFolder() {
        for (String typed : List.of(PLAN + "/phu-luc-1.md", PLAN + "/plan.yml", "ha-tinh-4086-2012", "content\\ha-tinh-4086-2012")) {
            for (List<String> command : List.of(List.of("check"), List.of("build", "--out", dir.resolve("site").toString()),
                    List.of("diff"))) {
                List<String> args = new java.util.ArrayList<>(command);
                args.add(1, typed);
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.errText());
                assertEquals(MEANT, r.err().get(1), String.join(" ", args) + "\n" + r.errText());
            }
        }
        assertEquals(List.of("lỗi: không có thư mục ha-tinh-4086", MEANT), Cli.run("check", "ha-tinh-4086").err());
        assertEquals(List.of("lỗi: không có thư mục kế hoạch content\\ha-tinh-4086-2012", MEANT,
                "Xem cách dùng: ./plandoc diff --help"), Cli.run("diff", "content\\ha-tinh-4086-2012").err());
    }

    @Test
    void importIntoTakesAPlanOnly() throws Exception {
        Path sheet = Files.write(dir.resolve("bang.xlsx"), new byte[0]);
        Cli.Result bare = Cli.run("import", sheet.toString(), "--into", "ha-tinh-4086-2012");
        assertEquals(2, bare.exit(), bare.errText());
        assertEquals(List.of("lỗi: ha-tinh-4086-2012 không phải một kế hoạch: --into cần thư mục của kế hoạch (thư mục chứa"
                + " plan.yaml) hoặc tệp plan.yaml của nó", MEANT), bare.err());
        Cli.Result content = Cli.run("import", sheet.toString(), "--into", "content");
        assertEquals(2, content.exit(), content.errText());
        assertEquals("Có phải ý bạn là một trong \"content/ha-tinh-4086-2012\", \"content/ha-tinh-424-2022\"?",
                content.err().get(1));
        // Another YAML file was taken as the plan to add the budget to.
        Path agencies = Files.writeString(dir.resolve("agencies.yaml"), "agencies: []\n");
        Cli.Result register = Cli.run("import", sheet.toString(), "--into", agencies.toString());
        assertEquals(2, register.exit(), register.errText());
        assertEquals("agencies: []\n", Files.readString(agencies));
    }

    /**
     * s27 re-read L6: {@code check .} in the project's folder (beside content/ and templates/) read the folder as the
     * content folder, called content/ a plan folder without plan.yaml and advised renaming it _content, which hides
     * every plan. The project's folder is read as its content/, as typed or as another folder's path.
     */
    @Test
    void theProjectsFolderIsReadAsItsContentFolder() throws Exception {
        Cli.Result here = Cli.run("check", ".");
        assertEquals(0, here.exit(), here.errText());
        assertEquals(List.of(), here.err().stream().filter(l -> l.contains("_") && l.contains("plan.yaml")).toList());
        org.junit.jupiter.api.Assertions.assertTrue(here.outText().contains("Đã kiểm tra 2 văn bản"), here.outText());
        org.junit.jupiter.api.Assertions.assertTrue(here.err().stream().allMatch(l -> l.startsWith("content/")),
                here.errText());

        Path project = dir.resolve("du-an");
        Files.createDirectories(project.resolve("templates"));
        Path plan = Files.createDirectories(project.resolve("content").resolve("ke-hoach"));
        Files.writeString(plan.resolve("plan.yaml"), plandoc.TestPlans.DECISION);
        Cli.Result elsewhere = Cli.run("check", project.toString());
        assertEquals(0, elsewhere.exit(), elsewhere.errText());
        org.junit.jupiter.api.Assertions.assertTrue(elsewhere.outText().contains("Đã kiểm tra 1 văn bản"),
                elsewhere.outText());
    }
}

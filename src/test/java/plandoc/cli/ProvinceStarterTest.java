package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: the starter is right for the chosen province and prints nothing its author did not write. */
class ProvinceStarterTest {
    @TempDir
    Path dir;

    @Test
    void theStarterOfAnotherProvincePassesStrictCheckAndPrintsOnlyWhatItSays() throws IOException {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "ke-hoach-cds", "--province", "tỉnh tuyên quang", "--content", content.toString()).exit());
        String plan = Files.readString(content.resolve("ke-hoach-cds/plan.yaml"));
        assertTrue(plan.contains("name: Ủy ban nhân dân tỉnh Tuyên Quang") && plan.contains("place: Tuyên Quang"), plan);
        assertTrue(Files.readString(content.resolve("agencies.yaml")).startsWith("# Danh mục cơ quan, đơn vị của tỉnh Tuyên Quang "));

        Cli.Result check = Cli.run("check", "--strict", content.toString());
        assertEquals(0, check.exit(), check.errText());
        // The starter is a draft: it prints with build --draft.
        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--draft", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());

        Path pdf;
        try (Stream<Path> files = Files.list(site.resolve("ke-hoach-cds"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(!text.contains("Hà Tĩnh"), "another province's name: " + text);
        assertTrue(text.contains("Ủy ban nhân dân tỉnh Tuyên Quang") || text.contains("ỦY BAN NHÂN DÂN"), text);
        // The objective's target sits under its year's column, not as "- 2026: 100%" under "Năm 2026".
        assertTrue(!text.matches("(?s).*- 20\\d\\d: .*"), text);
        // A duty names who does it: the agency is the section's title, as such plans write it, printed once
        // (the section's agency: is data for the agency view, never printed).
        assertTrue(text.contains("1. Sở Khoa học và Công nghệ\nChủ trì, theo dõi, đôn đốc"), text);
        assertTrue(text.contains("2. Sở Tài chính\nTham mưu bố trí kinh phí"), text);
        assertTrue(!text.contains("Sở Khoa học và Công nghệ\nSở Khoa học và Công nghệ"), text);
    }

    /**
     * s11: a new user's first build must not publish what looks like an issued document ("Số: 01/KH-UBND"):
     * the starter is a draft (docs/format.md, e-office drafts). A plain build leaves it out and says how to
     * print it; build --draft prints it with its number and date blank and the DỰ THẢO mark; given its
     * number as its comments say (draft: true out, number: in), a plain build publishes it under that number.
     */
    @Test
    void theStarterIsADraftUntilItIsGivenItsNumber() throws IOException {
        Path content = dir.resolve("content");
        Cli.Result created = Cli.runNew("new", "ke-hoach-cds", "--content", content.toString());
        assertTrue(created.outText().contains("bản dự thảo"), created.outText());
        Path planFile = content.resolve("ke-hoach-cds/plan.yaml");
        String plan = Files.readString(planFile);
        assertTrue(plan.contains("\n  draft: true ") && !plan.contains("\n  number:"), plan);
        assertTrue(plan.contains("thay dòng \"draft: true\" bằng \"number: <số được cấp>\""), plan);
        // The code's example is a shape, not one province's real code (a Quảng Trị starter once showed H25).
        assertTrue(plan.contains("(dạng 000.00.00.Hxx; hỏi văn") && !plan.matches("(?s).*\\.H\\d\\d.*"), plan);

        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().contains("Không đăng ke-hoach-cds: plan.yaml ghi draft: true"), build.outText());
        assertTrue(!Files.exists(site.resolve("ke-hoach-cds")), "nothing of the draft in the site");

        Path drafts = dir.resolve("site-draft");
        assertEquals(0, Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString()).exit());
        String draft = pdfText(drafts.resolve("ke-hoach-cds/du-thao-KH-UBND.pdf"));
        assertTrue(draft.contains("DỰ THẢO") && draft.contains("Số:       /KH-UBND") && !draft.contains("Số: 01/"), draft);

        // Issued but the issuer's code still blank: the e-document record needs it, so --strict stops there,
        // at the starter's empty "code:" line.
        String numbered = plandoc.TestPlans.starterFilledIn(plan).replaceFirst("(?m)^  draft: true .*$", "  number: 167");
        Files.writeString(planFile, numbered);
        Cli.Result withoutCode = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(1, withoutCode.exit(), withoutCode.errText());
        assertTrue(withoutCode.errText().matches("(?s).*ke-hoach-cds/plan\\.yaml:\\d+:5: cảnh báo: chưa điền mã định danh của cơ "
                + "quan ban hành vào code: .*ghi mã 13 ký tự của cơ quan sau code: \\(dạng 000\\.00\\.00\\.Hxx;.*"),
                withoutCode.errText());
        Files.writeString(planFile, numbered.replaceFirst("(?m)^    code: \"\"", "    code: 000.00.00.H08"));
        Cli.Result issued = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, issued.exit(), issued.errText());
        String text = pdfText(site.resolve("ke-hoach-cds/167-KH-UBND.pdf"));
        assertTrue(text.contains("Số: 167/KH-UBND") && !text.contains("DỰ THẢO"), text);

        // Without draft: true an issued document needs its number.
        Files.writeString(planFile, plan.replaceFirst("(?m)^  draft: true .*\n", ""));
        Cli.Result unnumbered = Cli.run("check", content.toString());
        assertEquals(1, unnumbered.exit());
        assertTrue(unnumbered.errText().contains("thiếu số văn bản \"number\"") && unnumbered.errText().contains(
                "thêm dòng draft: true"), unnumbered.errText());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** s5-newuser: "Quảng Ngãi" is longer than "Hà Tĩnh"; the comments after the filled-in values stay in one column. */
    @Test
    void theCommentsAfterTheProvinceAndTheDateKeepTheirColumn() throws IOException {
        Path content = dir.resolve("content");
        for (String type : new String[] {"ke-hoach", "quyet-dinh"}) {
            assertEquals(0, Cli.runNew("new", "qn-" + type, "--type", type, "--province", "Quảng Ngãi", "--content",
                    content.toString()).exit());
            java.util.List<String> lines = Files.readAllLines(content.resolve("qn-" + type + "/plan.yaml"));
            int column = column(lines, "  type: " + type);
            for (String start : new String[] {"  place: Quảng Ngãi", "  date: ", "  draft: "}) {
                assertEquals(column, column(lines, start), type + ": the comment of \"" + start.strip() + "\"");
            }
        }
    }

    private static int column(java.util.List<String> lines, String start) {
        String line = lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        return line.indexOf(" # ");
    }

    @Test
    void aSecondPlanOfTheSameProvinceKeepsTheRegisterItHas() throws IOException {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "mot", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        Cli.Result second = Cli.runNew("new", "hai", "--type", "quyet-dinh", "--province", "Tuyên Quang", "--content",
                content.toString());
        assertEquals(0, second.exit());
        assertTrue(!Files.exists(content.resolve("hai/agencies.yaml")), second.outText());
        Files.writeString(content.resolve("agencies.yaml"), "agencies:\n  - { id: so-tttt, name: Sở Thông tin và Truyền thông }\n");
        // The folder now holds another province's register (province.yaml says whose).
        Files.writeString(content.resolve("province.yaml"), "province: Hà Tĩnh\n");
        assertEquals(0, Cli.runNew("new", "ba", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        assertTrue(Files.exists(content.resolve("ba/agencies.yaml")), "another province's shared register: the plan gets its own");
        assertEquals(0, Cli.run("check", "--strict", content.resolve("ba").toString()).exit());
    }

    /** A new province's first plan writes content/province.yaml; later plans take their province from it. */
    @Test
    void theFirstPlanOfAProvinceWritesItsProvinceFileAndLaterPlansFollowIt() throws IOException {
        Path content = dir.resolve("content");
        Cli.Result first = Cli.runNew("new", "mot", "--province", "quảng ngãi", "--content", content.toString());
        assertEquals(0, first.exit());
        String province = Files.readString(content.resolve("province.yaml"));
        assertTrue(province.contains("portal: Cổng thông tin điện tử tỉnh Quảng Ngãi ")
                && province.contains("province: Quảng Ngãi ") && province.contains("register: agencies.yaml "), province);
        assertTrue(first.outText().contains("province.yaml"), first.outText());

        // The administrator's place (a plan dated at the provincial capital, say) reaches the next plan.
        Files.writeString(content.resolve("province.yaml"), province.replace("place: Quảng Ngãi", "place: Tam Kỳ"));
        assertEquals(0, Cli.runNew("new", "hai", "--content", content.toString()).exit());
        String plan = Files.readString(content.resolve("hai/plan.yaml"));
        assertTrue(plan.contains("name: Ủy ban nhân dân tỉnh Quảng Ngãi ") && plan.contains("place: Tam Kỳ "), plan);
        assertEquals(0, Cli.run("check", "--strict", content.toString()).exit());
    }

    /** Beside another province's plans, {@code new --province} leaves their province.yaml alone. */
    @Test
    void aPlanBesideOtherPlansDoesNotWriteTheProvinceFile() throws IOException {
        Path content = dir.resolve("content");
        // A Hà Tĩnh plan written elsewhere, brought in without its province.yaml.
        Path elsewhere = dir.resolve("elsewhere");
        assertEquals(0, Cli.runNew("new", "mot", "--content", elsewhere.toString()).exit());
        Files.move(elsewhere.resolve("mot"), Files.createDirectories(content).resolve("mot"));
        assertEquals(0, Cli.runNew("new", "hai", "--province", "Quảng Ngãi", "--content", content.toString()).exit());
        assertTrue(!Files.exists(content.resolve("province.yaml")));
        assertTrue(Files.readString(content.resolve("hai/plan.yaml")).contains("place: Quảng Ngãi "));
    }
}

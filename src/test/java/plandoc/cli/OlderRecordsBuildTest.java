package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * After an upgrade, a build of one plan folder must not assemble the index and the agency view from the figures an
 * older plandoc computed for the other plans (s20 re-read, finding 1: 424's Sở TNMT back at 459.943 from 4 sources).
 *
 * <p>The fixture ({@code migration/s19-record-424.zip}) is what s19's jar (f825f71f) left for the bundled 424 in
 * {@code .plandoc/site/}: its record ({@code plandoc.record/3}, its agency work without s20's "outside the plan's
 * total") and its published sources. The site is built here by this version from those sources, then 424's
 * bookkeeping is put back as s19 left it (its record, its published sources, the key it was published under).
 */
class OlderRecordsBuildTest {
    private static final String OLD = "ha-tinh-424-2022";
    private static final String BUILT = "ha-tinh-4086-2012";

    @TempDir
    static Path shared;
    /** The site a whole build of this version writes (public files by path). */
    private static Map<String, byte[]> whole;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheSiteWhole() throws IOException {
        Path content = Files.createDirectories(shared.resolve("content"));
        Map<String, byte[]> s19 = unzip();
        Files.write(content.resolve("agencies.yaml"), s19.get("published/" + OLD + "/agencies.yaml"));
        Files.createDirectories(content.resolve(OLD));
        Files.write(content.resolve(OLD).resolve("plan.yaml"), s19.get("published/" + OLD + "/" + OLD + "/plan.yaml"));
        plandoc.TestFiles.copyTree(Path.of("content", BUILT), content.resolve(BUILT));
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out",
                shared.resolve("site").toString());
        assertEquals(0, built.exit(), built.errText());
        whole = files(shared.resolve("site"));
        assertTrue(agencyPage(shared.resolve("site")).contains("Không tính 229.943"), "s20's figures in a whole build");
    }

    /** A copy of the whole build's project, 424's bookkeeping as s19 left it. */
    private Path upgraded() throws IOException {
        Path project = plandoc.TestFiles.copyTree(shared, dir.resolve("project"));
        Path state = StateFolder.of(project.resolve("site"));
        Map<String, byte[]> s19 = unzip();
        plandoc.TestFiles.freshFolder(state.resolve("published/" + OLD));
        for (Map.Entry<String, byte[]> file : s19.entrySet()) {
            Path target = state.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            // A build copies a plan's sources with their times (the feed dates a plan by them outside git): as its own.
            String prefix = "published/" + OLD + "/";
            Path source = project.resolve("content").resolve(file.getKey().startsWith(prefix)
                    ? file.getKey().substring(prefix.length()) : "-");
            if (Files.isRegularFile(source)) {
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
            }
        }
        ObjectMapper json = new ObjectMapper();
        String key = json.readTree(s19.get("records/" + OLD + ".json")).path("key").asText();
        ObjectNode cache = (ObjectNode) json.readTree(state.resolve("cache.json").toFile());
        ((ObjectNode) cache.path("plans").path(OLD)).put("key", key);
        Files.write(state.resolve("cache.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(cache));
        Files.deleteIfExists(state.resolve("check.json"));
        // The record lists the files its build wrote, with their sizes, which the downloads show (s29): here the site
        // holds this version's files, so the old record says their sizes, as an s19 record says its own build's.
        Path record = state.resolve("records/" + OLD + ".json");
        ObjectNode old = (ObjectNode) json.readTree(record.toFile());
        for (com.fasterxml.jackson.databind.JsonNode file : old.path("files")) {
            Path written = project.resolve("site").resolve(OLD).resolve(file.path("name").asText());
            if (Files.isRegularFile(written)) {
                ((ObjectNode) file).put("size", Files.size(written));
            }
        }
        Files.write(record, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(old));
        return project;
    }

    @Test
    void aOnePlanBuildComputesTheOtherPlansFiguresAgainFromTheirPublishedSources() throws IOException {
        Path project = upgraded();
        Path site = project.resolve("site");
        Cli.Result built = buildOne(project);
        assertEquals(0, built.exit(), built.errText());
        String agencies = agencyPage(site);
        assertFalse(agencies.contains("459.943"), "s19's figure for Sở TNMT");
        assertTrue(agencies.contains("Không tính 229.943 triệu đồng của các dòng ngoài tổng kinh phí của văn bản"), agencies);
        assertTrue(built.out().contains("Đã tính lại số liệu của " + OLD + " trên danh mục và trang cơ quan từ nguồn đã "
                + "đăng (bản ghi do một plandoc cũ hơn viết); các trang và tệp đã đăng giữ nguyên. Chạy "
                + Launcher.command() + " build (cả thư mục content) để tạo lại chúng bằng plandoc này."), built.outText());
        // Every public file, 424's own included, is what a whole build of this version writes: its pages and files
        // were not touched (nothing rendered), the site pages are made from its figures as this plandoc computes them.
        assertSameFiles(whole, files(site));
        String record = Files.readString(StateFolder.resolve(site, ".plandoc/records/" + OLD + ".json"));
        assertTrue(record.contains("\"format\" : \"plandoc.record/4\""), "the record made again is kept");

        Cli.Result again = buildOne(project);
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.out().stream().noneMatch(l -> l.contains(OLD)), again.outText());
        assertSameFiles(whole, files(site));
    }

    @Test
    void aRecordThatCannotBeMadeAgainKeepsThePlanListedAndTheBuildSaysSo() throws IOException {
        Path project = upgraded();
        Path site = project.resolve("site");
        plandoc.TestFiles.freshFolder(StateFolder.of(site).resolve("published/" + OLD));
        Map<String, byte[]> before = files(site);
        Cli.Result built = buildOne(project, "--lang", "en");
        assertEquals(0, built.exit(), built.errText());
        String warning = "warning: the index and the agency view still show the figures of " + OLD + " as an older "
                + "plandoc computed them (an older record; the published sources are missing, or now have errors), which "
                + "may differ from what this plandoc computes. Run " + Launcher.command() + " build (the whole content "
                + "folder, not one plan; fix a plan's errors first) to compute them again.";
        assertTrue(built.err().contains(warning), built.errText());
        assertTrue(Files.readString(site.resolve("index.html")).contains("424/QĐ-UBND"), "still listed");
        assertTrue(agencyPage(site).contains("459,943"), "the figures the warning speaks of (English figures)");
        Map<String, byte[]> plan = folder(before, OLD + "/");
        assertSameFiles(plan, folder(files(site), OLD + "/"));
        // Said on every build until a whole build: a build that printed it is not replayed from the check record.
        Cli.Result again = buildOne(project, "--lang", "en");
        assertTrue(again.err().contains(warning), again.errText());

        Cli.Result vi = buildOne(project);
        assertTrue(vi.err().stream().anyMatch(l -> l.startsWith("cảnh báo: danh mục và trang cơ quan vẫn dùng số liệu "
                + "của " + OLD + " do một plandoc cũ hơn tính")), vi.errText());
    }

    /**
     * A plan with errors stays at its published version: its older record is made again from the same sources, kept
     * and said once (s21 re-read 9: it was made again in memory on every build, silently, the old record left).
     */
    @Test
    void aPlanWithErrorsKeptAtItsPublishedVersionHasItsFiguresComputedAgainOnce() throws IOException {
        Path project = upgraded();
        Path site = project.resolve("site");
        Path plan = project.resolve("content").resolve(OLD).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan) + "\nloi: [chua dong\n");
        Map<String, byte[]> before = files(site);
        Cli.Result built = buildWhole(project);
        assertEquals(1, built.exit(), built.errText());
        assertTrue(built.err().stream().anyMatch(l -> l.startsWith("lưu ý: văn bản " + OLD + " có lỗi")), built.errText());
        assertTrue(built.err().stream().noneMatch(l -> l.contains("plandoc cũ hơn")), built.errText());
        assertTrue(built.out().contains("Đã tính lại số liệu của " + OLD + " trên danh mục và trang cơ quan từ nguồn đã "
                + "đăng (bản ghi do một plandoc cũ hơn viết); các trang và tệp đã đăng giữ nguyên. Sửa lỗi của văn bản rồi "
                + "chạy " + Launcher.command() + " build để tạo lại chúng bằng plandoc này."), built.outText());
        String agencies = agencyPage(site);
        assertTrue(agencies.contains("Không tính 229.943 triệu đồng"), agencies);
        assertFalse(agencies.contains("459.943"), "s19's figure for Sở TNMT");
        assertSameFiles(folder(before, OLD + "/"), folder(files(site), OLD + "/"));
        Path record = StateFolder.resolve(site, ".plandoc/records/" + OLD + ".json");
        assertTrue(Files.readString(record).contains("\"format\" : \"plandoc.record/4\""), "the record made again is kept");

        // The next build, the error still there, takes the kept record: the published sources are not resolved again
        // (made unreadable here, they would leave the old figures and a warning), and nothing is said again.
        Path published = StateFolder.resolve(site, ".plandoc/published/" + OLD + "/" + OLD + "/plan.yaml");
        Files.writeString(published, Files.readString(published) + "\nloi: [chua dong\n");
        Files.deleteIfExists(StateFolder.resolve(site, ".plandoc/check.json")); // a build, not a replay
        Map<String, byte[]> after = files(site);
        Cli.Result again = buildWhole(project);
        assertEquals(1, again.exit(), again.errText());
        assertTrue(again.err().stream().anyMatch(l -> l.startsWith("lưu ý: văn bản " + OLD + " có lỗi")), again.errText());
        assertTrue(again.err().stream().noneMatch(l -> l.contains("plandoc cũ hơn")), again.errText());
        assertTrue(again.out().stream().noneMatch(l -> l.contains("Đã tính lại")), again.outText());
        assertSameFiles(after, files(site));
    }

    private static Cli.Result buildWhole(Path project) {
        return Cli.run("build", "--content", project.resolve("content").toString(), "--templates", "templates", "--out",
                project.resolve("site").toString());
    }

    private static Cli.Result buildOne(Path project, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build",
                project.resolve("content").resolve(BUILT).toString(), "--templates", "templates", "--out",
                project.resolve("site").toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String agencyPage(Path site) throws IOException {
        return Files.readString(site.resolve("co-quan/index.html"), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = OlderRecordsBuildTest.class.getResourceAsStream("/migration/s19-record-424.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return files;
    }

    /** The public files of a site by their path in it. */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> folder(Map<String, byte[]> files, String prefix) {
        Map<String, byte[]> in = new TreeMap<>(files);
        in.keySet().removeIf(name -> !name.startsWith(prefix));
        return in;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }
}

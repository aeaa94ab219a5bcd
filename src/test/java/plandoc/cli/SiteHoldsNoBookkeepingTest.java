package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * What a build writes into its output folder is exactly what goes on the portal: plandoc's bookkeeping (published
 * sources, site records, caches, git history, the check log, the lock, a transaction's staging) is beside it, in
 * {@code .plandoc/<folder>/}, so an administrator copies {@code site/} as it is. The bundled plans built for real,
 * as published and as e-office drafts.
 */
class SiteHoldsNoBookkeepingTest {
    @TempDir
    static Path temp;
    static Path content;
    static Path site;
    static Cli.Result first;

    @BeforeAll
    static void buildBundledContent() throws IOException {
        content = plandoc.TestFiles.copyTree(Path.of("content"), temp.resolve("content"));
        site = temp.resolve("site");
        first = Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", site.toString());
        assertEquals(0, first.exit(), first.errText());
    }

    /** Every file and folder in {@code folder} whose name, at any depth, starts with a dot. */
    private static List<Path> hidden(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(folder::relativize).filter(p -> p.toString().startsWith(".") || p.toString().contains("/."))
                    .toList();
        }
    }

    @Test
    void theSiteHoldsOnlyPublishedFilesAndTheBookkeepingIsBesideIt() throws IOException {
        assertEquals(List.of(), hidden(site));
        try (Stream<Path> list = Files.list(temp)) {
            assertEquals(List.of(".plandoc"), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .toList(), "one hidden folder beside the site");
        }
        Path state = temp.resolve(".plandoc/site");
        assertEquals(state, StateFolder.of(site));
        // The bookkeeping is really there (else this test proves nothing), and a later build finds it there.
        for (String slug : List.of("ha-tinh-424-2022", "ha-tinh-4086-2012")) {
            assertTrue(Files.isRegularFile(state.resolve("records/" + slug + ".json")), slug);
            assertTrue(Files.isRegularFile(state.resolve("published/" + slug + "/" + slug + "/plan.yaml")), slug);
            assertTrue(Files.isRegularFile(site.resolve(slug + "/index.html")), slug);
        }
        for (String name : List.of("cache.json", "check.json", "lock")) {
            assertTrue(Files.isRegularFile(state.resolve(name)), name);
        }
        assertFalse(Files.exists(state.resolve("txn")), "no staging left");
        Cli.Result again = Cli.run("build", "--content", content.toString(), "--templates", "templates",
                "--out", site.toString());
        assertEquals(0, again.exit(), again.errText());
        assertEquals(List.of(), hidden(site));
    }

    @Test
    void aDraftBuildKeepsItsBookkeepingBesideItsOwnFolder() throws IOException {
        Path drafts = temp.resolve("site-draft");
        Path plan = content.resolve("ha-tinh-424-2022/plan.yaml");
        Path draftContent = temp.resolve("draft-content");
        plandoc.TestFiles.copyTree(content, draftContent);
        Path draftPlan = draftContent.resolve("ha-tinh-424-2022/plan.yaml");
        String yaml = Files.readString(plan);
        assertTrue(yaml.contains("  number: 424\n"));
        Files.writeString(draftPlan, yaml.replace("  number: 424\n", "  draft: true\n"));
        Cli.Result draft = Cli.run("build", "--draft", "--content", draftContent.toString(), "--templates", "templates",
                "--out", drafts.toString());
        assertEquals(0, draft.exit(), draft.errText());
        assertTrue(Files.isRegularFile(drafts.resolve("ha-tinh-424-2022/index.html")));
        assertEquals(List.of(), hidden(drafts));
        assertTrue(Files.isRegularFile(temp.resolve(".plandoc/site-draft/records/ha-tinh-424-2022.json")));
    }

    @Test
    void theFirstBuildSaysToCopyTheSiteAsItIsAndLaterBuildsDoNot() throws IOException {
        String line = "Để đăng lên cổng: chép nguyên thư mục " + site + " lên cổng. Sổ sách riêng của plandoc nằm bên cạnh, "
                + "trong " + StateFolder.shown(site) + ": không đăng, và đừng xóa";
        assertEquals(1, first.out().stream().filter(l -> l.startsWith(line)).count(), first.outText());
        Cli.Result en = Cli.run("build", "--lang", "en", "--content", content.toString(), "--templates", "templates",
                "--out", temp.resolve("english").toString());
        assertEquals(0, en.exit(), en.errText());
        assertTrue(en.outText().contains("To publish, copy the folder " + temp.resolve("english")
                + " to the portal as it is. plandoc's own bookkeeping is beside it, in " + temp.resolve(".plandoc/english")),
                en.outText());
        Cli.Result again = Cli.run("build", "--content", content.toString(), "--templates", "templates",
                "--out", site.toString());
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.out().stream().noneMatch(l -> l.contains("Để đăng lên cổng")), again.outText());
        // s36 review M4: the bundled content has no province.yaml: the open data's missing licence and sitemap are
        // said once, as a note, on the build that makes the site, in the officer's language; s36 review L5: as a file
        // to create, not one that "does not set" the two lines.
        String note = "lưu ý: chưa có tệp " + content.resolve("province.yaml") + " nên dữ liệu mở "
                + "(datapackage.json) không ghi giấy phép nào";
        assertEquals(1, first.err().stream().filter(l -> l.startsWith(note)).count(), first.errText());
        assertTrue(first.errText().contains("tạo tệp " + content.resolve("province.yaml") + " với hai dòng, ví dụ: "
                + "data_licence: CC-BY-4.0 và url: https://"), first.errText());
        assertTrue(en.errText().contains("note: there is no " + content.resolve("province.yaml") + ", so the open data "
                + "(datapackage.json) names no licence"), en.errText());
        assertTrue(en.errText().contains("create " + content.resolve("province.yaml") + " with two lines"), en.errText());
        assertFalse(again.errText().contains("data_licence:"), again.errText());
    }

    /** With url: but no data_licence:, the note says only what the licence's absence costs. */
    @Test
    void aSiteWithAnAddressButNoLicenceIsToldOfTheLicenceOnly() throws IOException {
        Path withUrl = plandoc.TestFiles.copyTree(Path.of("content"), temp.resolve("content-url"),
                file -> !file.toString().contains("ha-tinh-424-2022"));
        try (Stream<Path> empty = Files.walk(withUrl.resolve("ha-tinh-424-2022"))) {
            for (Path folder : empty.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(folder);
            }
        }
        Files.writeString(withUrl.resolve("province.yaml"), "url: https://cong.tinh.gov.vn/ke-hoach/\n");
        Cli.Result built = Cli.run("build", "--content", withUrl.toString(), "--templates", "templates",
                "--out", temp.resolve("site-url").toString());
        assertEquals(0, built.exit(), built.errText());
        assertTrue(Files.isRegularFile(temp.resolve("site-url/sitemap.xml")));
        assertTrue(built.errText().contains("lưu ý: " + withUrl.resolve("province.yaml") + " chưa ghi data_licence: nên "
                + "dữ liệu mở (datapackage.json) không ghi giấy phép nào"), built.errText());
        assertFalse(built.errText().contains("chưa ghi url:"), built.errText());
    }
}

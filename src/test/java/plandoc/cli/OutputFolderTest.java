package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s25 review H2 and H3: a build deleted files without a word, at exit 0. {@code --out} on the content folder (or in
 * it, or {@code --content site}) replaced the plans' folders with rendered ones, their plan.yaml gone; the first build
 * into a portal's web root overwrote its home page and feed and deleted a file in a folder named like a plan; a later
 * build deleted a file an editor put into a plan's folder of the site. Real content in a temporary folder, built by
 * the CLI, the folders read back.
 */
class OutputFolderTest {
    @TempDir
    Path dir;
    private Path content;
    private Path planFile;
    private byte[] plan;

    @BeforeEach
    void content() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        planFile = Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml");
        Files.writeString(planFile, SeparateAppendicesTest.YAML);
        plan = Files.readAllBytes(planFile);
    }

    @Test
    void anOutputFolderOnTheSourcesIsRefusedBeforeAnythingIsWritten() throws Exception {
        Cli.Result same = build(content, content);
        assertEquals(ExitCode.USAGE, same.exit(), same.errText());
        assertTrue(same.errText().contains("thư mục xuất " + content + " (--out) trùng hoặc nằm trong thư mục nội dung "
                + content + " (--content)") && same.errText().contains("site"), same.errText());
        assertSourcesUntouched();

        Path inPlan = content.resolve("qd-4086");
        Cli.Result english = build(content, inPlan, "--lang", "en");
        assertEquals(ExitCode.USAGE, english.exit(), english.errText());
        assertTrue(english.errText().contains("the output folder " + inPlan + " (--out) is the content folder "
                + content + " (--content) or inside it"), english.errText());

        // --content site: the output (the project folder here) holds the content folder.
        Cli.Result around = build(content, dir);
        assertEquals(ExitCode.USAGE, around.exit(), around.errText());
        assertTrue(around.errText().contains("thư mục nội dung " + content + " (--content) nằm trong thư mục xuất "
                + dir + " (--out)"), around.errText());

        // Through a link, into a folder not made yet: the real folders are compared.
        Path link = Files.createSymbolicLink(dir.resolve("lien-ket"), content);
        Cli.Result linked = build(link, content.resolve("site"));
        assertEquals(ExitCode.USAGE, linked.exit(), linked.errText());
        assertFalse(Files.exists(content.resolve("site")));

        // A plan folder of another content folder is no output either.
        Path otherPlan = Files.createDirectories(dir.resolve("khac").resolve("qd-5000"));
        Files.writeString(otherPlan.resolve("plan.yaml"), SeparateAppendicesTest.YAML);
        Cli.Result planOut = build(content, otherPlan);
        assertEquals(ExitCode.USAGE, planOut.exit(), planOut.errText());
        assertTrue(planOut.errText().contains("là thư mục của một kế hoạch (có plan.yaml)"), planOut.errText());

        // Nor the folder a merge reads.
        Path shard = Files.createDirectories(dir.resolve("site-1"));
        Cli.Result merge = Cli.run("build", "--content", content.toString(), "--merge", shard.toString(), "--out",
                shard.toString());
        assertEquals(ExitCode.USAGE, merge.exit(), merge.errText());
        assertTrue(merge.errText().contains("thư mục được gộp " + shard + " (--merge)"), merge.errText());
        assertSourcesUntouched();
    }

    @Test
    void theFirstBuildIntoAFolderHoldingFilesItDidNotWriteStopsAndNamesThem() throws Exception {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Path notes = Files.createDirectories(portal.resolve("qd-4086")).resolve("notes.txt");
        Files.writeString(notes, "mine");
        Files.writeString(portal.resolve("index.html"), "<html>portal</html>");
        Files.writeString(portal.resolve("feed.xml"), "<rss/>");
        Path docs = Files.createDirectories(portal.resolve("docs")).resolve("index.html");
        Files.writeString(docs, "docs");

        Cli.Result refused = build(content, portal);
        assertEquals(ExitCode.CONTENT, refused.exit(), refused.errText());
        assertTrue(refused.errText().contains(portal + ": lỗi: thư mục " + portal + " đã có tệp nhưng plandoc chưa có sổ sách nào về nó ("
                + dir.resolve(".plandoc").resolve("portal") + "), nên không biết tệp nào do mình ghi ra; lần build đầu tiên vào đó sẽ thay hoặc xóa 3 tệp trong số đó: feed.xml, index.html, "
                + "qd-4086/notes.txt"), refused.errText());
        assertEquals("<html>portal</html>", Files.readString(portal.resolve("index.html")));
        assertEquals("<rss/>", Files.readString(portal.resolve("feed.xml")));
        assertEquals("mine", Files.readString(notes));
        assertEquals(List.of("notes.txt"), names(portal.resolve("qd-4086")), "nothing of the plan written");
        // s25 outdir: refused before any plan is checked or rendered, not after every plan was.
        assertTrue(refused.out().stream().noneMatch(l -> l.startsWith("[1/1]")), refused.outText());
        assertTrue(refused.out().get(refused.out().size() - 1).startsWith("Không ghi gì vào " + portal + ": "),
                refused.outText());

        // Those files moved away: the build goes ahead and keeps what it does not write.
        Files.delete(notes);
        Files.delete(portal.resolve("index.html"));
        Files.delete(portal.resolve("feed.xml"));
        Cli.Result built = build(content, portal);
        assertEquals(0, built.exit(), built.errText());
        assertTrue(Files.isRegularFile(portal.resolve("qd-4086").resolve("4086-QD-UBND.pdf")));
        assertEquals("docs", Files.readString(docs));
    }

    @Test
    void aFileAddedByHandToAPlanFolderIsSetAsideAndNamedWhenTheFolderIsReplaced() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        Path scan = site.resolve("qd-4086").resolve("scan-ban-goc.pdf");
        byte[] bytes = {'%', 'P', 'D', 'F', 1, 2, 3};
        Files.write(scan, bytes);

        // Not rendered again: the folder and the file stay as they are.
        Cli.Result unchanged = build(content, site);
        assertEquals(0, unchanged.exit(), unchanged.errText());
        assertArrayEquals(bytes, Files.readAllBytes(scan));

        Files.writeString(planFile, SeparateAppendicesTest.YAML.replace("tỉnh Hà Tĩnh đến năm 2020",
                "tỉnh Hà Tĩnh đến năm 2021"));
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result edited = build(content, site, "--reissue");
        assertEquals(0, edited.exit(), edited.errText());
        assertFalse(Files.exists(scan), "the new version's folder holds what plandoc wrote");
        Path stateFolder = dir.resolve(".plandoc").resolve("site").resolve("set-aside");
        List<Path> kept;
        try (var walk = Files.walk(stateFolder)) {
            kept = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).endsWith(Path.of("qd-4086", "scan-ban-goc.pdf")), kept.toString());
        assertArrayEquals(bytes, Files.readAllBytes(kept.get(0)));
        assertTrue(edited.outText().contains(scan + ": tệp này không do plandoc ghi ra; lần build này thay (hoặc gỡ) "
                + "thư mục chứa nó nên đã cất tệp sang " + kept.get(0) + " (không xóa)"), edited.outText());
    }

    /**
     * s25 outdir: a file added by hand into the site's own folder assets/ was deleted without a word by the next build
     * that wrote the assets (a template's asset added, plandoc upgraded); it is set aside and named as a plan folder's
     * is. One in search/, whose files are written one by one, stays where it is.
     */
    @Test
    void aFileAddedByHandToTheAssetsIsSetAsideAndNamedWhenTheAssetsAreWrittenAgain() throws Exception {
        Path site = dir.resolve("site");
        Path templates = plandoc.TestFiles.copyTree(Path.of("templates"), dir.resolve("mau"));
        Cli.Result first = build(content, site, "--templates", templates.toString());
        assertEquals(0, first.exit(), first.errText());
        Path logo = site.resolve("assets").resolve("logo-tinh.png");
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 1, 2};
        Files.write(logo, bytes);
        Path search = site.resolve("search").resolve("ghi-chu.txt");
        Files.writeString(search, "của cổng");

        // The province adds a stylesheet of its own to its templates: the assets are written again.
        Files.writeString(templates.resolve("assets").resolve("tinh.css"), "body { color: #123; }\n");
        Cli.Result clean = build(content, site, "--templates", templates.toString());
        assertEquals(0, clean.exit(), clean.errText());
        assertTrue(Files.isRegularFile(site.resolve("assets").resolve("tinh.css")), clean.outText());
        assertFalse(Files.exists(logo), "the assets folder holds what plandoc wrote");
        Path stateFolder = dir.resolve(".plandoc").resolve("site").resolve("set-aside");
        List<Path> kept;
        try (var walk = Files.walk(stateFolder)) {
            kept = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).endsWith(Path.of("assets", "logo-tinh.png")), kept.toString());
        assertArrayEquals(bytes, Files.readAllBytes(kept.get(0)));
        assertTrue(clean.outText().contains(logo + ": tệp này không do plandoc ghi ra; lần build này thay (hoặc gỡ) "
                + "thư mục chứa nó nên đã cất tệp sang " + kept.get(0) + " (không xóa)"), clean.outText());
        assertEquals("của cổng", Files.readString(search));
    }

    private void assertSourcesUntouched() throws Exception {
        assertArrayEquals(plan, Files.readAllBytes(planFile));
        assertEquals(List.of("plan.yaml"), names(content.resolve("qd-4086")));
        assertEquals(List.of("qd-4086"), names(content));
    }

    private static List<String> names(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Cli.Result build(Path from, Path out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", from.toString(), "--out",
                out.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }
}

package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.TestRepository;
import plandoc.render.html.DownloadLabels;
import plandoc.render.html.SiteText;

/**
 * s24 re-read M3: {@code build --merge} kept a signed PDF but merged the shard's page and record as the shard made
 * them, so the plan page, the index, the feed and the open data said nothing of the signature, and a plain build after
 * it did not restore the mark. Real builds in a git repository (the page names the plan's commit and, with
 * {@code history: public}, lists its history), a real signature: a site merged from shards says the same, byte for
 * byte, as a plain build of the same content and the same signed file.
 */
class SignedMergeTest {
    private static final String PASSWORD = "mat-khau-thu";
    private static final String PDF = "4086-QD-UBND.pdf";
    private static final String MARK = "class=\"signed-pdf\">Văn bản (PDF, đã ký số)</a>";

    @TempDir
    Path dir;
    private TestRepository repo;
    private Path content;
    private Path site;
    private Path person;

    @BeforeEach
    void plan() throws Exception {
        repo = TestRepository.init(dir.resolve("kho"));
        repo.write("content/qd-4086/plan.yaml", SeparateAppendicesTest.YAML).write("content/province.yaml",
                "history: public\n").commit("Nguyễn Văn An", "Quyết định 4086");
        content = repo.root().resolve("content");
        site = dir.resolve("site");
        person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", SignCommandTest.TestCa.create());
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void aMergedSiteSaysThePdfIsSignedAsAPlainBuildOfTheSameContentDoes() throws Exception {
        assertEquals(0, build(site).exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        Cli.Result signing = Cli.sign(PASSWORD, pdf.toString(), "--keystore", person.toString());
        assertEquals(0, signing.exit(), signing.errText());
        byte[] signed = Files.readAllBytes(pdf);
        // What the merged site must say: a plain build of the same signed site.
        Path plain = plandoc.TestFiles.copyTree(site, dir.resolve("plain"));
        Cli.Result reference = build(plain);
        assertEquals(0, reference.exit(), reference.errText());
        assertTrue(Files.readString(plain.resolve("qd-4086/index.html")).contains(MARK), "the plain build marks it");

        Path shard = shard("shard-1");
        Cli.Result merged = merge(shard);
        assertEquals(0, merged.exit(), merged.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is kept as it is");
        String page = Files.readString(site.resolve("qd-4086/index.html"));
        assertTrue(page.contains(MARK) && page.contains("id=\"lich-su\"") && page.contains("Quyết định 4086"),
                "marked, with the plan's history: " + page);
        // s29 left it untested: the page gives the signed file's size (SignedPages: the record's sizes), not the
        // size of the unsigned PDF the shard printed.
        DownloadLabels vi = new DownloadLabels(SiteText.vietnamese());
        String signedSize = vi.size(signed.length);
        assertNotEquals(vi.size(Files.size(shard.resolve("qd-4086").resolve(PDF))), signedSize,
                "the signature changes the size the page gives");
        org.jsoup.nodes.Element size = org.jsoup.Jsoup.parse(page).selectFirst("a.signed-pdf").nextElementSibling();
        assertEquals(signedSize, size != null && size.hasClass("file-size") ? size.text() : "", page);
        assertEquals(List.of(), differing(plain, site), "the merged site is the plain build's");
        assertTrue(Files.readString(site.resolve("index.html")).contains(MARK));
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("Văn bản đã ký số: Nguyễn Thiện"));
        assertTrue(Files.readString(site.resolve("datapackage.json")).contains("\"signer\" : \"Nguyễn Thiện\""));

        // A plain build after the merge finds nothing to draw again and keeps the mark.
        Cli.Result after = build(site);
        assertEquals(0, after.exit(), after.errText());
        assertTrue(after.out().get(after.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 1)"), after.outText());
        assertEquals(List.of(), differing(plain, site), "the plain build after the merge changes nothing");

        // A later merge of the same version (the site shows it signed already) keeps saying so.
        Cli.Result again = merge(shard("shard-2"));
        assertEquals(0, again.exit(), again.errText());
        assertEquals(List.of(), differing(plain, site));
    }

    /** A shard output of all the plans (one CI job of one), as {@code build --shard 1/1} writes it. */
    private Path shard(String name) {
        Path out = dir.resolve(name);
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        return out;
    }

    private Cli.Result merge(Path shard) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--merge", shard.toString());
    }

    private Cli.Result build(Path out) {
        return Cli.run("build", "--content", content.toString(), "--out", out.toString(), "-j", "1");
    }

    /** The files of {@code actual} that are not {@code expected}'s byte for byte, or not in both; bookkeeping aside. */
    private static List<String> differing(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = ShardMergeTest.files(expected);
        Map<String, byte[]> have = ShardMergeTest.files(actual);
        java.util.Set<String> names = new java.util.TreeSet<>(want.keySet());
        names.addAll(have.keySet());
        return names.stream().filter(n -> !Arrays.equals(want.get(n), have.get(n))).toList();
    }
}

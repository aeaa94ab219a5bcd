package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import plandoc.bench.SyntheticPlan;
import plandoc.build.Shard;
import plandoc.publish.StateFolder;

/**
 * {@code build --shard K/N} and {@code build --merge DIR…} (issue 16): the merge of shards 1/3, 2/3 and
 * 3/3 is, file for file and byte for byte, the site a single build of the same content writes — in a
 * git repository, so the pages carry the commit and each plan's history. A set of folders that is not
 * one whole partition is refused with exit 2, in Vietnamese and English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardMergeTest {
    /** One plan per shard of 3 (Shard.of: ke-hoach-001 → 1, ha-tinh-4086-2012 → 2, ke-hoach-004 → 3). */
    private static final List<String> PLANS = List.of("ha-tinh-4086-2012", "ke-hoach-001", "ke-hoach-004");

    @TempDir
    static Path temp;
    Path content;
    Path single;
    List<Path> shards = new ArrayList<>();

    @BeforeAll
    void buildSingleAndShards() throws Exception {
        Path repo = temp.resolve("repo");
        content = repo.resolve("content");
        plandoc.TestFiles.copyTree(Path.of("content/ha-tinh-4086-2012"), content.resolve("ha-tinh-4086-2012"));
        // The synthetic plans write "Sở KHĐT", which the bundled register does not list.
        Files.writeString(content.resolve("agencies.yaml"), Files.readString(Path.of("content/agencies.yaml"))
                .replace("    name: Sở Kế hoạch và Đầu tư\n", "    name: Sở Kế hoạch và Đầu tư\n    short: [Sở KHĐT]\n"));
        new SyntheticPlan(1, 8, 2).writeTo(content.resolve("ke-hoach-001"));
        new SyntheticPlan(4, 8, 2).writeTo(content.resolve("ke-hoach-004"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", 1_700_000_000_000L, 420);
            git.commit().setMessage("Ba kế hoạch").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        single = temp.resolve("single");
        Cli.Result first = build("--out", single.toString());
        assertEquals(0, first.exit(), first.errText());
        for (int k = 1; k <= 3; k++) {
            Path out = temp.resolve("shard-" + k);
            Cli.Result result = build("--shard", k + "/3", "--out", out.toString());
            assertEquals(0, result.exit(), result.errText());
            shards.add(out);
        }
    }

    @Test
    void theMergedShardsAreTheSingleBuildByteForByte() throws IOException {
        Path merged = temp.resolve("merged");
        Cli.Result result = build("--merge", shards.get(0).toString(), shards.get(1).toString(),
                shards.get(2).toString(), "--out", merged.toString());
        assertEquals(0, result.exit(), result.errText());
        Map<String, byte[]> expected = files(single);
        Map<String, byte[]> actual = files(merged);
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differing = expected.keySet().stream()
                .filter(name -> !Arrays.equals(expected.get(name), actual.get(name))).toList();
        assertEquals(List.of(), differing);
        // The comparison covers what matters: every plan, its record, and the site pages built from them.
        for (String slug : PLANS) {
            assertTrue(actual.containsKey(slug + "/index.html"), slug);
            assertTrue(actual.containsKey(".plandoc/records/" + slug + ".json"), slug);
        }
        assertTrue(actual.containsKey("co-quan/index.html") && actual.containsKey("feed.xml")
                && actual.containsKey("search/first-page.js") && actual.containsKey("search/index.js")
                && actual.containsKey("datapackage.json"));
    }

    @Test
    void eachShardHoldsOnlyItsOwnPlans() throws IOException {
        for (int k = 1; k <= 3; k++) {
            Shard shard = new Shard(k, 3);
            for (String slug : PLANS) {
                assertEquals(shard.contains(slug), Files.isDirectory(shards.get(k - 1).resolve(slug)), slug + " in " + k);
            }
        }
        // The partition is documented (docs/ci.md): the first 8 bytes of SHA-256 of the slug, mod N.
        assertEquals(List.of(2, 1, 3), PLANS.stream().map(s -> Shard.of(s, 3)).toList());
    }

    @Test
    void aMissingOrRepeatedShardIsAUsageError() {
        Cli.Result missing = build("--merge", shards.get(0).toString(), shards.get(2).toString(),
                "--out", temp.resolve("m1").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.errText().contains("thiếu phần 2/3"), missing.errText());
        Cli.Result twice = Cli.run("--lang", "en", "build", "--content", content.toString(), "--merge",
                shards.get(0).toString(), shards.get(0).toString(), shards.get(1).toString(), shards.get(2).toString(),
                "--out", temp.resolve("m2").toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.errText().contains("part 1/3 is given twice"), twice.errText());
        assertTrue(!Files.exists(temp.resolve("m1").resolve("index.html")) && !Files.exists(temp.resolve("m2")));
    }

    @Test
    void aFolderThatIsNotAShardOutputOrABadShardIsAUsageError() {
        Cli.Result notShard = build("--merge", single.toString(), "--out", temp.resolve("m3").toString());
        assertEquals(2, notShard.exit());
        assertTrue(notShard.errText().contains("không phải là kết quả của plandoc build --shard"), notShard.errText());
        Cli.Result bad = Cli.run("--lang", "en", "build", "--content", content.toString(), "--shard", "4/3",
                "--out", temp.resolve("m4").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.errText().contains("--shard must be K/N"), bad.errText());
        assertEquals(2, build("--shard", "0/2", "--out", temp.resolve("m5").toString()).exit());
        assertEquals(2, build("--shard", "1/2", "--merge", shards.get(0).toString()).exit());
    }

    @Test
    void aMergeFindingTheSiteLockedOrUnusableSaysSoAsABuildDoes() throws IOException {
        Path out = temp.resolve("locked");
        try (plandoc.build.SiteLock held = plandoc.build.SiteLock.tryAcquire(out).orElseThrow()) {
            Cli.Result locked = Cli.run("--lang", "en", "build", "--content", content.toString(), "--merge",
                    shards.get(0).toString(), shards.get(1).toString(), shards.get(2).toString(), "--out", out.toString());
            assertEquals(1, locked.exit());
            assertEquals(List.of("error: " + out + " is in use by another build (or by plandoc serve reading it as it starts);"
                    + " wait for it to finish, then run again"), locked.err());
        }
        assertTrue(!Files.exists(out.resolve("index.html")));
        // A file where the site folder should be: the folder cannot be made, for a merge as for a build.
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        for (String[] mode : List.of(new String[]{"--merge", shards.get(0).toString(), shards.get(1).toString(),
                shards.get(2).toString()}, new String[0])) {
            List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", file.toString()));
            args.addAll(List.of(mode));
            Cli.Result unusable = Cli.run(args.toArray(String[]::new));
            assertEquals(1, unusable.exit(), unusable.errText());
            assertTrue(unusable.err().get(unusable.err().size() - 1).startsWith("lỗi: không dùng được thư mục trang " + file),
                    unusable.errText());
        }
    }

    @Test
    void aShardOutputMissingAPlanRecordFailsTheMergeAndLeavesTheSiteAlone() throws IOException {
        Path broken = temp.resolve("broken-shard-1");
        plandoc.TestFiles.copyTree(shards.get(0), broken);
        Files.delete(StateFolder.resolve(broken, ".plandoc/records/ke-hoach-001.json"));
        Path out = temp.resolve("m6");
        Cli.Result result = build("--merge", broken.toString(), shards.get(1).toString(), shards.get(2).toString(),
                "--out", out.toString());
        assertEquals(1, result.exit(), result.errText());
        assertTrue(result.errText().contains("thiếu văn bản ke-hoach-001"), result.errText());
        assertTrue(!Files.exists(out.resolve("index.html")));
    }

    private Cli.Result build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "-q", "--content", content.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** Every file of a site and its bookkeeping but that of the last command (what it printed, the lock, git histories). */
    /** The site's files and bookkeeping by path, but what differs by when and on which machine a build ran. */
    static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, Path> file : plandoc.TestFiles.withBookkeeping(site).entrySet()) {
            String name = file.getKey();
            if (!name.equals(".plandoc/check.json") && !name.equals(plandoc.build.SiteLock.FILE)
                    && !name.equals(plandoc.history.HistoryCache.FILE) && !name.equals(plandoc.build.FontNotice.FILE)) {
                files.put(name, Files.readAllBytes(file.getValue()));
            }
        }
        return files;
    }
}

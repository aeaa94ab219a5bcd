package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestFiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s26 tryout: {@code build --merge} was not checked against the content folder the site was last built from. The
 * shards now carry the content they read (their checkout and its commit): a merge of shards read at two commits is
 * refused (exit 2), and one whose shards read an older commit than the site publishes is refused as a build reading
 * that checkout is (exit 1, nothing written). Real git repositories, shards and merges through the CLI.
 */
class MergeContentTest {
    @TempDir
    Path dir;

    @Test
    void shardsReadAtTwoCommitsAreNotMerged() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        OtherContentTest.write(content, "qd-4086", SeparateAppendicesTest.YAML);
        OtherContentTest.write(content, "qd-4087", OtherContentTest.PLAN_4087);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            String first = OtherContentTest.commit(git, "Hai văn bản", 1_700_000_000_000L);
            assertEquals(0, shard(content, "1/2").exit());
            OtherContentTest.write(content, "qd-4086", SeparateAppendicesTest.YAML.replace("Mục tiêu", "Mục tiêu chung"));
            String second = OtherContentTest.commit(git, "Sửa mục tiêu", 1_700_000_100_000L);
            assertEquals(0, shard(content, "2/2").exit());
            Cli.Result merged = Cli.run("build", "--merge", dir.resolve("work/shard-1").toString(),
                    dir.resolve("work/shard-2").toString(), "--content", content.toString(), "--out",
                    dir.resolve("site").toString());
            assertEquals(2, merged.exit(), merged.errText());
            assertTrue(merged.errText().contains("lỗi: các phần được build từ những commit khác nhau: "
                    + dir.resolve("work/shard-1") + " (" + first.substring(0, 7) + "), " + dir.resolve("work/shard-2")
                    + " (" + second.substring(0, 7) + ")") || merged.errText().contains("lỗi: các phần được build từ "
                    + "những commit khác nhau: " + dir.resolve("work/shard-2") + " (" + second.substring(0, 7) + "), "
                    + dir.resolve("work/shard-1") + " (" + first.substring(0, 7) + ")"), merged.errText());
            assertTrue(!Files.exists(dir.resolve("site")), "nothing written");
        }
    }

    @Test
    void aMergeOfAnOlderCommitThanTheSitePublishesIsRefused() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        OtherContentTest.write(content, "qd-4086", SeparateAppendicesTest.YAML);
        OtherContentTest.write(content, "qd-4087", OtherContentTest.PLAN_4087);
        Path older = dir.resolve("ban-sao-cu");
        Path site = dir.resolve("site");
        String first;
        String second;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            first = OtherContentTest.commit(git, "Hai văn bản", 1_700_000_000_000L);
            Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(older.toFile()).call().close();
            OtherContentTest.write(content, "qd-4086", SeparateAppendicesTest.YAML.replace("Mục tiêu", "Mục tiêu chung"));
            second = OtherContentTest.commit(git, "Sửa mục tiêu", 1_700_000_100_000L);
        }
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, built.exit(), built.errText());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        // A pipeline run again on the older commit: its shards, merged over the site.
        Path olderContent = older.resolve("content");
        assertEquals(0, shard(olderContent, "1/2").exit());
        assertEquals(0, shard(olderContent, "2/2").exit());
        Cli.Result merged = Cli.run("build", "--merge", dir.resolve("work/shard-1").toString(),
                dir.resolve("work/shard-2").toString(), "--content", olderContent.toString(), "--out", site.toString());
        assertEquals(1, merged.exit(), merged.errText());
        assertTrue(merged.errText().contains("không phải thư mục mà trang " + site + " được build lần trước ("
                + content.toAbsolutePath() + "), và lịch sử git đã đọc không có commit đang đăng; lần build này sẽ thay bản "
                + "đang đăng (commit " + second.substring(0, 7) + ") bằng bản đã đọc (commit " + first.substring(0, 7)
                + "): bản đã đọc không sửa tiếp từ bản đang đăng"), merged.errText());
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "nothing written");

        // The same pipeline on the site's commit: merged.
        Path again = dir.resolve("ban-sao-moi");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(again.toFile()).call().close();
        assertEquals(0, shard(again.resolve("content"), "1/2").exit());
        assertEquals(0, shard(again.resolve("content"), "2/2").exit());
        Cli.Result current = Cli.run("build", "--merge", dir.resolve("work/shard-1").toString(),
                dir.resolve("work/shard-2").toString(), "--content", again.resolve("content").toString(), "--out",
                site.toString());
        assertEquals(0, current.exit(), current.errText());
    }

    /**
     * s27 re-read M3: shards built in a runner's checkout that the merge host does not have (CI jobs land in different
     * paths) were checked against the repository at the first shard's recorded path: absent here, so a plan deleted in
     * a new commit was refused as "other content" (exit 1) although the shards' commit follows the site's. The merge
     * asks its own checkout's repository, and records that checkout.
     */
    @Test
    void shardsFromACheckoutElsewhereAreMergedWithTheMergeHostsRepository() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        OtherContentTest.write(content, "qd-4086", SeparateAppendicesTest.YAML);
        OtherContentTest.write(content, "qd-4087", OtherContentTest.PLAN_4087);
        Path site = dir.resolve("site");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            OtherContentTest.commit(git, "Hai văn bản", 1_700_000_000_000L);
            assertEquals(0, pipeline(repo, "runner-1", "merge-1", site).exit());
            assertTrue(Files.isDirectory(site.resolve("qd-4087")));

            git.rm().addFilepattern("content/qd-4087").call();
            OtherContentTest.commit(git, "Bãi bỏ 4087", 1_700_000_100_000L);
        }
        Cli.Result merged = pipeline(repo, "runner-2", "merge-2", site);
        assertEquals(0, merged.exit(), merged.errText());
        assertTrue(!Files.exists(site.resolve("qd-4087")) && Files.isDirectory(site.resolve("qd-4086")),
                merged.outText());
        String recorded = Files.readString(plandoc.publish.StateFolder.resolve(site, ".plandoc/content.json"));
        assertTrue(recorded.contains(dir.resolve("merge-2").toRealPath().resolve("content").toString()), recorded);
    }

    /**
     * A CI pipeline: the shards built in a clone at {@code runner}, which is then gone (another machine), and merged
     * into {@code site} from a clone at {@code host}.
     */
    private Cli.Result pipeline(Path repo, String runner, String host, Path site) throws Exception {
        Path shards = dir.resolve(runner);
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(shards.toFile()).call().close();
        assertEquals(0, shard(shards.resolve("content"), "1/2").exit());
        assertEquals(0, shard(shards.resolve("content"), "2/2").exit());
        Files.delete(TestFiles.freshFolder(shards)); // the runner's checkout is not on the merge host
        Path merging = dir.resolve(host);
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(merging.toFile()).call().close();
        return Cli.run("build", "--merge", dir.resolve("work/shard-1").toString(), dir.resolve("work/shard-2").toString(),
                "--content", merging.resolve("content").toString(), "--out", site.toString());
    }

    private Cli.Result shard(Path content, String part) {
        return Cli.run("build", "--content", content.toString(), "--out",
                dir.resolve("work/shard-" + part.substring(0, 1)).toString(), "--shard", part, "-j", "1");
    }
}

package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * The plans' histories are read from git once per HEAD (issue 17): a second read at the same HEAD
 * takes every history from the cache and gives the same provenance; new commits in a straight line bring
 * the cached histories forward; any other move of HEAD reads them again.
 */
class HistoryCacheTest {
    @TempDir
    Path repo;
    /** Where the cache file is kept: outside the repository, so no commit or reset takes it along. */
    @TempDir
    Path site;

    @Test
    void historiesAreReadOncePerHead() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Path b = Files.createDirectories(content.resolve("ke-hoach-b"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(b.resolve("plan.yaml"), "b: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Hai kế hoạch", 1_700_000_000_000L);
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            commit(git, "Sửa kế hoạch a", 1_700_000_100_000L);
        }
        ProvenanceReader reader = new ProvenanceReader();
        Provenance direct = reader.read(List.of(content), List.of(a, b));
        assertEquals(2, direct.history("ke-hoach-a").size());

        HistoryCache first = HistoryCache.empty();
        assertEquals(direct, reader.read(List.of(content), List.of(a, b), first));
        assertTrue(first.changed(), "read from git and kept");
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, first.bytes());

        HistoryCache again = HistoryCache.read(file);
        assertEquals(direct, reader.read(List.of(content), List.of(a, b), again));
        assertFalse(again.changed(), "every history came from the cache");

        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(b.resolve("plan.yaml"), "b: 2\n");
            commit(git, "Sửa kế hoạch b", 1_700_000_200_000L);
        }
        Provenance moved = reader.read(List.of(content), List.of(a, b), again);
        assertTrue(again.changed(), "a new HEAD: kept again");
        assertEquals(0, again.readFromGit(), "brought forward with the one new commit, not read again");
        assertEquals(2, moved.history("ke-hoach-b").size());
        assertEquals(2, moved.history("ke-hoach-a").size(), "a's log is as it was");
        assertEquals(reader.read(List.of(content), List.of(a, b)), moved);
        assertEquals(moved.history("ke-hoach-a").get(0).id(), moved.plans().get("ke-hoach-a").commitId(),
                "a keeps its own version");

        // Two more commits at once, then HEAD moved back (not a descendant): the same as reading afresh.
        Files.write(file, again.bytes());
        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(a.resolve("plan.yaml"), "a: 3\n");
            commit(git, "Sửa kế hoạch a lần nữa", 1_700_000_300_000L);
            Files.writeString(repo.resolve("README.md"), "kho\n");
            commit(git, "Ghi chú", 1_700_000_400_000L);
        }
        HistoryCache two = HistoryCache.read(file);
        Provenance ahead = reader.read(List.of(content), List.of(a, b), two);
        assertEquals(0, two.readFromGit());
        assertEquals(3, ahead.history("ke-hoach-a").size());
        assertEquals(reader.read(List.of(content), List.of(a, b)), ahead);
        Files.write(file, two.bytes());
        try (Git git = Git.open(repo.toFile())) {
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~2").call();
        }
        HistoryCache back = HistoryCache.read(file);
        assertEquals(reader.read(List.of(content), List.of(a, b)), reader.read(List.of(content), List.of(a, b), back));
        assertEquals(2, back.readFromGit(), "not a straight line forward: read again");
    }

    /**
     * What each commit changed is made once: a build at the same HEAD takes every summary from the cache,
     * a new commit costs its own summary only, and another plandoc makes them again.
     */
    @Test
    void summariesAreMadeOncePerCommit() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Kế hoạch a", 1_700_000_000_000L);
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            commit(git, "Sửa kế hoạch a", 1_700_000_100_000L);
        }
        ProvenanceReader reader = new ProvenanceReader();
        Counting v1 = new Counting("v1");
        HistoryCache first = HistoryCache.empty();
        Provenance read = reader.read(List.of(content), List.of(a), first, Optional.of(v1));
        assertEquals(2, v1.calls);
        assertEquals(List.of("1 bản trước", "gốc"),
                read.entries("ke-hoach-a").stream().map(e -> e.change().orElseThrow().summary()).toList());
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, first.bytes());

        HistoryCache again = HistoryCache.read(file);
        assertEquals(read, reader.read(List.of(content), List.of(a), again, Optional.of(v1)));
        assertEquals(2, v1.calls, "every summary came from the cache");
        assertFalse(again.changed());

        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(a.resolve("plan.yaml"), "a: 3\n");
            commit(git, "Sửa lần nữa", 1_700_000_200_000L);
        }
        Provenance moved = reader.read(List.of(content), List.of(a), again, Optional.of(v1));
        assertEquals(3, v1.calls, "the new commit only");
        assertEquals(1, again.summarised());
        assertEquals(reader.read(List.of(content), List.of(a), HistoryCache.empty(), Optional.of(new Counting("v1"))), moved);

        Files.write(file, again.bytes());
        Counting v2 = new Counting("v2");
        reader.read(List.of(content), List.of(a), HistoryCache.read(file), Optional.of(v2));
        assertEquals(3, v2.calls, "another plandoc: made again");
    }

    /**
     * A cache an earlier plandoc wrote keeps each line in Vietnamese only: read, it neither fails nor passes the
     * Vietnamese off as English; the lines are made again (both languages), the logs it holds are kept.
     */
    @Test
    void linesKeptWithoutTheirEnglishAreMadeAgain() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Kế hoạch a", 1_700_000_000_000L);
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            commit(git, "Sửa kế hoạch a", 1_700_000_100_000L);
        }
        ProvenanceReader reader = new ProvenanceReader();
        Counting v1 = new Counting("v1");
        HistoryCache first = HistoryCache.empty();
        Provenance read = reader.read(List.of(content), List.of(a), first, Optional.of(v1));
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        String written = new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(written.contains("\"english\":\"root\""), written);
        // As session 11's plandoc wrote it: "kind" and "summary" only.
        Files.writeString(file, written.replaceAll(",\"english\":\"[^\"]*\"", ""));

        HistoryCache old = HistoryCache.read(file);
        Provenance again = reader.read(List.of(content), List.of(a), old, Optional.of(v1));
        assertEquals(4, v1.calls, "both lines made again");
        assertEquals(0, old.readFromGit(), "the logs came from the cache");
        assertEquals(read, again);
        assertEquals(List.of("1 parents", "root"),
                again.entries("ke-hoach-a").stream().map(e -> e.change().orElseThrow().summary("en")).toList());
    }

    /**
     * A renamed plan folder (s25-history): the build after the rename reads the new folder's log from git, followed to
     * the earlier name, and takes the summaries of the commits made under that name from the cache; a plan that takes
     * the earlier name later begins a log of its own, though the cached log of that name is brought forward. Each
     * read equals a fresh one.
     */
    @Test
    void aRenamedFolderKeepsItsLogAndSummaries() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Path b = content.resolve("ke-hoach-b");
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Kế hoạch a", 1_700_000_000_000L);
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            commit(git, "Sửa kế hoạch a", 1_700_000_100_000L);
        }
        ProvenanceReader reader = new ProvenanceReader();
        Counting v1 = new Counting("v1");
        HistoryCache first = HistoryCache.empty();
        reader.read(List.of(content), List.of(a), first, Optional.of(v1));
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, first.bytes());

        Files.move(a, b);
        try (Git git = Git.open(repo.toFile())) {
            commit(git, "Đổi tên thư mục", 1_700_000_200_000L);
        }
        HistoryCache again = HistoryCache.read(file);
        Provenance renamed = reader.read(List.of(content), List.of(b), again, Optional.of(v1));
        assertEquals(3, v1.calls, "the rename only: the commits under the earlier name were summarised under it");
        assertEquals(reader.read(List.of(content), List.of(b), HistoryCache.empty(), Optional.of(new Counting("v1"))),
                renamed);
        assertEquals(List.of(Optional.of("content/ke-hoach-a"), Optional.empty(), Optional.empty()),
                renamed.history("ke-hoach-b").stream().map(Commit::renamedFrom).toList());
        Files.write(file, again.bytes());
        assertEquals(renamed, reader.read(List.of(content), List.of(b), HistoryCache.read(file), Optional.of(v1)),
                "read back from the file: the earlier name and the summaries kept");
        assertEquals(3, v1.calls);

        Files.createDirectories(a);
        Files.writeString(a.resolve("plan.yaml"), "x: 1\n");
        try (Git git = Git.open(repo.toFile())) {
            commit(git, "Kế hoạch mới ở tên cũ", 1_700_000_300_000L);
        }
        HistoryCache third = HistoryCache.read(file);
        Provenance reused = reader.read(List.of(content), List.of(a, b), third, Optional.of(v1));
        assertEquals(1, reused.history("ke-hoach-a").size(), "none of the renamed plan's commits");
        assertEquals(reader.read(List.of(content), List.of(a, b), HistoryCache.empty(), Optional.of(new Counting("v1"))),
                reused);
        assertEquals(4, v1.calls, "the new plan's commit only");
    }

    /** Says how many parents a commit has, and counts how often it is asked. */
    private static final class Counting implements ChangeSummarizer {
        private final String version;
        int calls;

        Counting(String version) {
            this.version = version;
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public ContentChange summarize(GitRepository git, String planPath, List<String> parents, String commitId) {
            calls++;
            return parents.isEmpty() ? new ContentChange(ContentChange.Kind.FIRST, "gốc", "root")
                    : new ContentChange(ContentChange.Kind.CHANGED, parents.size() + " bản trước",
                    parents.size() + " parents");
        }
    }

    /**
     * Commit times are read back by hand (issue 17), in every form {@code toString} writes: each reads back
     * equal — instant, zone and offset — to the one written.
     */
    @Test
    void commitTimesReadBackAsWritten() throws Exception {
        List<java.time.ZonedDateTime> times = List.of(
                java.time.ZonedDateTime.of(2026, 12, 4, 10, 15, 30, 0, java.time.ZoneOffset.ofHours(7)),
                java.time.ZonedDateTime.of(2026, 12, 4, 10, 15, 0, 0, java.time.ZoneOffset.ofHours(7)),
                java.time.ZonedDateTime.of(2026, 1, 5, 0, 0, 1, 0, java.time.ZoneOffset.UTC),
                java.time.ZonedDateTime.of(2025, 2, 28, 23, 59, 59, 0, java.time.ZoneOffset.ofHoursMinutes(-3, -30)),
                java.time.ZonedDateTime.of(2026, 3, 1, 8, 0, 0, 500_000_000, java.time.ZoneOffset.ofHours(7)),
                java.time.ZonedDateTime.of(2026, 7, 1, 9, 30, 0, 0, java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        List<Commit> commits = new java.util.ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            commits.add(new Commit(String.format("%040x", i + 1), "Chuyên viên", times.get(i), "Sửa " + i));
        }
        String head = "f".repeat(40);
        HistoryCache cache = HistoryCache.empty();
        cache.put(head, "content/ke-hoach-a", commits);
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, cache.bytes());
        List<Commit> read = HistoryCache.read(file).get(head, "content/ke-hoach-a").orElseThrow();
        assertEquals(commits, read);
        for (int i = 0; i < times.size(); i++) {
            assertEquals(times.get(i).getZone(), read.get(i).when().getZone(), times.get(i).toString());
            assertEquals(times.get(i).toString(), read.get(i).when().toString());
        }
    }

    private static void commit(Git git, String message, long when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // a file moved away: its removal too
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", when, 420);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}

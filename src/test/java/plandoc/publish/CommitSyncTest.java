package plandoc.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a commit forces each folder it moved into to disk once, after its last move and before the journal
 * that makes good a lost move is deleted — not once per move (a one-plan build's ~50 moves into ~8 folders).
 */
class CommitSyncTest {
    @TempDir
    Path temp;

    /** Records, in order, the durable moves, the renames, the folders forced and the deletions. */
    private static final class RecordingFiles extends SiteFiles {
        final List<String> events = new ArrayList<>();
        final Set<Path> forced = new java.util.HashSet<>();

        @Override
        public void move(Path from, Path to) throws IOException {
            events.add("move " + to.getFileName());
            super.move(from, to);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            events.add("rename " + to.getFileName());
            super.rename(from, to);
        }

        @Override
        public void syncFolders(Collection<Path> folders) throws IOException {
            events.add("sync " + folders.size());
            forced.addAll(folders);
            super.syncFolders(folders);
        }

        @Override
        public void delete(Path path) throws IOException {
            events.add("delete " + path.getFileName());
            super.delete(path);
        }
    }

    @Test
    void eachFolderMovedIntoIsForcedOnceBeforeTheJournalGoes() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site")).toAbsolutePath();
        Files.createDirectories(site.resolve("plan-a"));
        Files.writeString(site.resolve("plan-a/index.html"), "old plan");
        RecordingFiles files = new RecordingFiles();
        SitePublisher publisher = new SitePublisher(site, files);
        publisher.recover();
        try (Transaction transaction = publisher.begin()) {
            transaction.stageFile("index.html", bytes("index"));
            for (String term : List.of("a", "b", "c", "d", "e")) {
                transaction.stageFile("search/terms/" + term + ".js", bytes(term));
            }
            transaction.stageFile("search/index.js", bytes("search"));
            transaction.stageSiteFolder("plan-a", List.of(new Transaction.StagedFile("index.html", bytes("new plan"))));
            files.events.clear();
            transaction.commit();
        }
        assertEquals("new plan", Files.readString(site.resolve("plan-a/index.html")));
        assertEquals("e", Files.readString(site.resolve("search/terms/e.js")));

        List<String> events = files.events;
        assertEquals(List.of("move journal.json"), events.stream().filter(e -> e.startsWith("move ")).toList(),
                "only the journal is made durable on its own: " + events);
        List<String> syncs = events.stream().filter(e -> e.startsWith("sync ")).toList();
        assertEquals(1, syncs.size(), "one forcing of the moved-into folders: " + events);
        // the site (index.html, plan-a), search/, search/terms/, and where the old plan-a was set aside
        Path state = StateFolder.of(site).resolve(SitePublisher.TRANSACTION);
        assertEquals(Set.of(site, site.resolve("search"), site.resolve("search/terms"), state.resolve("aside/site")),
                files.forced, events.toString());
        int sync = events.indexOf(syncs.get(0));
        int lastRename = events.lastIndexOf(events.stream().filter(e -> e.startsWith("rename ")).reduce((a, b) -> b)
                .orElseThrow());
        int journalGone = events.indexOf("delete journal.json");
        assertTrue(lastRename < sync && sync < journalGone,
                "forced after the last move, before the journal is deleted: " + events);
        assertEquals(9, events.stream().filter(e -> e.startsWith("rename ")).count(), "seven files, the old and the new plan-a: " + events);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

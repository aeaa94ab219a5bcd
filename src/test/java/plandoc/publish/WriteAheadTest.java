package plandoc.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: site files written into the staging ahead of the decision to stage them enter the site only
 * when staged with the very bytes written; the rest never reach it. A staging's files written at once
 * all end before the staging returns, its failure included.
 */
class WriteAheadTest {
    @TempDir
    Path temp;

    @Test
    void aFileWrittenAheadIsPublishedOnlyWhenStagedWithTheSameBytes() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "old index");
        Files.writeString(site.resolve("feed.xml"), "old feed");
        Files.writeString(site.resolve("datapackage.json"), "old data");
        byte[] index = bytes("new index");
        byte[] feed = bytes("feed made ahead");
        Map<String, byte[]> ahead = new LinkedHashMap<>();
        ahead.put("index.html", index);
        ahead.put("feed.xml", feed);
        ahead.put("search/plans.js", bytes("never staged"));
        SitePublisher publisher = new SitePublisher(site);
        publisher.recover();
        try (Transaction transaction = publisher.begin()) {
            transaction.writeAhead(ahead);
            transaction.stageFile("index.html", index); // the bytes written ahead: that file is staged
            transaction.stageFile("feed.xml", bytes("feed made again")); // other bytes: written now
            transaction.commit();
        }
        assertEquals("new index", Files.readString(site.resolve("index.html")));
        assertEquals("feed made again", Files.readString(site.resolve("feed.xml")));
        assertEquals("old data", Files.readString(site.resolve("datapackage.json")));
        assertFalse(Files.exists(site.resolve("search")), "a file written ahead but not staged stays out");
        assertFalse(Files.exists(StateFolder.resolve(site, ".plandoc/txn")), "the staging is gone");
    }

    @Test
    void aFolderWrittenAheadIsPublishedOnlyWhenStagedWithTheSameList() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/old.css"), "old");
        Files.createDirectories(site.resolve("other"));
        Files.writeString(site.resolve("other/kept.txt"), "kept");
        List<Transaction.StagedFile> assets = List.of(new Transaction.StagedFile("site.css", bytes("new css")),
                new Transaction.StagedFile("fonts/serif.woff2", bytes("font")));
        SitePublisher publisher = new SitePublisher(site);
        publisher.recover();
        try (Transaction transaction = publisher.begin()) {
            transaction.writeFolderAhead("assets", assets);
            transaction.writeFolderAhead("other", List.of(new Transaction.StagedFile("ahead.txt", bytes("ahead"))));
            transaction.stageSiteFolder("assets", assets); // the list written ahead: that folder is staged
            // another list for a folder written ahead: written now, and only its files are published
            transaction.stageSiteFolder("other", List.of(new Transaction.StagedFile("now.txt", bytes("now"))));
            transaction.commit();
        }
        assertEquals("new css", Files.readString(site.resolve("assets/site.css")));
        assertEquals("font", Files.readString(site.resolve("assets/fonts/serif.woff2")));
        assertFalse(Files.exists(site.resolve("assets/old.css")), "the folder is replaced whole");
        assertEquals("now", Files.readString(site.resolve("other/now.txt")));
        assertFalse(Files.exists(site.resolve("other/ahead.txt")), "a folder written ahead but not staged stays out");
        assertFalse(Files.exists(site.resolve("other/kept.txt")));
        assertFalse(Files.exists(StateFolder.resolve(site, ".plandoc/txn")), "the staging is gone");
    }

    @Test
    void aTransactionDroppedAfterWritingAheadLeavesTheSiteAsItWas() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "old index");
        byte[] index = bytes("new index");
        SitePublisher publisher = new SitePublisher(site);
        publisher.recover();
        try (Transaction transaction = publisher.begin()) {
            transaction.writeAhead(Map.of("index.html", index));
            transaction.stageFile("index.html", index);
            // not committed: a render failed, say
        }
        assertEquals("old index", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(StateFolder.resolve(site, ".plandoc/txn")));
    }

    @Test
    void filesWrittenAtOnceAllEndBeforeTheFirstFailureIsThrown() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("staged"));
        AtomicInteger written = new AtomicInteger();
        List<ConcurrentWrites.Operation> operations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path file = folder.resolve("f" + i);
            boolean fails = i == 3;
            operations.add(() -> {
                if (fails) {
                    throw new IOException("No space left on device");
                }
                new SiteFiles().write(file, bytes("file " + file.getFileName()));
                written.incrementAndGet();
            });
        }
        IOException failure = assertThrows(IOException.class, () -> ConcurrentWrites.runAll(operations));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals(7, written.get(), "every other write ended before the failure was thrown");
        for (int i = 0; i < 8; i++) {
            if (i != 3) {
                assertArrayEquals(bytes("file f" + i), Files.readAllBytes(folder.resolve("f" + i)));
            }
        }
        assertTrue(Files.notExists(folder.resolve("f3")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

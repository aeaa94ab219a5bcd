package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a check record a build reads before it checks, read as {@link CheckCache#record} writes them. */
class CheckRecordReaderTest {
    private static final String RECORD = """
            {
              "format" : 1,
              "key" : "k0",
              "published" : 2,
              "templates" : { "folder" : "/t", "key" : "kt", "stat" : "st", "newest" : 5, "at" : 6 },
              "plans" : [ {
                "folder" : "content/a", "key" : "ka", "stat" : "sa", "newest" : 10, "at" : 20,
                "lines" : [ "content/a/plan.yaml:1:1: lỗi: {\\"x\\": [1]}" ], "errors" : 1, "warnings" : 0
              }, {
                "folder" : "content/b", "key" : "kb", "lines" : [ ], "errors" : 0, "warnings" : 2
              }, {
                "folder" : "content/c", "key" : "kc", "stat" : null, "at" : 3, "lines" : [ ]
              } ],
              "site" : { "a/index.html" : "120 1700000000000", "index.html" : "7 1" }
            }
            """;

    @Test
    void readsDigestsMemosTemplatesAndSite(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("check.json"), RECORD);
        CheckCache.Previous previous = CheckRecordReader.read(file, "stamp", 1).orElseThrow();
        assertEquals(Optional.of("k0"), previous.key());
        assertEquals(Map.of("content/a", "ka", "content/b", "kb", "content/c", "kc"), previous.keys());
        assertEquals(Map.of("content/a", new CheckCache.Memo("ka", "sa", 10, 20)), previous.memos(),
                "only a plan with its stat and time has a memo");
        assertEquals(Optional.of(new CheckCache.FolderMemo("/t", new CheckCache.Memo("kt", "st", 5, 6))),
                previous.templates());
        assertEquals(Optional.of(new CheckCache.SiteList(Map.of("a/index.html", "120 1700000000000",
                "index.html", "7 1"), "stamp")), previous.site());
    }

    @Test
    void anotherFormatIsNotRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("check.json"), RECORD.replace("\"format\" : 1", "\"format\" : 2"));
        assertEquals(Optional.empty(), CheckRecordReader.read(file, "stamp", 1));
        Path none = Files.writeString(dir.resolve("none.json"), "{ \"key\" : \"k\" }");
        assertEquals(Optional.empty(), CheckRecordReader.read(none, "stamp", 1));
    }

    @Test
    void aBrokenRecordFailsTheRead(@TempDir Path dir) throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.json"), RECORD.substring(0, RECORD.indexOf("\"site\"")));
        assertThrows(IOException.class, () -> CheckRecordReader.read(cut, "stamp", 1));
        Path array = Files.writeString(dir.resolve("array.json"), "[ 1 ]");
        assertThrows(IOException.class, () -> CheckRecordReader.read(array, "stamp", 1));
    }
}

package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan folder whose files look as they did when its digest was recorded is not read again (issue 17),
 * unless those files were as new as the digest (they could have changed within one timestamp); an
 * edit, a new file or a renamed one is read.
 */
class CheckCacheMemoTest {
    @TempDir
    Path temp;

    @Test
    void aFolderIsReadAgainOnlyWhenItsFilesLookDifferentOrTooNew() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ke-hoach"));
        Files.writeString(folder.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(folder.resolve("ghi-chu.md"), "Ghi chú\n");
        long now = System.currentTimeMillis();
        age(folder, "plan.yaml", now - 3_600_000);
        age(folder, "ghi-chu.md", now - 3_600_000);

        CheckCache.Memo first = CheckCache.memo(folder, Optional.empty(), now);
        assertEquals(new Digest().addTree(folder).hex(), first.key());
        // A recorded digest no reading would give: returned as it is, so the files were not read.
        CheckCache.Memo recorded = new CheckCache.Memo("recorded", first.stat(), first.newest(), first.at());
        assertEquals(recorded, CheckCache.memo(folder, Optional.of(recorded), now + 60_000));

        CheckCache.Memo tooNew = new CheckCache.Memo("recorded", first.stat(), first.newest(),
                first.newest() + CheckCache.RACY_MILLIS);
        assertEquals(first.key(), CheckCache.memo(folder, Optional.of(tooNew), now).key(), "racily clean: read");

        Files.writeString(folder.resolve("plan.yaml"), "a: 2\n"); // same size, another time
        age(folder, "plan.yaml", now - 1_800_000);
        assertEquals(new Digest().addTree(folder).hex(), CheckCache.memo(folder, Optional.of(recorded), now).key());
        CheckCache.Memo second = CheckCache.memo(folder, Optional.empty(), now);

        Files.writeString(folder.resolve("hinh.txt"), "x\n");
        age(folder, "hinh.txt", now - 1_800_000);
        CheckCache.Memo third = CheckCache.memo(folder, Optional.of(second), now);
        assertEquals(new Digest().addTree(folder).hex(), third.key(), "a new file: read");

        Files.move(folder.resolve("hinh.txt"), folder.resolve("hinh-2.txt"));
        assertEquals(new Digest().addTree(folder).hex(), CheckCache.memo(folder, Optional.of(third), now).key(),
                "renamed: read");
    }

    @Test
    void theFilesStatedAreTheFilesDigested() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ke-hoach"));
        Files.writeString(folder.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(Files.createDirectories(folder.resolve("hinh/con")).resolve("so-do.svg"), "<svg/>");
        Files.writeString(folder.resolve(".plan.yaml.swp"), "x");
        Files.writeString(folder.resolve("plan.yaml~"), "x");
        Files.writeString(temp.resolve("ngoai.md"), "x");
        Files.createSymbolicLink(folder.resolve("lien-ket.md"), temp.resolve("ngoai.md"));
        Files.createSymbolicLink(folder.resolve("thu-muc"), folder.resolve("hinh"));
        assertEquals(Digest.files(folder), List.copyOf(CheckCache.files(folder).keySet()));
        assertEquals(Files.size(temp.resolve("ngoai.md")), CheckCache.files(folder).get(folder.resolve("lien-ket.md")).size(),
                "a link: its target's size and time");
    }

    private static void age(Path folder, String name, long millis) throws Exception {
        Files.setLastModifiedTime(folder.resolve(name), FileTime.fromMillis(millis));
    }
}

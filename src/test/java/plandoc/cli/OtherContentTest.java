package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s25 tryout M3: {@code build --content} pointing at an older copy of the same plans published it over the site, a
 * plan's folder taken for a rename, and no line named the folder read. Real folders (and a real git clone), built into
 * one site: the summary names the content folder read; a build of other content than the site's last build that would
 * move, take off or replace published plans with versions not edited from them stops (exit 1, nothing written) naming
 * both folders, until confirmed with {@code --unpublish}.
 */
class OtherContentTest {
    static final String PLAN_4087 = SeparateAppendicesTest.YAML.replace("number: 4086", "number: 4087");

    @TempDir
    Path dir;

    @Test
    void anOlderCopyOfTheContentIsRefusedNamingBothFolders() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML);
        write(content, "qd-4087", PLAN_4087);
        Path site = dir.resolve("site");
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        assertTrue(last(first).endsWith(" Thư mục nội dung đã đọc: " + content + "."), first.outText());
        // The copy made before the officer renamed a folder: the older copy of the same plans.
        Path copy = dir.resolve("ban-cu");
        plandoc.TestFiles.copyTree(content, copy);
        Files.move(content.resolve("qd-4086"), content.resolve("qd-4086-2012"));
        Cli.Result renamed = build(content, site);
        assertEquals(0, renamed.exit(), "a rename in the content last built: " + renamed.errText());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        Cli.Result wrong = build(copy, site);
        assertEquals(1, wrong.exit(), wrong.errText());
        assertTrue(wrong.errText().contains(copy + ": lỗi: thư mục nội dung đã đọc (" + copy + ") không phải thư mục mà "
                + "trang " + site + " được build lần trước (" + content.toAbsolutePath() + "), và lần build này sẽ "
                + "chuyển văn bản đang đăng sang thư mục khác như khi đổi tên thư mục (qd-4086-2012 → qd-4086). "
                + "Trang giữ nguyên. Nếu --content trỏ nhầm thư mục, hãy build lại với đúng thư mục; nếu đúng là muốn "
                + "đăng nội dung đã đọc thay cho nội dung cũ, build với --unpublish"), wrong.errText());
        assertTrue(last(wrong).startsWith("Không ghi gì vào " + site + ": ")
                && last(wrong).endsWith(" Thư mục nội dung đã đọc: " + copy + "."), wrong.outText());
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "nothing written");
        assertTrue(Files.isRegularFile(site.resolve("qd-4086-2012").resolve("4086-QD-UBND.pdf")));

        // A copy missing a plan: taking it off is refused as well, in English too.
        Path partial = dir.resolve("mot-phan");
        plandoc.TestFiles.copyTree(content.resolve("qd-4086-2012"), partial.resolve("qd-4086-2012"));
        Cli.Result gone = build(partial, site, "--lang", "en");
        assertEquals(1, gone.exit(), gone.errText());
        assertTrue(gone.errText().contains(partial + ": error: the content folder read (" + partial + ") is not the one "
                + "the site folder " + site + " was last built from (" + content.toAbsolutePath() + "), and this build would take "
                + "off the site qd-4087 (not in the folder read)."), gone.errText());
        assertTrue(last(gone).endsWith(" Content folder read: " + partial + "."), gone.outText());
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")));

        // Confirmed: published, and the copy is now the content last built.
        Cli.Result confirmed = build(copy, site, "--unpublish");
        assertEquals(0, confirmed.exit(), confirmed.errText());
        assertTrue(Files.isRegularFile(site.resolve("qd-4086").resolve("4086-QD-UBND.pdf")));
        Cli.Result again = build(copy, site);
        assertEquals(0, again.exit(), again.errText());
    }

    @Test
    void aCloneAtAnOlderCommitIsRefusedAndOneAtTheSameCommitIsNot() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML);
        write(content, "qd-4087", PLAN_4087);
        Path older = dir.resolve("ban-sao-cu");
        Path site = dir.resolve("site");
        String first;
        String second;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            first = commit(git, "Hai văn bản", 1_700_000_000_000L);
            Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(older.toFile()).call().close();
            write(content, "qd-4086", SeparateAppendicesTest.YAML.replace("Mục tiêu", "Mục tiêu chung"));
            second = commit(git, "Sửa mục tiêu", 1_700_000_100_000L);
        }
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        Path olderContent = older.resolve("content");
        Cli.Result wrong = build(olderContent, site);
        assertEquals(1, wrong.exit(), wrong.errText());
        // Worded as the plain copy's refusal is, with the same ways on (s27 tryout 5: nested brackets, fewer ways on).
        assertTrue(wrong.errText().contains(olderContent + ": lỗi: văn bản qd-4086: thư mục nội dung đã đọc ("
                + olderContent + ") không phải thư mục mà trang " + site + " được build lần trước ("
                + content.toAbsolutePath() + "), và lịch sử git đã đọc không có commit đang đăng; lần build này sẽ thay "
                + "bản đang đăng (commit " + second.substring(0, 7) + ") bằng bản đã đọc (commit " + first.substring(0, 7)
                + "): bản đã đọc không sửa tiếp từ bản đang đăng, có thể là bản cũ hơn. Trang giữ nguyên. Nếu --content "
                + "trỏ nhầm thư mục (một bản sao cũ), hãy build lại với đúng thư mục, hoặc cập nhật bản sao đó (git pull "
                + "trong " + olderContent + ") rồi build lại; nếu bản đã đọc đúng là bản mới, hãy đưa nó vào "
                + content.toAbsolutePath() + " (commit, rồi git pull trong " + content.toAbsolutePath() + ") rồi build "
                + "từ đó, hoặc build với --unpublish để đăng nội dung đã đọc thay cho nội dung cũ"), wrong.errText());
        assertFalse(wrong.errText().contains("qd-4087"), "qd-4087 is the version published: " + wrong.errText());
        // Refused once the plans are checked, before a plan is rendered (s26 tryout: after the render).
        assertTrue(wrong.out().stream().noneMatch(l -> l.contains("Đã dựng")), wrong.outText());
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "nothing written");

        // A clone at the commit the site was built from: another folder, the same versions — no mistake.
        Path same = dir.resolve("ban-sao-moi");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(same.toFile()).call().close();
        Cli.Result moved = build(same.resolve("content"), site);
        assertEquals(0, moved.exit(), moved.errText());
        assertTrue(last(moved).endsWith(" Thư mục nội dung đã đọc: " + same.resolve("content") + "."), moved.outText());
    }

    /** s26 re-read H1: a shallow clone's one-commit logs, kept, refused every later build of a whole clone at that HEAD. */
    @Test
    void aWholeCloneIsBuiltAfterAShallowOne() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML);
        Path site = dir.resolve("site");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Một văn bản", 1_700_000_000_000L);
            assertEquals(0, build(content, site).exit());
            write(content, "qd-4086", SeparateAppendicesTest.YAML.replace("Mục tiêu", "Mục tiêu chung"));
            commit(git, "Sửa mục tiêu", 1_700_000_100_000L);
        }
        Path shallow = dir.resolve("ban-sao-nong");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(shallow.toFile()).setDepth(1).call().close();
        assertTrue(Files.exists(shallow.resolve(".git/shallow")), "a shallow clone");
        build(shallow.resolve("content"), site); // its history ends at the graft: whatever it says, it keeps no log

        Path whole = dir.resolve("ban-sao-day-du");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(whole.toFile()).call().close();
        Cli.Result built = build(whole.resolve("content"), site, "--reissue");
        assertEquals(0, built.exit(), built.errText());
    }

    /** s26 re-read M5: the same checkout reached through a link is the same content; a plan taken out of it goes. */
    @Test
    void theSameCheckoutThroughALinkIsTheSameContent() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML);
        write(content, "qd-4087", PLAN_4087);
        Path site = dir.resolve("site");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Hai văn bản", 1_700_000_000_000L);
            assertEquals(0, build(content, site).exit());
            git.rm().addFilepattern("content/qd-4087").call();
            commit(git, "Bỏ văn bản 4087", 1_700_000_100_000L);
        }
        Path link = Files.createSymbolicLink(dir.resolve("lien-ket"), repo);
        Cli.Result built = build(link.resolve("content"), site);
        assertEquals(0, built.exit(), built.errText());
        assertFalse(Files.exists(site.resolve("qd-4087/index.html")), "the plan taken out of content/ is off the site");
    }

    static String commit(Git git, String message, long when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", when, 420);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().getName();
    }

    static Cli.Result build(Path content, Path site, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The build's summary line: "Đã tạo …", "Không ghi gì vào …" (the upload advice may follow it). */
    static String last(Cli.Result result) {
        return result.out().stream().filter(l -> l.startsWith("Đã tạo ") || l.startsWith("Không ghi gì ")
                || l.startsWith("Built ") || l.startsWith("Nothing was written ")).reduce((a, b) -> b).orElse("");
    }

    static void write(Path content, String slug, String yaml) throws Exception {
        Files.writeString(Files.createDirectories(content.resolve(slug)).resolve("plan.yaml"), yaml);
    }
}

package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s26 tryout H-1: an older plain (non-git) copy of the content — the one on the USB stick, an old export — built into
 * the site replaced the published versions silently, since the guard of other content compared git commits only.
 * Real folders with set file times, built into one site by the CLI: a plan whose published sources a plain copy in
 * another folder would replace is refused before anything is rendered (exit 1, nothing written), naming the plan, both
 * versions' dates and the ways on; the content folder last built is never refused, whatever its files' times.
 */
class PlainCopyTest {
    private static final String EDITED = SeparateAppendicesTest.YAML.replace("Mục tiêu", "Mục tiêu chung");
    /** 01/12/2026 09:00 and 03/12/2026 13:05, Việt Nam time. */
    private static final Instant MONDAY = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-12-03T06:05:00Z");

    @TempDir
    Path dir;

    @Test
    void anOlderPlainCopyIsRefusedBeforeRenderingAndTheFolderLastBuiltNever() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        write(content, "qd-4087", OtherContentTest.PLAN_4087, MONDAY);
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        // The officer copies the content to a USB stick (Explorer keeps the files' times) …
        Path usb = plandoc.TestFiles.copyTree(content, dir.resolve("usb"));
        times(usb, MONDAY);
        // … and goes on editing the content folder, which is published: the folder last built is never refused.
        write(content, "qd-4086", EDITED, WEDNESDAY);
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result edited = build(content, site, "--reissue");
        assertEquals(0, edited.exit(), edited.errText());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        byte[] pdf = Files.readAllBytes(site.resolve("qd-4086/4086-QD-UBND.pdf"));

        Cli.Result wrong = build(usb, site);
        assertEquals(1, wrong.exit(), wrong.errText());
        assertTrue(wrong.errText().contains(usb + ": lỗi: văn bản qd-4086: thư mục nội dung đã đọc (" + usb + ") không "
                + "phải thư mục mà trang " + site + " được build lần trước (" + content.toAbsolutePath() + "), và không có "
                + "commit git nào cho biết bản nào mới hơn; lần build này sẽ thay bản đang đăng (nguồn sửa lúc 03/12/2026 "
                + "13:05 giờ Việt Nam) bằng bản đã đọc (nguồn sửa lúc 01/12/2026 09:00 giờ Việt Nam): bản đã đọc cũ hơn bản đang đăng. Trang giữ "
                + "nguyên. Nếu --content trỏ nhầm thư mục (một bản sao cũ), hãy build lại với đúng thư mục; nếu bản đã đọc "
                + "đúng là bản mới, hãy chép nó vào " + content.toAbsolutePath() + " rồi build từ đó, hoặc build với "
                + "--unpublish để đăng nội dung đã đọc thay cho nội dung cũ"), wrong.errText());
        assertFalse(wrong.errText().contains("qd-4087"), "qd-4087's sources are the ones published: " + wrong.errText());
        // Refused once the plans are checked, before a plan is rendered: no progress line, nothing written.
        assertTrue(wrong.out().stream().noneMatch(l -> l.contains("Đã dựng")), wrong.outText());
        assertTrue(last(wrong).startsWith("Không ghi gì vào " + site + ": "), wrong.outText());
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "nothing written");
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("qd-4086/4086-QD-UBND.pdf")), "nothing written");

        Cli.Result english = build(usb, site, "--lang", "en");
        assertEquals(1, english.exit(), english.errText());
        assertTrue(english.errText().contains(usb + ": error: plan qd-4086: the content folder read (" + usb + ") is not "
                + "the one the site folder " + site + " was last built from (" + content.toAbsolutePath() + "), and no git commit "
                + "tells which version is newer; this build would replace the published version (sources edited "
                + "2026-12-03 13:05 Vietnam time) with the one read (sources edited 2026-12-01 09:00 Vietnam time): the "
                + "version read is the older one."), english.errText());

        // The content folder last built, its plan put back to an older version with older times: built, as any edit.
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY.minusSeconds(86_400));
        Cli.Result back = build(content, site, "--reissue");
        assertEquals(0, back.exit(), back.errText());
        assertFalse(java.util.Arrays.equals(pdf, Files.readAllBytes(site.resolve("qd-4086/4086-QD-UBND.pdf"))), "published");
    }

    @Test
    void aCopyNewerByItsTimesIsAskedForTooAndPublishedWhenConfirmed() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        // An export made elsewhere, issued on another day: its times say newer, which a plain cp would say of any copy.
        Path export = Files.createDirectories(dir.resolve("ban-xuat"));
        write(export, "qd-4086", EDITED.replace("date: 2012-12-28", "date: 2012-12-30"), WEDNESDAY);
        Cli.Result asked = build(export, site);
        assertEquals(1, asked.exit(), asked.errText());
        assertTrue(asked.errText().contains("lần build này sẽ thay bản đang đăng (nguồn sửa lúc 01/12/2026 09:00 giờ Việt "
                + "Nam, ngày ban hành 28/12/2012) bằng bản đã đọc (nguồn sửa lúc 03/12/2026 13:05 giờ Việt Nam, ngày ban hành "
                + "30/12/2012): theo giờ "
                + "sửa tệp thì bản đã đọc mới hơn, nhưng tệp chép bằng lệnh cp hay tải về mang giờ chép chứ không phải giờ "
                + "sửa, nên giờ đó không đủ để biết. Trang giữ nguyên."), asked.errText());

        Cli.Result confirmed = build(export, site, "--unpublish", "--reissue");
        assertEquals(0, confirmed.exit(), confirmed.errText());
        assertTrue(Files.readString(site.resolve("qd-4086/index.html")).contains("Mục tiêu chung"), "published");
        // The export is now the content last built: its next edit is built as any.
        write(export, "qd-4086", EDITED.replace("Mục tiêu chung", "Mục tiêu tổng quát"), MONDAY);
        Cli.Result next = build(export, site, "--reissue");
        assertEquals(0, next.exit(), next.errText());
    }

    /**
     * s27 re-read H1: the project folder moved (renamed, another drive letter) with its site: the folder last built is
     * gone, the folder read now takes its place and its edit is built, not refused as a copy.
     */
    @Test
    void anEditAfterTheProjectFolderMovedIsBuilt() throws Exception {
        Path project = Files.createDirectories(dir.resolve("plandoc"));
        Path content = Files.createDirectories(project.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        assertEquals(0, build(content, project.resolve("site")).exit());
        Path moved = Files.move(project, Files.createDirectories(dir.resolve("KeHoach")).resolve("plandoc"));
        write(moved.resolve("content"), "qd-4086", EDITED, WEDNESDAY);
        Cli.Result edited = build(moved.resolve("content"), moved.resolve("site"), "--reissue");
        assertEquals(0, edited.exit(), edited.errText());
        assertTrue(Files.readString(moved.resolve("site/qd-4086/index.html")).contains("Mục tiêu chung"), "published");
    }

    /**
     * A site an older plandoc built has no record of its content folder: its first build is not refused and writes the
     * record, which the next build is checked against.
     */
    @Test
    void aSiteWithoutAContentRecordIsBuiltAndRecordsIt() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        Path site = dir.resolve("site");
        assertEquals(0, build(content, site).exit());
        Path record = dir.resolve(".plandoc/site/content.json");
        assertTrue(Files.isRegularFile(record));
        Files.delete(record); // as an older plandoc left it
        Path copy = Files.createDirectories(dir.resolve("ban-sao"));
        write(copy, "qd-4086", EDITED, WEDNESDAY);
        Cli.Result first = build(copy, site, "--reissue");
        assertEquals(0, first.exit(), first.errText());
        assertTrue(Files.readString(record).contains("\"folder\" : \"" + copy.toRealPath().toString().replace("\\", "\\\\")
                + "\""), Files.readString(record));

        Cli.Result other = build(content, site);
        assertEquals(1, other.exit(), other.errText());
        assertTrue(other.errText().contains("văn bản qd-4086: thư mục nội dung đã đọc (" + content + ") không phải thư "
                + "mục mà trang " + site + " được build lần trước (" + copy.toRealPath() + ")"), other.errText());
    }

    /** s26 tryout M-3: {@code history: public} outside git listed nothing, without a word. */
    @Test
    void historyPublicOutsideGitIsWarnedAtTheKey() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        Files.writeString(content.resolve("province.yaml"), "portal: Cổng thông tin\nhistory: public\n");
        Path site = dir.resolve("site");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        String warning = content.resolve("province.yaml") + ":2:1: cảnh báo: history: public cho trang "
                + "site hiện lịch sử của từng văn bản, nhưng thư mục nội dung " + content + " không nằm trong kho git "
                + "(hoặc kho chưa có commit nào) nên không có lịch sử nào để hiện: lịch sử đọc từ các commit git đã sửa "
                + "thư mục của văn bản. Muốn có lịch sử, hãy đưa thư mục nội dung vào git (git init, git add, git commit) "
                + "rồi build từ thư mục đó; không dùng git thì bỏ dòng này";
        assertTrue(built.errText().contains(warning), built.errText());
        Cli.Result english = build(content, site, "--lang", "en");
        assertTrue(english.errText().contains(content.resolve("province.yaml") + ":2:1: warning: history: public shows "
                + "each plan's history on the site, but the content folder " + content + " is not in a git repository"),
                english.errText());
        // check of the same folder says it too, in the same words, and counts it (s27 tryout 9).
        Cli.Result checked = Cli.run("check", content.toString());
        assertEquals(0, checked.exit(), checked.errText());
        assertEquals(List.of(warning), checked.err().stream().filter(l -> l.contains("history:")).toList());
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 0 lỗi, 1 cảnh báo."), checked.out());

        // In git, with a commit: the history is listed, and nothing is said.
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(content.toFile()).call()) {
            git.add().addFilepattern(".").call();
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Chuyên viên", "cv@localhost");
            git.commit().setMessage("Nội dung").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Cli.Result inGit = build(content, site);
        assertEquals(0, inGit.exit(), inGit.errText());
        assertFalse(inGit.errText().contains("history: public"), inGit.errText());
        Cli.Result checkedInGit = Cli.run("check", content.toString());
        assertFalse(checkedInGit.errText().contains("history: public"), checkedInGit.errText());
        // Without the setting, outside git: nothing said either (the default shows no history on the portal).
        Path plain = Files.createDirectories(dir.resolve("plain"));
        write(plain, "qd-4086", SeparateAppendicesTest.YAML, MONDAY);
        Files.writeString(plain.resolve("province.yaml"), "portal: Cổng thông tin\nhistory: draft\n");
        Cli.Result draft = build(plain, dir.resolve("site-2"));
        assertFalse(draft.errText().contains("history:"), draft.errText());
    }

    private static Cli.Result build(Path content, Path site, String... options) {
        return OtherContentTest.build(content, site, options);
    }

    private static String last(Cli.Result result) {
        return OtherContentTest.last(result);
    }

    private static void write(Path content, String slug, String yaml, Instant at) throws Exception {
        Path file = Files.createDirectories(content.resolve(slug)).resolve("plan.yaml");
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(at));
    }

    private static void times(Path folder, Instant at) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(at));
            }
        }
    }
}

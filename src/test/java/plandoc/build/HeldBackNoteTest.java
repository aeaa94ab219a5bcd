package plandoc.build;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** s36: the one note of a whole --reissue stays a few lines however many documents hold back an edit. */
class HeldBackNoteTest {
    @Test
    void atMostFiveCommandsTheOthersInTheList() {
        List<IssuedFreeze.KeepPublished> held = new ArrayList<>();
        for (int n = 7; n >= 1; n--) {
            RenderProblem notice = new RenderProblem(RenderProblem.Kind.NOTE, "content/qd-" + n + "/plan.yaml:1:3",
                    Message.of("publish.issued-unprinted", "x"), "qd-" + n);
            held.add(new IssuedFreeze.KeepPublished(notice, "digest", n + "/QĐ-UBND", "content/qd-" + n, false));
        }
        RenderProblem note = HeldBackNote.of(held, folder -> "./plandoc build --reissue " + folder + " --out site", true).orElseThrow();
        assertTrue(note.isNote());
        List<String> vi = new Messages(Messages.VIETNAMESE).format(note.message()).lines().toList();
        assertEquals(7, vi.size(), String.join("\n", vi));
        assertTrue(vi.get(0).startsWith("--reissue: 7 văn bản đã ban hành và đã đăng có nguồn sửa sau khi đăng mà văn "
                + "bản in ra không đổi gì: 1/QĐ-UBND (content/qd-1/plan.yaml:1:3), 2/QĐ-UBND"), vi.get(0));
        assertTrue(vi.get(0).contains("7/QĐ-UBND (content/qd-7/plan.yaml:1:3). build --reissue"), vi.get(0));
        assertEquals("  ./plandoc build --reissue content/qd-1 --out site", vi.get(1));
        assertEquals("  ./plandoc build --reissue content/qd-5 --out site", vi.get(5));
        assertEquals("  (và 2 văn bản nữa trong danh sách trên: mỗi thư mục một lệnh như vậy)", vi.get(6));
        List<String> en = Messages.forLanguage("en").format(note.message()).lines().toList();
        assertTrue(en.get(0).startsWith("--reissue: 7 issued, published documents have their sources edited"), en.get(0));
        assertEquals("  (and 2 more documents in the list above: one such command for each folder)", en.get(6));
        assertTrue(HeldBackNote.of(List.of(), folder -> folder, true).isEmpty());
    }
    /** s37: an edit of a shared file holds back every issued document carrying it: a plain build says them in one note. */
    @Test
    void aSharedEditIsSaidInOneNoteOfAPlainBuild() {
        List<IssuedFreeze.KeepPublished> held = new ArrayList<>();
        for (int n = 2; n >= 1; n--) {
            RenderProblem notice = new RenderProblem(RenderProblem.Kind.NOTE, "content/agencies.yaml:30:1",
                    Message.of("publish.issued-unprinted", "x"), "qd-" + n);
            held.add(new IssuedFreeze.KeepPublished(notice, "digest", n + "/QĐ-UBND", "content/qd-" + n, true));
        }
        RenderProblem note = HeldBackNote.of(held, folder -> "./plandoc build --reissue " + folder + " --out site", false).orElseThrow();
        List<String> vi = new Messages(Messages.VIETNAMESE).format(note.message()).lines().toList();
        assertEquals(List.of("2 văn bản đã ban hành và đã đăng mang trong tệp PDF một tệp nguồn dùng chung đã sửa sau khi "
                + "đăng mà văn bản in ra không đổi gì: 1/QĐ-UBND (content/agencies.yaml:30:1), 2/QĐ-UBND "
                + "(content/agencies.yaml:30:1). Bản sửa không được đăng vào các văn bản này: trang giữ nguyên các tệp "
                + "PDF đã đăng (kể cả nguồn kèm trong tệp PDF) và sổ sách giữ nguồn đã đăng; trang của văn bản, danh "
                + "sách và các trang khác vẫn cập nhật; các lần build sau không nói lại. Bản dự thảo và văn bản chưa đăng "
                + "dựng lại như thường. Muốn đăng bản sửa của văn bản nào thì build riêng thư mục của nó với --reissue "
                + "(tệp PDF mới mang nguồn đã sửa, bản cũ lưu vào ban-da-thay-the/):",
                "  ./plandoc build --reissue content/qd-1 --out site", "  ./plandoc build --reissue content/qd-2 --out site"), vi);
        List<String> en = Messages.forLanguage("en").format(note.message()).lines().toList();
        assertTrue(en.get(0).startsWith("2 issued, published documents carry in the PDF a shared source edited after "
                + "publication while nothing printed changed: 1/QĐ-UBND (content/agencies.yaml:30:1)"), en.get(0));
        assertEquals("  ./plandoc build --reissue content/qd-2 --out site", en.get(2));
        List<String> one = Messages.forLanguage("en").format(HeldBackNote.of(held.subList(0, 1), folder -> folder, false)
                .orElseThrow().message()).lines().toList();
        assertTrue(one.get(0).startsWith("1 issued, published document carries in the PDF a shared source"), one.get(0));
    }
}

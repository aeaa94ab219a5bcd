package plandoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Messages;

/** The overlay counts and lists the errors; a note that follows from them is shown apart, in the page's language. */
class PageDecoratorTest {
    private static final byte[] PAGE = "<html><body><p>trang</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private static String decorate(String language, List<PreviewState.Issue> issues) {
        return new String(new PageDecorator(Messages.forLanguage(language)).decorate(PAGE, "", 1, issues),
                StandardCharsets.UTF_8);
    }

    @Test
    void aNoteIsNeitherCountedNorListedAmongTheErrors() {
        List<PreviewState.Issue> issues = List.of(
                new PreviewState.Issue("templates/index.ftlh:4:1", "mẫu viết sai cú pháp: không có lệnh <#iff>"),
                new PreviewState.Issue("", "trang chưa được cập nhật (giữ nguyên bản trước)", true));
        String vi = decorate("vi", issues);
        assertTrue(vi.contains(">Nội dung có 1 lỗi — trang đang hiện bản tạo được gần nhất</strong>"), vi);
        String errors = vi.substring(vi.indexOf("<ol"), vi.indexOf("</ol>"));
        assertEquals(1, errors.split("<li ", -1).length - 1, errors);
        assertTrue(vi.substring(vi.indexOf("</ol>")).startsWith("</ol><ul class=\"plandoc-notes\""), vi);
        assertTrue(vi.contains("<li class=\"plandoc-note\" style=\"margin:0 0 4px;overflow-wrap:anywhere\">lưu ý: trang"
                + " chưa được cập nhật (giữ nguyên bản trước)</li>"), vi);

        String en = decorate("en", issues);
        assertTrue(en.contains(">The content has 1 error — the page shows the last version that rendered</strong>"), en);
        assertTrue(en.contains(">note: trang chưa được cập nhật"), en);
    }

    @Test
    void notesAloneAreTitledAsNotes() {
        String vi = decorate("vi", List.of(new PreviewState.Issue("", "trang chưa được cập nhật", true)));
        assertTrue(vi.contains(">Lưu ý về trang</strong>"), vi);
        assertEquals(-1, vi.indexOf("class=\"plandoc-error\""), vi);
    }
}

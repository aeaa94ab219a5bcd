package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * s33 review M4: {@code recipients: [Các sở, ban, ngành cấp tỉnh]} is read by YAML as three recipients; a piece
 * starting in lower case, after a comma in a bracketed list of prose, is the rest of the line before it: warned at
 * the phrase's first piece, with the phrase and both fixes. Fixtures: src/test/resources/plans/recipients-*.yaml.
 */
class PhraseSplitAtCommasTest {
    private static final String PLAN = """
            plan:
              sections:
                - title: Mục tiêu
                  text: Nội dung.
            """;

    private static String fixture(String name) throws IOException {
        try (InputStream in = PhraseSplitAtCommasTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> split(List<String> messages) {
        return messages.stream().filter(m -> m.contains("dòng riêng") || m.contains("separate lines")).toList();
    }

    @Test
    void eachPhraseSplitAtItsCommasIsOneWarningAtItsFirstPiece(@TempDir Path dir) throws IOException {
        String yaml = TestPlans.DECISION_WITHOUT_RECIPIENTS + fixture("recipients-split-at-commas.yaml") + PLAN;
        List<String> lines = yaml.lines().toList();
        int bases = lines.indexOf(lines.stream().filter(l -> l.startsWith("  bases:")).findFirst().orElseThrow()) + 1;
        String recipientsLine = lines.get(bases);
        int recipients = bases + 1;
        List<String> vi = split(TestPlans.messages(TestPlans.resolve(dir, yaml)));
        String at = "ke-hoach/plan.yaml:";
        assertEquals(List.of(
                at + bases + ":11: cảnh báo: bases: \"Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\", "
                        + "\"sửa đổi\", \"bổ sung năm 2019\" được đọc là 3 dòng riêng, vì trong danh sách viết trong ngoặc"
                        + " vuông [ ] mỗi dấu phẩy bắt đầu một dòng mới (mỗi dòng của danh sách này viết hoa chữ đầu, còn"
                        + " các phần sau viết thường); nếu đây là một dòng \"Luật Tổ chức chính quyền địa phương ngày 19"
                        + " tháng 6 năm 2015, sửa đổi, bổ sung năm 2019\", hãy viết mỗi dòng sau một gạch đầu dòng \"- \""
                        + " trên một dòng riêng (- Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, sửa đổi,"
                        + " bổ sung năm 2019), hoặc đặt dòng đó trong ngoặc kép (\"Luật Tổ chức chính quyền địa phương"
                        + " ngày 19 tháng 6 năm 2015, sửa đổi, bổ sung năm 2019\")",
                at + recipients + ":" + (recipientsLine.indexOf("Các sở") + 1) + ": cảnh báo: recipients: \"Các sở\", "
                        + "\"ban\", \"ngành cấp tỉnh\" được đọc là 3 dòng riêng"),
                vi.stream().map(m -> m.startsWith(at + recipients) ? m.substring(0, m.indexOf(" dòng riêng") + 11) : m)
                        .limit(2).toList());
        assertEquals(4, vi.size(), String.join("\n", vi));
        assertEquals(at + recipients + ":" + (recipientsLine.indexOf("UBND") + 1), vi.get(2).substring(0,
                vi.get(2).indexOf(": cảnh báo")));
        assertEquals(true, vi.get(2).contains("nếu đây là một dòng \"UBND các huyện, thị xã, thành phố\""), vi.get(2));
        // In a recipient's own list of places (to:) as well; a quoted phrase ("Các hội, đoàn thể") is one line.
        assertEquals(true, vi.get(3).contains("to: \"Đài Phát thanh\", \"truyền hình tỉnh\" được đọc là 2 dòng riêng"),
                vi.get(3));
        List<String> en = split(TestPlans.messages(TestPlans.resolve(dir, yaml), "en"));
        assertEquals(true, en.get(1).contains("recipients: \"Các sở\", \"ban\", \"ngành cấp tỉnh\" are read as 3 separate"
                + " lines"), en.get(1));
    }

    /** The same lines one a line ("- "), and a list whose every piece starts a line, are not warned about. */
    @Test
    void aBlockListAndCapitalisedItemsAreNotWarnedAbout(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), split(TestPlans.messages(TestPlans.resolve(dir,
                TestPlans.DECISION_WITHOUT_RECIPIENTS + fixture("recipients-one-a-line.yaml") + PLAN))));
        // TestPlans.DECISION: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], recipients: [Sở Thông tin và Truyền thông].
        assertEquals(List.of(), split(TestPlans.messages(TestPlans.resolve(dir.resolve("b"), TestPlans.DECISION
                .replace("recipients: [Sở Thông tin và Truyền thông]",
                        "recipients: [Sở Thông tin và Truyền thông, Sở Tài chính, UBND các huyện]") + PLAN))));
    }
}

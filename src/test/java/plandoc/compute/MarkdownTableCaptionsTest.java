package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Compute words each Markdown table's caption from its header row, for the page to place. */
class MarkdownTableCaptionsTest {

    @Test
    void eachTableIsNamedByItsHeadings() {
        String text = "Mục tiêu:\n\n| **Chỉ tiêu** | Năm 2021 | `2025` |\n|---|--:|--:|\n| Tỷ lệ | 90% | 95% |\n\n"
                + "Và:\n\n|   |   |\n|---|---|\n| a | b |\n";
        assertEquals(List.of("Bảng: Chỉ tiêu, Năm 2021, 2025", "Bảng"), MarkdownTableCaptions.of(text));
    }

    @Test
    void aTextWithoutATableHasNoCaption() {
        assertEquals(List.of(), MarkdownTableCaptions.of("Một đoạn văn, không có bảng."));
        assertEquals(List.of(), MarkdownTableCaptions.of("a | b, but no table"));
    }

    @Test
    void theResolvedTextCarriesThem() {
        assertEquals(List.of("Bảng: A"), MarkdownTableCaptions.text("| A |\n|---|\n| 1 |").tableCaptions());
    }
}

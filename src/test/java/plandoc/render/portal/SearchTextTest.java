package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written tokenizer splits exactly as MiniSearch's separator expression does with
 * {@code Pattern.split(text, -1)}: leading, trailing and repeated separators, Vietnamese text, every
 * kind of Unicode space and punctuation, symbols that are neither, and characters beyond the BMP.
 */
class SearchTextTest {
    private static void same(String text) {
        assertArrayEquals(SearchText.SEPARATORS.split(text, -1), SearchText.tokens(text), () -> "«" + text + "»");
    }

    @Test
    void splitsAsTheRegularExpression() {
        for (String text : List.of("", " ", "a", " a", "a ", "  a  b  ", "Chuyển đổi số, giai đoạn 2021–2025.",
                "1/KH-UBND; (dự thảo) «mẫu» “trích” ‘x’ ¿y? ¡z!", "a\nb\r\nc\u2028d\u2029e\u00a0f\u3000g",
                "20.247 triệu đồng", "x_y-z", "a+b=c $5 ~ ^ ` | < > ©", "𝒜 𝒝, 😀.😀", "\ud800 a \udc00",
                "…", "—a—", "a\u200bb", "\t a\tb")) {
            same(text);
        }
        // Every character of the BMP and a slice beyond, as a separator candidate between two words.
        for (int c = 0; c < 0x10000; c++) {
            same("a" + new String(Character.toChars(c)) + "b");
        }
        for (int c = 0x10000; c < 0x20000; c += 7) {
            same("a" + new String(Character.toChars(c)) + "b");
        }
        Random random = new Random(17);
        String alphabet = "aăâđeêoôơuưy ,.;:-–—()[]{}\"'“”‘’!?…/\\\n\r\t\u00a0\u2028_#*&%@0123456789";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            same(text.toString());
        }
    }
}

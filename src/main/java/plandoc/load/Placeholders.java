package plandoc.load;

import java.util.Locale;
import java.util.regex.Pattern;

/** Values a drafter writes while the real one is unknown ("(chưa rõ)", "…", "xxx"), which must not be published. */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[(\\[<{]*\\s*(chưa rõ|chưa có|chưa xác định|chưa biết|họ (và )?tên|tên người ký|x+|[.…]+|\\?+|-+|_+|tbd|todo)\\s*[)\\]>}]*");

    private Placeholders() {
    }

    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
    }
}

package plandoc.compute;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.model.DocumentHeader;

/**
 * The thẩm quyền ban hành line a decision prints above its căn cứ (Decree 30 Mẫu 1.2, 1.3): the collective body
 * ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH") when its signer signs "TM." it; otherwise the head who decides alone, with the
 * body's name ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ"): a Sở works under its Giám đốc,
 * whose deputy signs "KT. Giám đốc". The head's title is the one the block signs for ("KT. Giám đốc" → Giám đốc),
 * or the signer's own without a prefix. {@code enacting_authority:} states it when this cannot know (a body
 * whose collective is not written "TM." on its block).
 */
final class EnactingAuthority {
    /** An authority prefix and what it names, one line of a block: "KT. Chủ tịch", "TM. Ủy ban nhân dân". */
    private static final Pattern LINE = Pattern.compile("(?iu)^\\s*(TM|KT|TL|TUQ|Q)\\.\\s*(.+?)\\s*$");
    /** Several lines typed as one ("TM. Ủy ban nhân dân, KT. Chủ tịch"). */
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*[,;]\\s*(?=(?:TM|KT|TL|TUQ|Q)\\.\\s)");

    private EnactingAuthority() {
    }

    static String of(DocumentHeader h, Optional<String> stated) {
        if (stated.isPresent() && !stated.get().isBlank()) {
            return DocumentFrame.upper(stated.get().strip());
        }
        String body = h.issuer().name().strip();
        Optional<String> head = head(h.signature().authority(), h.signature().title());
        return DocumentFrame.upper(head.map(title -> title + " " + body).orElse(body));
    }

    /** The head's title the signer acts for; none when the block signs for a collective ("TM."). */
    private static Optional<String> head(List<String> authority, String signerTitle) {
        Optional<String> first = Optional.empty();
        for (String typed : authority) {
            for (String line : SPLIT.split(typed)) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                if (m.group(1).equalsIgnoreCase("TM")) {
                    return Optional.empty();
                }
                if (first.isEmpty()) {
                    first = Optional.of(m.group(2));
                }
            }
        }
        if (first.isPresent()) {
            return first;
        }
        String title = signerTitle == null ? "" : signerTitle.strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
}

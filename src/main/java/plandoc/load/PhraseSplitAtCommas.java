package plandoc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problems;

/**
 * A list of Vietnamese prose written in brackets, {@code recipients: [Các sở, ban, ngành cấp tỉnh]}: YAML splits it at
 * every comma, so the one line "Các sở, ban, ngành cấp tỉnh" is read as three, "Các sở", "ban", "ngành cấp tỉnh"
 * (s33 review M4). Each line of such a list (a Nơi nhận line, a căn cứ, a Kính gửi) starts with a capital letter,
 * so an item starting with a lower-case letter is taken for the rest of the item before it: one warning per phrase,
 * at its first piece, giving the phrase rejoined and both fixes. A list written as "- " lines is never split, so it
 * is not looked at; nor are lists whose commas do separate items (archive: [VT, KTTH]).
 */
final class PhraseSplitAtCommas {
    private PhraseSplitAtCommas() {
    }

    /** Warns of each phrase {@code list} (the value of {@code key}) split at its commas. */
    static void check(String key, Optional<YamlNode> list, Problems problems) {
        if (list.isEmpty() || !(list.get() instanceof YamlNode.Sequence s) || !s.flow()) {
            return;
        }
        List<YamlNode> items = s.items();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof YamlNode.Scalar head) || head.type() != YamlNode.ScalarType.STRING) {
                continue;
            }
            List<String> pieces = new ArrayList<>(List.of(head.text()));
            while (i + 1 < items.size() && items.get(i + 1) instanceof YamlNode.Scalar next
                    && next.type() == YamlNode.ScalarType.STRING && startsLowerCase(next.text())) {
                pieces.add(next.text());
                i++;
            }
            if (pieces.size() > 1) {
                problems.warning(head.at(), "list.phrase-split-at-commas", key, pieces.size(),
                        "\"" + String.join("\", \"", pieces) + "\"", String.join(", ", pieces));
            }
        }
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}

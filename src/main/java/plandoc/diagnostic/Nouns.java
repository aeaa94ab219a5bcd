package plandoc.diagnostic;

import java.util.Optional;

/**
 * What a message calls a budget's items: the plan's own noun ({@code labels.item}: "nhiệm vụ", "dự án"), or,
 * where the plan names none, a word that is right for any table ("khoản mục"; "item" in English) rather than
 * "dự án" in a plan of tasks (tryout, session 16). English messages say "item" whatever the plan's noun (s20
 * tryout 18: "warning: dự án 5 (mot-cua) …", "the nhiệm vụ rows" read as untranslated).
 */
public final class Nouns {
    private Nouns() {
    }

    /** The noun as a message argument. */
    public static String item(Optional<String> named) {
        return named.map(noun -> "@noun.named|" + plain(noun)).orElse("@noun.item");
    }

    /** A budget item's number and id, "nhiệm vụ số 3 (giao-ban)", as a message argument. */
    public static String numberedItem(Optional<String> named, int number, String id) {
        return named.map(noun -> "@owner.item-named|" + number + "|" + id + "|" + plain(noun))
                .orElse("@owner.item|" + number + "|" + id);
    }

    /** A noun typed with "|" would split a phrase argument; it never starts one either. */
    private static String plain(String noun) {
        return noun.replace('|', '/').replaceFirst("^@", "");
    }
}

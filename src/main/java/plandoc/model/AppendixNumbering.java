package plandoc.model;

import java.util.Arrays;
import java.util.Optional;

/** How appendices are numbered: 1, 2 … / 01, 02 … / I, II …. */
public enum AppendixNumbering implements Choice {
    ARABIC("arabic"), ARABIC_2("arabic-2"), ROMAN("roman");

    private final String id;

    AppendixNumbering(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<AppendixNumbering> byId(String id) {
        return Arrays.stream(values()).filter(n -> n.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(AppendixNumbering::id).toList());
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

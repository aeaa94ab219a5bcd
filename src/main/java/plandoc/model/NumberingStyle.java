package plandoc.model;

import java.util.Arrays;
import java.util.Optional;

/** How a level of sections is numbered; the printed forms are {@code compute}'s. */
public enum NumberingStyle implements Choice {
    PART("part"), ROMAN("roman"), ARABIC("arabic"), DECIMAL("decimal"), LETTER("letter"), DASH("dash");

    private final String id;

    NumberingStyle(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<NumberingStyle> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(NumberingStyle::id).toList());
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

package plandoc.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a section heading's title is printed: in upper case (Decree 30 for phần and mục titles, "I. CĂN CỨ
 * PHÁP LÝ") or as the source writes it. The case transform itself is {@code compute}'s.
 */
public enum HeadingCase implements Choice {
    UPPER("upper"), AS_WRITTEN("as-written");

    private final String id;

    HeadingCase(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<HeadingCase> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

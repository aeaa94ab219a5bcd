package plandoc.model;

/**
 * The word printed before an appendix's number: "Phụ lục" as Decree 30 writes it (Phụ lục I, II.1.đ of
 * its Phụ lục I), or "PHỤ LỤC" as many published originals print it.
 */
public enum AppendixLabel implements Choice {
    DECREE("Phụ lục"), UPPER("PHỤ LỤC");

    private final String id;

    AppendixLabel(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

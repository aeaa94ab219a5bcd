package plandoc.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The money units a budget may be kept in, with their size in đồng. */
public enum Unit implements Choice {
    DONG("đồng", BigDecimal.ONE),
    NGHIN_DONG("nghìn đồng", new BigDecimal("1000")),
    TRIEU_DONG("triệu đồng", new BigDecimal("1000000")),
    TY_DONG("tỷ đồng", new BigDecimal("1000000000"));

    private final String label;
    private final BigDecimal inDong;

    Unit(String label, BigDecimal inDong) {
        this.label = label;
        this.inDong = inDong;
    }

    public String label() {
        return label;
    }

    /** Written in the source as its label ("triệu đồng"). */
    @Override
    public String id() {
        return label;
    }

    public BigDecimal inDong() {
        return inDong;
    }

    public static Optional<Unit> byLabel(String label) {
        return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst();
    }

    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Unit::label).toList());
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

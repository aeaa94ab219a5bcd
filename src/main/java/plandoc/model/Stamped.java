package plandoc.model;

/**
 * A level printed as a framed stamp under the number (Decree 30 Phụ lục I, ô 10a and 10b): its word as
 * written in {@code plan.yaml} and recorded in the e-document record ("Thượng khẩn"), and the stamp's
 * width: the frames are fixed sizes, 8 mm high.
 */
public interface Stamped {
    /** The word as written and recorded, "Thượng khẩn"; printed upper-case in the stamp. */
    String label();

    /** The frame's width in mm. */
    int widthMm();
}

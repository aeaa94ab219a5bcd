package plandoc.model;

/**
 * Độ khẩn ({@code document.urgency}): Decree 30 Phụ lục I ô 10b and Phụ lục III, the stamps "KHẨN" 20 × 8 mm,
 * "THƯỢNG KHẨN" 40 × 8 mm, "HỎA TỐC" 30 × 8 mm.
 */
public enum Urgency implements Stamped {
    KHAN("Khẩn", 20),
    THUONG_KHAN("Thượng khẩn", 40),
    HOA_TOC("Hỏa tốc", 30);

    private final String label;
    private final int widthMm;

    Urgency(String label, int widthMm) {
        this.label = label;
        this.widthMm = widthMm;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int widthMm() {
        return widthMm;
    }
}

package plandoc.model;

/**
 * Độ mật ({@code document.secrecy}), the three levels of state secrets (Luật Bảo vệ bí mật nhà nước 2018,
 * Điều 8): Decree 30 Phụ lục I ô 10a; the stamps of Thông tư 24/2020/TT-BCA, "MẬT" 20 × 8 mm, "TỐI MẬT"
 * 30 × 8 mm, "TUYỆT MẬT" 40 × 8 mm.
 */
public enum Secrecy implements Stamped {
    MAT("Mật", 20),
    TOI_MAT("Tối mật", 30),
    TUYET_MAT("Tuyệt mật", 40);

    private final String label;
    private final int widthMm;

    Secrecy(String label, int widthMm) {
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

package plandoc.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of issued document, with the name printed as tên loại and used in captions. */
public enum DocumentKind implements Choice {
    QUYET_DINH("quyet-dinh", "Quyết định", "QĐ"),
    KE_HOACH("ke-hoach", "Kế hoạch", "KH"),
    CHUONG_TRINH("chuong-trinh", "Chương trình", "CTr"),
    DE_AN("de-an", "Đề án", "ĐA"),
    BAO_CAO("bao-cao", "Báo cáo", "BC"),
    QUY_HOACH("quy-hoach", "Quy hoạch", "QH"),
    CONG_VAN("cong-van", "Công văn", "");

    private final String id;
    private final String name;
    private final String abbreviation;

    DocumentKind(String id, String name, String abbreviation) {
        this.id = id;
        this.name = name;
        this.abbreviation = abbreviation;
    }

    @Override
    public String id() {
        return id;
    }

    /** "Quyết định": sentence case, as in captions ("Kèm theo Quyết định số …"). */
    public String displayName() {
        return name;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public static Optional<DocumentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(DocumentKind::id).toList());
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}

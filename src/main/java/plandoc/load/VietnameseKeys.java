package plandoc.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of plan.yaml are English ({@code type:}, {@code number:}); an officer who writes them in Vietnamese
 * ("loại:", "số:", "tiêu đề:") is told the English key meant, one error per key, and the key is read as that one,
 * so no "missing type" follows it (s32 tryout M3). The one table of these words: what an officer would type for a key.
 */
final class VietnameseKeys {
    private static final Map<String, String> MEANT = Map.ofEntries(
            Map.entry("loại", "type"), Map.entry("loại văn bản", "type"), Map.entry("kiểu", "type"),
            Map.entry("cơ quan", "issuer"), Map.entry("cơ quan ban hành", "issuer"), Map.entry("tên", "name"),
            Map.entry("tên cơ quan", "name"), Map.entry("cơ quan chủ quản", "parent"), Map.entry("mã", "id"),
            Map.entry("số", "number"), Map.entry("số hiệu", "number"), Map.entry("ký hiệu", "symbol"),
            Map.entry("địa danh", "place"), Map.entry("nơi ban hành", "place"), Map.entry("ngày", "date"),
            Map.entry("ngày ban hành", "date"), Map.entry("tiêu đề", "title"), Map.entry("trích yếu", "title"),
            Map.entry("tên gọi", "title"), Map.entry("căn cứ", "bases"), Map.entry("chữ ký", "signature"),
            Map.entry("người ký", "signature"), Map.entry("chức vụ", "title"), Map.entry("họ tên", "name"),
            Map.entry("nơi nhận", "recipients"), Map.entry("lưu", "archive"), Map.entry("điều", "articles"),
            Map.entry("nội dung", "text"), Map.entry("ghi chú", "note"), Map.entry("đơn vị", "unit"),
            Map.entry("đơn vị tính", "unit"), Map.entry("kinh phí", "budgets"), Map.entry("phụ lục", "appendices"),
            Map.entry("nhiệm vụ", "tasks"), Map.entry("chỉ tiêu", "objectives"), Map.entry("mục", "sections"),
            Map.entry("thời gian", "period"), Map.entry("chủ trì", "lead"), Map.entry("phối hợp", "partners"), Map.entry("thời hạn", "deadline"), Map.entry("kết quả", "outcome"),
            Map.entry("số tiền", "amounts"), Map.entry("nguồn vốn", "source"));

    private VietnameseKeys() {
    }

    /** The English key {@code typed} means, when it is a Vietnamese word for a key (valid here or not). */
    static Optional<String> meant(String typed) {
        String key = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replace('_', ' ')
                .toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " ");
        return Optional.ofNullable(MEANT.get(key));
    }
}

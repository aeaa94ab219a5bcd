package plandoc.resolved;

import java.util.Map;
import java.util.Optional;

/**
 * What the site's feed and open data package call one published plan: words of the document, so Vietnamese on an
 * English site too (the feed marks its entries {@code xml:lang="vi"}). Compute words them; the writers place them.
 *
 * @param entryTitle  the feed entry's title, "Quyết định 424/QĐ-UBND: Ban hành Kế hoạch …"
 * @param summary     the feed entry's summary: "Quyết định 424/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh Hà
 *                    Tĩnh: …. Tổng kinh phí: 724,90 tỷ đồng."
 * @param lastChange  what the summary adds when the site lists versions: "Thay đổi gần nhất (1a2b3c4): …"; empty
 *                    outside git
 * @param source      the plan as the open data's source, "Quyết định 424/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Tĩnh"
 * @param tableTitles each budget table's resource title in the open data, "424/QĐ-UBND — Phụ lục 3", by budget id
 * @param recordTitle the e-document record's resource title, "424/QĐ-UBND — Dữ liệu văn bản điện tử (…)"
 */
public record PortalEntryLabels(String entryTitle, String summary, Optional<String> lastChange, String source,
                                Map<String, String> tableTitles, String recordTitle) {
    public PortalEntryLabels {
        tableTitles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableTitles));
    }

    /** The resource title of the budget table {@code budget}, one of {@link #tableTitles}. */
    public String tableTitle(String budget) {
        String title = tableTitles.get(budget);
        if (title == null) {
            throw new IllegalArgumentException("not a table of the plan: " + budget);
        }
        return title;
    }
}

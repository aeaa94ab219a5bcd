package plandoc.resolved;

import java.util.List;
import java.util.Map;

/**
 * How the plan's files name themselves and what they carry: words of the published document, so Vietnamese on an
 * English site too (they travel with the file, not the site). Compute words them once; each writer places them.
 *
 * @param pageTitle          the plan's web page's title, "Kế hoạch 05/KH-UBND: Triển khai …"; a draft's
 *                           "Dự thảo Kế hoạch (chưa có số): Triển khai …" (compute's ListedNumber)
 * @param workbookTitle      the workbook's (XLSX) title, "Quyết định 4086/QĐ-UBND: kinh phí"; a draft's
 *                           "Dự thảo Kế hoạch: kinh phí", as it has no number yet (s18)
 * @param separateParts      the files {@code build --separate-appendices} prints: the attached document first (when
 *                           the plan is attached to a decision), then each appendix in order
 * @param dataDescription    how the PDF describes the plan.json it carries
 * @param sourceDescriptions how the PDF describes each source file it carries, by its name in {@link ResolvedPlan#sources}
 */
public record FileLabels(String pageTitle, String workbookTitle, List<SeparatePart> separateParts, String dataDescription,
                         Map<String, String> sourceDescriptions) {
    public FileLabels {
        separateParts = List.copyOf(separateParts);
        sourceDescriptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceDescriptions));
    }

    /** The description of the source file {@code name}, one of {@link ResolvedPlan#sources}. */
    public String sourceDescription(String name) {
        String description = sourceDescriptions.get(name);
        if (description == null) {
            throw new IllegalArgumentException("not a source of the plan: " + name);
        }
        return description;
    }

    /**
     * One separate file.
     *
     * @param title    its title ("Phụ lục 2. Hệ thống thông tin"; the attached document's "ĐỀ ÁN Chuyển đổi số …")
     * @param link     how the download list names it, short as it names the appendix's CSV ("Phụ lục 2";
     *                 "Văn bản kèm theo")
     * @param subject  its properties' subject: the number and symbol, or a draft's "Dự thảo", kind and title
     * @param attached the attached document, not an appendix
     */
    public record SeparatePart(String title, String link, String subject, boolean attached) {
    }
}

package plandoc.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plandoc.resolved.AppendixView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.FileLabels;
import plandoc.resolved.TocEntry;

/**
 * The words the plan's files name themselves with ({@link FileLabels}, {@link DocumentInfo#subject}): always
 * Vietnamese, as they are part of the published files. A draft has no number yet, so whatever would print its
 * number says "Dự thảo" and its kind instead (s18): one rule here for the PDF, the Word copy and the workbook.
 */
public final class FileLabelling {
    private static final String DRAFT = "Dự thảo ";
    /** How the download list names the attached document printed as its own file. */
    static final String ATTACHED_LINK = "Văn bản kèm theo";
    static final String DATA_DESCRIPTION = "Dữ liệu của văn bản (mọi con số đã tính)";
    private static final String SOURCE_DESCRIPTION = "Tệp nguồn của văn bản: ";

    private FileLabelling() {
    }

    /**
     * A file's subject: {@code numberSymbol} ("4086/QĐ-UBND"); a draft's (its number-symbol begins with "/")
     * "Dự thảo Kế hoạch: {@code title}".
     */
    public static String subject(String numberSymbol, String kindName, String title) {
        return numberSymbol.startsWith("/") ? DRAFT + kindName + ": " + title : numberSymbol;
    }

    /** The plan's files' labels; {@code sources} as {@link plandoc.resolved.ResolvedPlan#sources}. */
    public static FileLabels of(DocumentInfo info, AttachedPlanView body, List<AppendixView> appendices,
                                List<TocEntry> toc, List<String> sources) {
        String workbookTitle = (info.draft() ? DRAFT + info.kindName() : info.kindName() + " " + info.numberSymbol())
                + ": kinh phí";
        List<FileLabels.SeparatePart> parts = new ArrayList<>();
        if (body.attached()) {
            String title = body.kindHeading() + " " + body.title().plain();
            parts.add(new FileLabels.SeparatePart(title, ATTACHED_LINK, subject(info, title), true));
        }
        for (AppendixView appendix : appendices) {
            // The title as the outline lists it ("Phụ lục 2. Hệ thống thông tin"), not in the heading's capitals.
            String title = toc.stream().filter(t -> t.anchor().equals(appendix.anchor())).map(TocEntry::label)
                    .findFirst().orElse(appendix.label());
            parts.add(new FileLabels.SeparatePart(title, appendix.label(), subject(info, title), false));
        }
        Map<String, String> described = new LinkedHashMap<>();
        sources.forEach(name -> described.put(name, SOURCE_DESCRIPTION + name));
        String pageTitle = ListedNumber.named(info.numberSymbol(), info.kindName()) + ": " + info.title();
        return new FileLabels(pageTitle, workbookTitle, parts, DATA_DESCRIPTION, described);
    }

    private static String subject(DocumentInfo info, String title) {
        return subject(info.numberSymbol(), info.kindName(), title);
    }
}

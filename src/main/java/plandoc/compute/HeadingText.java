package plandoc.compute;

import com.ibm.icu.lang.UCharacter;
import java.util.List;
import java.util.Locale;
import plandoc.model.AppendixLabel;
import plandoc.model.HeadingCase;
import plandoc.model.NumberingStyle;
import plandoc.model.Section;
import plandoc.resolved.InlineText;
import plandoc.resolved.Span;

/**
 * The case headings print in, decided here so every output (HTML, PDF, DOCX, XLSX, plan.json) carries
 * the same characters: a heading is extracted, tagged, searched and compared as it is printed, never
 * upper-cased by a style sheet.
 *
 * <p>Decree 30 (Phụ lục I, the table of elements, rows 6b): the titles of phần and mục print in upper
 * case ("Phần thứ nhất / SỰ CẦN THIẾT BAN HÀNH ĐỀ ÁN", "I. CĂN CỨ PHÁP LÝ"); khoản and điểm titles as
 * written. A plan's {@code headings:} list sets the case per level, a section's {@code case:} its own.
 */
final class HeadingText {
    /**
     * A JDK locale, not ICU's ULocale: ICU's case mapping takes only its language either way, and
     * ULocale's start-up was ~3 ms of a cold check (issue 17).
     */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private HeadingText() {
    }

    /** Vietnamese upper case: "Sự cần thiết ban hành Đề án" → "SỰ CẦN THIẾT BAN HÀNH ĐỀ ÁN". */
    static String upper(String text) {
        return UCharacter.toUpperCase(VIETNAMESE, text);
    }

    /** The title as the section's heading prints it; links keep their anchors. */
    static InlineText title(InlineText title, Section section, NumberingStyle style, int level, List<HeadingCase> perLevel) {
        HeadingCase printed = section.headingCase()
                .orElseGet(() -> level <= perLevel.size() ? perLevel.get(level - 1) : decree(style));
        if (printed == HeadingCase.AS_WRITTEN) {
            return title;
        }
        return new InlineText(title.spans().stream().map(s -> new Span(upper(s.text()), s.anchor())).toList());
    }

    /** Phần and mục (Roman-numbered) titles are upper case; everything else, and unnumbered headings, as written. */
    static HeadingCase decree(NumberingStyle style) {
        return style == NumberingStyle.PART || style == NumberingStyle.ROMAN ? HeadingCase.UPPER : HeadingCase.AS_WRITTEN;
    }

    /** "Phụ lục II" (Decree 30), or "PHỤ LỤC II" when the plan prints its source's upper-case label. */
    static String appendixHeading(String label, AppendixLabel word) {
        return word == AppendixLabel.UPPER ? upper(label) : label;
    }
}
